package org.pothos.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pothos.library.LabelKind;
import org.pothos.library.LabelNames;
import org.pothos.vocabulary.DeletedLabel;
import org.pothos.vocabulary.VocabularyException;

/**
 * Keeps what a deleted label was (its pictures with each link's source, its aliases, its place in the
 * hierarchy) in {@code label_undo}, so that the deletion can be undone, from the window or a later command.
 */
final class LabelUndo {

    /** Deletions kept for undo; older ones are forgotten. */
    private static final int KEPT = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    record Link(long mediaId, String source, String addedAt, boolean confirmed) {
    }

    record Alias(String norm, String name) {
    }

    /** What a label was when it was deleted. */
    record Snapshot(String name, Long parentId, List<Long> childIds, List<Alias> aliases, List<Link> links) {
    }

    private LabelUndo() {
    }

    static Snapshot snapshot(EntityManager em, LabelTable table, LabelEntity label) {
        List<Link> links = new ArrayList<>();
        em.createQuery("select l.mediaId, l.source, l.addedAt, l.confirmed from " + table.linkEntity
                        + " l where l.labelId = :id order by l.mediaId", Object[].class)
                .setParameter("id", label.id()).getResultList()
                .forEach(r -> links.add(new Link((Long) r[0], (String) r[1], r[2].toString(), (Boolean) r[3])));
        List<Alias> aliases = new ArrayList<>();
        NativeValues.rows(em.createNativeQuery("SELECT alias_norm, alias_name FROM " + table.aliasTable + " WHERE "
                        + table.labelColumn + " = :id").setParameter("id", label.id()))
                .forEach(r -> aliases.add(new Alias((String) r[0], (String) r[1])));
        Long parent = label instanceof TagEntity tag ? tag.parentId : null;
        List<Long> children = table == LabelTable.TAG
                ? em.createQuery("select t.id from TagEntity t where t.parentId = :id", Long.class)
                        .setParameter("id", label.id()).getResultList()
                : List.of();
        return new Snapshot(label.name, parent, children, aliases, links);
    }

    /** Stores the snapshot and forgets the oldest beyond the kept number; returns the undo id. */
    static long save(EntityManager em, LabelKind kind, Snapshot snapshot, Instant now) {
        long id = ((Number) em.createNativeQuery("SELECT NEXT VALUE FOR label_undo_seq").getSingleResult()).longValue();
        em.createNativeQuery("INSERT INTO label_undo (id, kind, label_name, created_at, snapshot) VALUES (:id, :kind, :name,"
                        + " :at, :snapshot)")
                .setParameter("id", id).setParameter("kind", kind.name()).setParameter("name", snapshot.name())
                .setParameter("at", now).setParameter("snapshot", write(snapshot))
                .executeUpdate();
        em.createNativeQuery("DELETE FROM label_undo WHERE id <= :oldest").setParameter("oldest", id - KEPT).executeUpdate();
        return id;
    }

    static Optional<DeletedLabel> last(EntityManager em, LabelKind kind) {
        List<Number> rows = NativeValues.column(em.createNativeQuery("SELECT id FROM label_undo WHERE kind = :kind"
                + " ORDER BY id DESC FETCH FIRST 1 ROWS ONLY").setParameter("kind", kind.name()), Number.class);
        return rows.isEmpty() ? Optional.empty() : Optional.of(describe(em, rows.get(0).longValue()));
    }

    static DeletedLabel describe(EntityManager em, long undoId) {
        Object[] row = NativeValues.rows(em.createNativeQuery("SELECT kind, created_at, snapshot FROM label_undo WHERE id = :id")
                        .setParameter("id", undoId)).stream().findFirst()
                .orElseThrow(() -> notKept(undoId));
        Snapshot snapshot = read(NativeValues.text(row[2]));
        return new DeletedLabel(undoId, LabelKind.valueOf((String) row[0]), snapshot.name(), snapshot.links().size(),
                NativeValues.instant(row[1]));
    }

    /** The stored snapshot of a deletion, which is forgotten as it is taken. */
    static Snapshot take(EntityManager em, long undoId) {
        String json = NativeValues.column(em.createNativeQuery("SELECT snapshot FROM label_undo WHERE id = :id")
                        .setParameter("id", undoId), Object.class).stream().findFirst()
                .map(NativeValues::text)
                .orElseThrow(() -> notKept(undoId));
        em.createNativeQuery("DELETE FROM label_undo WHERE id = :id").setParameter("id", undoId).executeUpdate();
        return read(json);
    }

    private static VocabularyException notKept(long undoId) {
        return new VocabularyException("nothing to undo: deletion " + undoId + " is not kept");
    }

    /** Puts the label back (under the name it had, or onto a label of that name made since) and returns it. */
    static LabelEntity restore(EntityManager em, LabelTable table, Snapshot snapshot) {
        LabelEntity label = LabelWriter.findByKey(em, table, LabelNames.normalise(snapshot.name()));
        if (label == null) {
            label = LabelWriter.create(em, table, snapshot.name());
            em.flush();
        }
        long id = label.id();
        for (Link link : snapshot.links()) {
            em.createNativeQuery("INSERT INTO " + table.linkTable + " (media_id, " + table.labelColumn + ", source, added_at,"
                            + " confirmed) SELECT m.id, :label, :source, :at, :confirmed FROM media_item m WHERE m.id = :m"
                            + " AND NOT EXISTS (SELECT 1 FROM " + table.linkTable + " l WHERE l.media_id = m.id AND l."
                            + table.labelColumn + " = :label)")
                    .setParameter("label", id).setParameter("source", link.source())
                    .setParameter("at", Instant.parse(link.addedAt())).setParameter("confirmed", link.confirmed())
                    .setParameter("m", link.mediaId())
                    .executeUpdate();
        }
        for (Alias alias : snapshot.aliases()) {
            em.createNativeQuery("INSERT INTO " + table.aliasTable + " (alias_norm, alias_name, " + table.labelColumn
                            + ") SELECT :norm, :name, :label FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM " + table.aliasTable
                            + " WHERE alias_norm = :norm)")
                    .setParameter("norm", alias.norm()).setParameter("name", alias.name()).setParameter("label", id)
                    .executeUpdate();
        }
        if (label instanceof TagEntity tag) {
            if (snapshot.parentId() != null && em.find(TagEntity.class, snapshot.parentId()) != null) {
                tag.parentId = snapshot.parentId();
            }
            if (!snapshot.childIds().isEmpty()) {
                em.createQuery("update TagEntity t set t.parentId = :id where t.id in :children and t.parentId is null")
                        .setParameter("id", id).setParameter("children", snapshot.childIds())
                        .executeUpdate();
            }
        }
        return label;
    }

    private static String write(Snapshot snapshot) {
        try {
            return JSON.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the deleted label", e);
        }
    }

    private static Snapshot read(String json) {
        try {
            return JSON.readValue(json, Snapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable deleted label: " + e.getMessage(), e);
        }
    }
}
