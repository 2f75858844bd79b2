package org.pothos.persistence;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.pothos.library.LabelNames;
import org.pothos.library.Source;
import org.pothos.review.SuggestionField;

/** Reads and writes {@code review_suggestion} inside a unit of work. */
final class SuggestionRows {

    private SuggestionRows() {
    }

    /** The key a suggestion is unique by, besides picture and field: the folded label name, empty for texts. */
    static String norm(SuggestionField field, String value) {
        return field.isLabel() ? LabelNames.normalise(value) : "";
    }

    /**
     * Records a suggestion waiting for the person. A label the person rejected for this picture stays
     * rejected; a title or description replaces whatever was suggested or rejected before.
     */
    static void suggest(EntityManager em, long mediaId, SuggestionField field, String value, Source source, Instant now) {
        String norm = norm(field, value);
        ReviewSuggestionEntity row = find(em, mediaId, field, norm);
        if (row != null && field.isLabel() && ReviewSuggestionEntity.REJECTED.equals(row.state)) {
            return;
        }
        boolean created = row == null;
        if (created) {
            row = new ReviewSuggestionEntity();
            row.mediaId = mediaId;
            row.field = field.name();
            row.normValue = norm;
        }
        row.textValue = value;
        row.source = source.encode();
        row.state = ReviewSuggestionEntity.SUGGESTED;
        row.createdAt = now;
        if (created) {
            em.persist(row);
        }
    }

    /** Remembers that the person turned the value down for this picture. */
    static void reject(EntityManager em, long mediaId, SuggestionField field, String value, Source source, Instant now) {
        String norm = norm(field, value);
        ReviewSuggestionEntity row = find(em, mediaId, field, norm);
        if (row == null) {
            row = new ReviewSuggestionEntity();
            row.mediaId = mediaId;
            row.field = field.name();
            row.normValue = norm;
            row.textValue = value;
            row.source = source.encode();
            row.createdAt = now;
            row.state = ReviewSuggestionEntity.REJECTED;
            em.persist(row);
        }
        row.state = ReviewSuggestionEntity.REJECTED;
    }

    static ReviewSuggestionEntity find(EntityManager em, long mediaId, SuggestionField field, String norm) {
        return em.createQuery("select s from ReviewSuggestionEntity s where s.mediaId = :m and s.field = :f"
                        + " and s.normValue = :n", ReviewSuggestionEntity.class)
                .setParameter("m", mediaId).setParameter("f", field.name()).setParameter("n", norm)
                .getResultStream().findFirst().orElse(null);
    }

    /** The suggestions of these pictures in {@code state}, oldest first. */
    static List<ReviewSuggestionEntity> of(EntityManager em, Collection<Long> mediaIds, String state) {
        return em.createQuery("select s from ReviewSuggestionEntity s where s.mediaId in :ids and s.state = :state"
                        + " order by s.mediaId, s.field, s.id", ReviewSuggestionEntity.class)
                .setParameter("ids", mediaIds).setParameter("state", state)
                .getResultList();
    }

    /** Drops what a picture's earlier answer suggested for a field: a new answer supersedes it. */
    static void clearSuggested(EntityManager em, long mediaId, SuggestionField field) {
        em.createQuery("delete from ReviewSuggestionEntity s where s.mediaId = :m and s.field = :f and s.state = 'SUGGESTED'")
                .setParameter("m", mediaId).setParameter("f", field.name())
                .executeUpdate();
    }

    /**
     * A renamed or merged label's suggestions and rejections follow it. A picture that already has a row for
     * the new name keeps that one.
     */
    static void renameLabel(EntityManager em, SuggestionField field, Collection<String> fromNorms, String toName) {
        String toNorm = LabelNames.normalise(toName);
        for (String from : fromNorms) {
            if (from.equals(toNorm)) {
                continue;
            }
            em.createQuery("delete from ReviewSuggestionEntity s where s.field = :f and s.normValue = :from and exists"
                            + " (select o.id from ReviewSuggestionEntity o where o.mediaId = s.mediaId and o.field = :f"
                            + " and o.normValue = :to)")
                    .setParameter("f", field.name()).setParameter("from", from).setParameter("to", toNorm)
                    .executeUpdate();
            em.createQuery("update ReviewSuggestionEntity s set s.textValue = :name, s.normValue = :to"
                            + " where s.field = :f and s.normValue = :from")
                    .setParameter("name", LabelNames.clean(toName)).setParameter("to", toNorm)
                    .setParameter("f", field.name()).setParameter("from", from)
                    .executeUpdate();
        }
    }
}
