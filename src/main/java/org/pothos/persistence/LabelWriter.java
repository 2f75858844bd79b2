package org.pothos.persistence;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.pothos.library.LabelNames;
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
            link(em, mediaId, table, named(em, table, name), source, clock.instant());
        }
        labelsChanged(em, mediaId);
    }

    /** Tag and category names are searchable. */
    private static void labelsChanged(EntityManager em, long mediaId) {
        SearchText.refresh(em, List.of(mediaId));
    }

    private static void link(EntityManager em, long mediaId, LabelTable table, LabelEntity label, Source source,
                             java.time.Instant now) {
        boolean linked = !em.createQuery("select l.mediaId from " + table.linkEntity
                        + " l where l.mediaId = :m and l.labelId = :n", Long.class)
                .setParameter("m", mediaId).setParameter("n", label.id())
                .getResultList().isEmpty();
        if (!linked) {
            LabelLinkEntity link = table.newLink(mediaId, label.id());
            link.source = source.encode();
            link.addedAt = now;
            em.persist(link);
        }
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
            LabelEntity label = null;
            for (String key : LabelNames.matchKeys(name)) {
                label = findByKey(em, table, key);
                if (label != null) {
                    break;
                }
            }
            link(em, mediaId, table, label != null ? label : create(em, table, name), source, now);
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

    private static LabelEntity findByKey(EntityManager em, LabelTable table, String key) {
        return em.createQuery("select n from " + table.labelEntity + " n where n.normName = :norm", table.labelClass)
                .setParameter("norm", key)
                .getResultStream().findFirst()
                .orElse(null);
    }

    private static LabelEntity create(EntityManager em, LabelTable table, String name) {
        LabelEntity label = table.newLabel();
        label.name = name;
        label.normName = LabelNames.normalise(name);
        em.persist(label);
        return label;
    }
}
