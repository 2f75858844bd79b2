package org.pothos.search;

/** An item found by a search, with the score it was ranked by (higher is better; scales differ by kind of search). */
public record SearchHit(long id, double score) {
}
