package org.pothos.persistence;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pothos.library.LabelNames;
import org.pothos.library.Source;

/** Adds and removes an item's tags or categories, creating a label the first time its name is seen. */
final class LabelWriter {

    private final Clock clock;
    private final LabelCreator creator;

    LabelWriter(Clock clock, LabelCreator creator) {
        this.clock = clock;
        this.creator = creator;
    }

    void add(EntityManager em, long mediaId, LabelTable table, Collection<String> names, Source source) {
        for (String raw : names) {
            String name = LabelNames.clean(raw);
            if (name.isEmpty()) {
                continue;
            }
            LabelEntity label = findByKey(em, table, LabelNames.normalise(name));
            link(em, mediaId, table, label != null ? label : create(em, table, name), source, clock.instant());
        }
        tagsChanged(em, mediaId, table);
    }

    /** Tag names are part of the item's search text. */
    private static void tagsChanged(EntityManager em, long mediaId, LabelTable table) {
        if (table == LabelTable.TAG) {
            SearchText.refresh(em, List.of(mediaId));
        }
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
        Map<String, LabelEntity> labels = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String raw : names) {
            String name = LabelNames.clean(raw);
            if (name.isEmpty() || labels.containsKey(name)) {
                continue;
            }
            LabelEntity label = null;
            for (String key : LabelNames.matchKeys(name)) {
                label = findByKey(em, table, key);
                if (label != null) {
                    break;
                }
            }
            labels.put(name, label);
            if (label == null) {
                missing.add(name);
            }
        }
        // The new ones are created together, in one transaction of their own (see LabelCreator).
        Map<String, Long> created = missing.isEmpty() ? Map.of() : creator.insertOrGet(table, missing);
        labels.forEach((name, label) -> link(em, mediaId, table,
                label != null ? label : em.find(table.labelClass, created.get(name)), source, now));
        tagsChanged(em, mediaId, table);
    }

    void remove(EntityManager em, long mediaId, LabelTable table, String name) {
        em.createQuery("delete from " + table.linkEntity + " l where l.mediaId = :m and l.labelId in"
                        + " (select n.id from " + table.labelEntity + " n where n.normName = :norm)")
                .setParameter("m", mediaId)
                .setParameter("norm", LabelNames.normalise(name))
                .executeUpdate();
        tagsChanged(em, mediaId, table);
    }

    private static LabelEntity findByKey(EntityManager em, LabelTable table, String key) {
        return em.createQuery("select n from " + table.labelEntity + " n where n.normName = :norm", table.labelClass)
                .setParameter("norm", key)
                .getResultStream().findFirst()
                .orElse(null);
    }

    /** A new label is created and committed at once (see {@link LabelCreator}), then read in this transaction. */
    private LabelEntity create(EntityManager em, LabelTable table, String name) {
        return em.find(table.labelClass, creator.insertOrGet(table, name));
    }
}
