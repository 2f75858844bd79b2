package org.pothos.persistence;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import org.pothos.library.LabelNames;

/** Moves links, aliases and children from one label to another inside a unit of work (rename, merge, alias). */
final class LabelMoves {

    private LabelMoves() {
    }

    /** The pictures that carry any of the labels. */
    static List<Long> itemsWith(EntityManager em, LabelTable table, Collection<Long> labelIds) {
        return em.createQuery("select distinct l.mediaId from " + table.linkEntity + " l where l.labelId in :ids", Long.class)
                .setParameter("ids", labelIds).getResultList();
    }

    /**
     * Puts every picture of {@code from} on {@code to} with the source, time and confirmation it had; a picture
     * that already carries {@code to} keeps that link as it was.
     */
    static void moveLinks(EntityManager em, LabelTable table, long from, long to) {
        em.createNativeQuery("INSERT INTO " + table.linkTable + " (media_id, " + table.labelColumn + ", source, added_at,"
                        + " confirmed) SELECT l.media_id, :to, l.source, l.added_at, l.confirmed FROM " + table.linkTable
                        + " l WHERE l." + table.labelColumn + " = :from AND NOT EXISTS (SELECT 1 FROM " + table.linkTable
                        + " t WHERE t.media_id = l.media_id AND t." + table.labelColumn + " = :to)")
                .setParameter("from", from).setParameter("to", to)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM " + table.linkTable + " WHERE " + table.labelColumn + " = :from")
                .setParameter("from", from)
                .executeUpdate();
    }

    /** Aliases of {@code from} stand for {@code to}; tags under {@code from} move under {@code to}. */
    static void moveAliasesAndChildren(EntityManager em, LabelTable table, long from, long to) {
        em.createNativeQuery("UPDATE " + table.aliasTable + " SET " + table.labelColumn + " = :to WHERE "
                        + table.labelColumn + " = :from")
                .setParameter("from", from).setParameter("to", to)
                .executeUpdate();
        if (table == LabelTable.TAG) {
            // The target must not end up below itself: it takes the merged tag's place if it was under it.
            em.createQuery("update TagEntity t set t.parentId = (select f.parentId from TagEntity f where f.id = :from)"
                            + " where t.id = :to and t.parentId = :from")
                    .setParameter("from", from).setParameter("to", to)
                    .executeUpdate();
            em.createQuery("update TagEntity t set t.parentId = :to where t.parentId = :from and t.id <> :to")
                    .setParameter("from", from).setParameter("to", to)
                    .executeUpdate();
        }
    }

    /** Makes {@code name} an alias of the label, replacing any alias of that name. */
    static void putAlias(EntityManager em, LabelTable table, String name, long labelId) {
        String clean = LabelNames.clean(name);
        em.createNativeQuery("MERGE INTO " + table.aliasTable + " (alias_norm, alias_name, " + table.labelColumn
                        + ") KEY (alias_norm) VALUES (:norm, :name, :label)")
                .setParameter("norm", LabelNames.normalise(clean)).setParameter("name", clean).setParameter("label", labelId)
                .executeUpdate();
    }

    static int deleteAlias(EntityManager em, LabelTable table, String norm) {
        return em.createNativeQuery("DELETE FROM " + table.aliasTable + " WHERE alias_norm = :norm")
                .setParameter("norm", norm)
                .executeUpdate();
    }

    /** Forgets a label whose links, aliases and children have moved elsewhere. */
    static void deleteLabel(EntityManager em, LabelTable table, long labelId) {
        em.createQuery("delete from " + table.labelEntity + " n where n.id = :id")
                .setParameter("id", labelId)
                .executeUpdate();
    }
}
