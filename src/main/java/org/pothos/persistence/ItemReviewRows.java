package org.pothos.persistence;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.pothos.review.SuggestionField;

/**
 * What the review table holds for one item, read once when an answer is applied: most items have nothing there,
 * and then applying costs no further query about suggestions or rejections.
 */
final class ItemReviewRows {

    private final long mediaId;
    private final List<ReviewSuggestionEntity> rows;

    private ItemReviewRows(long mediaId, List<ReviewSuggestionEntity> rows) {
        this.mediaId = mediaId;
        this.rows = rows;
    }

    static ItemReviewRows of(EntityManager em, long mediaId) {
        return new ItemReviewRows(mediaId, em.createQuery("select s from ReviewSuggestionEntity s where s.mediaId = :m",
                ReviewSuggestionEntity.class).setParameter("m", mediaId).getResultList());
    }

    long mediaId() {
        return mediaId;
    }

    /** The folded names of the labels of a field the person rejected for this item. */
    Set<String> rejectedNorms(SuggestionField field) {
        return rows.stream()
                .filter(r -> r.field.equals(field.name()) && ReviewSuggestionEntity.REJECTED.equals(r.state))
                .map(r -> r.normValue)
                .collect(Collectors.toSet());
    }

    /** Drops what an earlier answer suggested for the field; a new answer supersedes it. */
    void clearSuggested(EntityManager em, SuggestionField field) {
        if (rows.stream().anyMatch(r -> r.field.equals(field.name()) && ReviewSuggestionEntity.SUGGESTED.equals(r.state))) {
            SuggestionRows.clearSuggested(em, mediaId, field);
        }
    }
}
