package org.pothos.review;

import java.util.List;

/**
 * What an accept or reject did: how many values it changed, and what it was asked about that the picture
 * had no suggestion for (say, a misspelt tag), in words for the person.
 */
public record ReviewResult(int changed, List<String> notFound) {

    public ReviewResult {
        notFound = List.copyOf(notFound);
    }

    public static final ReviewResult NONE = new ReviewResult(0, List.of());

    public ReviewResult plus(ReviewResult other) {
        List<String> missing = new java.util.ArrayList<>(notFound);
        missing.addAll(other.notFound);
        return new ReviewResult(changed + other.changed, missing);
    }
}
