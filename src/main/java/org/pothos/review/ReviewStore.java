package org.pothos.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The suggestions a model left for the person, and their decisions. Accepting applies a value with the
 * model as its source (and a later analysis keeps it, as it keeps what the person wrote); rejecting
 * remembers it for that picture, so it is never suggested again. Each call is one transaction per picture
 * or chunk of pictures. Calls block: never make them on the JavaFX thread.
 */
public interface ReviewStore {

    /** How many pictures have at least one suggestion waiting. */
    long pendingCount();

    /** The pictures with a suggestion waiting, in the order they were analysed. */
    List<Long> pendingIds();

    /** A picture with its suggestions; empty when there is no such picture. */
    Optional<ReviewItem> find(long mediaId);

    /** Several pictures at once (a grid page), in the order asked; unknown ids are left out. */
    List<ReviewItem> find(List<Long> mediaIds);

    /** Applies the selected suggestions of each picture. */
    ReviewResult accept(Collection<Long> mediaIds, ReviewSelection selection);

    /**
     * Turns the selected suggestions down and remembers them. A tag or category a model applied directly
     * (outside review) can be rejected too: it is removed and remembered the same way.
     */
    ReviewResult reject(Collection<Long> mediaIds, ReviewSelection selection);

    /** Applies the person's own version of a suggested title or description (their edit makes it theirs). */
    void acceptEdited(long mediaId, SuggestionField field, String text);
}
