package org.pothos.persistence;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Collection;
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
            LabelEntity label = findOrCreate(em, table, name);
            boolean linked = !em.createQuery("select l.mediaId from " + table.linkEntity
                            + " l where l.mediaId = :m and l.labelId = :n", Long.class)
                    .setParameter("m", mediaId).setParameter("n", label.id())
                    .getResultList().isEmpty();
            if (!linked) {
                LabelLinkEntity link = table.newLink(mediaId, label.id());
                link.source = source.encode();
                link.addedAt = clock.instant();
                em.persist(link);
            }
        }
    }

    void remove(EntityManager em, long mediaId, LabelTable table, String name) {
        em.createQuery("delete from " + table.linkEntity + " l where l.mediaId = :m and l.labelId in"
                        + " (select n.id from " + table.labelEntity + " n where n.normName = :norm)")
                .setParameter("m", mediaId)
                .setParameter("norm", LabelNames.normalise(name))
                .executeUpdate();
    }

    private static LabelEntity findOrCreate(EntityManager em, LabelTable table, String name) {
        String norm = LabelNames.normalise(name);
        return em.createQuery("select n from " + table.labelEntity + " n where n.normName = :norm", table.labelClass)
                .setParameter("norm", norm)
                .getResultStream().findFirst()
                .map(LabelEntity.class::cast)
                .orElseGet(() -> {
                    LabelEntity label = table.newLabel();
                    label.name = name;
                    label.normName = norm;
                    em.persist(label);
                    return label;
                });
    }
}
