package org.pothos.search;

import java.util.List;

/**
 * The items a search found, best first, and how they were ranked.
 *
 * @param note for the person searching, when the ranking is less than it could be (why there is no search by
 *             meaning, or that the index is still being built); null otherwise
 */
public record SearchResults(List<SearchHit> hits, Ranking ranking, String note) {

    /** How the order came about. */
    public enum Ranking {
        /** By words (BM25). */
        WORDS,
        /** By words and meaning, fused by reciprocal rank. */
        WORDS_AND_MEANING,
        /** Not ranked: the search index is not ready, so the database matched plain text, in the grid's order. */
        UNRANKED
    }

    public SearchResults {
        hits = List.copyOf(hits);
    }

    public List<Long> ids() {
        return hits.stream().map(SearchHit::id).toList();
    }

    public int size() {
        return hits.size();
    }
}
