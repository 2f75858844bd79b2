package org.pothos.persistence;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.pothos.library.LabelNames;
import org.pothos.library.LabelSnapshot;
import org.pothos.library.Source;

/** Adds and removes an item's tags or categories, creating a label the first time its name is seen. */
final class LabelWriter {

    private final Clock clock;

    LabelWriter(Clock clock) {
        this.clock = clock;
    }

    void add(EntityManager em, long mediaId, LabelTable table, Collection<String> names, Source source) {
        for (String raw : names) {
            String name = LabelNames.clean(raw);
            if (name.isEmpty()) {
                continue;
            }
            link(em, mediaId, table, named(em, table, name), source, clock.instant(), false);
        }
        labelsChanged(em, mediaId);
    }

    /**
     * Adds one label a picture's files hold, with its source. A tag whose file named its parents ("Animals|Dog" for
     * "Labrador") gets them in the tag hierarchy, each level created as a tag where it is new, unless the tag has a
     * parent already (the person's hierarchy wins). The caller refreshes the search text.
     */
    void addFromFile(EntityManager em, long mediaId, LabelTable table, String name, String path, Source source,
                     java.time.Instant now) {
        if (name.isEmpty()) {
            return;
        }
        LabelEntity label = named(em, table, name);
        if (path != null && label instanceof TagEntity tag) {
            placeUnder(em, tag, path);
        }
        link(em, mediaId, table, label, source, now, false);
    }

    /** Puts a tag under the levels of {@code path}, outermost first, where neither it nor a level has a parent yet. */
    private static void placeUnder(EntityManager em, TagEntity tag, String path) {
        TagEntity above = null;
        for (String level : path.split("\\|")) {
            String clean = LabelNames.clean(level);
            if (clean.isEmpty() || clean.length() > LabelSnapshot.NAME_LIMIT) {
                return;
            }
            TagEntity current = (TagEntity) named(em, LabelTable.TAG, clean);
            adopt(em, current, above);
            above = current;
        }
        adopt(em, tag, above);
    }

    private static void adopt(EntityManager em, TagEntity child, TagEntity parent) {
        if (parent == null || child.parentId != null || child == parent) {
            return;
        }
        em.flush(); // new tags get their rows before the hierarchy is walked
        if (!TagHierarchy.ancestors(em, parent.id).contains(child.id)) {
            child.parentId = parent.id;
        }
    }

    /** Tag and category names are searchable. */
    private static void labelsChanged(EntityManager em, long mediaId) {
        SearchText.refresh(em, List.of(mediaId));
    }

    private static void link(EntityManager em, long mediaId, LabelTable table, LabelEntity label, Source source,
                             java.time.Instant now, boolean confirmed) {
        LabelLinkEntity existing = em.createQuery("select l from " + table.linkEntity
                        + " l where l.mediaId = :m and l.labelId = :n", LabelLinkEntity.class)
                .setParameter("m", mediaId).setParameter("n", label.id())
                .getResultStream().findFirst().orElse(null);
        if (existing == null) {
            LabelLinkEntity link = table.newLink(mediaId, label.id());
            link.source = source.encode();
            link.addedAt = now;
            link.confirmed = confirmed;
            em.persist(link);
        } else if (confirmed) {
            existing.confirmed = true;
        }
    }

    /**
     * Applies a label the person accepted from a model's suggestion: it keeps the model as its source and is
     * marked confirmed, so a later analysis keeps it.
     */
    void addConfirmed(EntityManager em, long mediaId, LabelTable table, String name, Source source, java.time.Instant now) {
        String clean = LabelNames.clean(name);
        LabelEntity label = findMatching(em, table, clean);
        link(em, mediaId, table, label != null ? label : create(em, table, clean), source, now, true);
        labelsChanged(em, mediaId);
    }

    /**
     * Adds model-proposed labels, each joining an existing label whose name matches case-insensitively
     * or by singular/plural, and not duplicating a label the item already has.
     */
    void addMatchingExisting(EntityManager em, long mediaId, LabelTable table, Collection<String> names, Source source,
                             java.time.Instant now) {
        for (String raw : names) {
            String name = LabelNames.clean(raw);
            if (name.isEmpty()) {
                continue;
            }
            LabelEntity label = findMatching(em, table, name);
            link(em, mediaId, table, label != null ? label : create(em, table, name), source, now, false);
        }
        labelsChanged(em, mediaId);
    }

    void remove(EntityManager em, long mediaId, LabelTable table, String name) {
        em.createQuery("delete from " + table.linkEntity + " l where l.mediaId = :m and l.labelId in"
                        + " (select n.id from " + table.labelEntity + " n where n.normName = :norm)")
                .setParameter("m", mediaId)
                .setParameter("norm", LabelNames.normalise(name))
                .executeUpdate();
        labelsChanged(em, mediaId);
    }

    /** The label called {@code name} (a cleaned name, matched case-insensitively), created if it is new. */
    static LabelEntity named(EntityManager em, LabelTable table, String name) {
        LabelEntity label = existing(em, table, name);
        return label != null ? label : create(em, table, name);
    }

    /** The label called {@code name}, matched case-insensitively, or null when there is none. */
    static LabelEntity existing(EntityManager em, LabelTable table, String name) {
        return findByKey(em, table, LabelNames.normalise(name));
    }

    /** The existing label whose name matches {@code name} case-insensitively or by singular/plural, or null. */
    static LabelEntity findMatching(EntityManager em, LabelTable table, String name) {
        for (String key : LabelNames.matchKeys(name)) {
            LabelEntity label = findByKey(em, table, key);
            if (label != null) {
                return label;
            }
        }
        return null;
    }

    static LabelEntity findByKey(EntityManager em, LabelTable table, String key) {
        return em.createQuery("select n from " + table.labelEntity + " n where n.normName = :norm", table.labelClass)
                .setParameter("norm", key)
                .getResultStream().findFirst()
                .orElse(null);
    }

    static LabelEntity create(EntityManager em, LabelTable table, String name) {
        LabelEntity label = table.newLabel();
        label.name = name;
        label.normName = LabelNames.normalise(name);
        em.persist(label);
        return label;
    }
}
