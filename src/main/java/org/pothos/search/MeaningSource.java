package org.pothos.search;

/** Turns a search text into its meaning (an embedding); the embedding service implements it. */
@FunctionalInterface
public interface MeaningSource {

    /** Blocks while the model answers; never throws for a missing model or server, it says why instead. */
    QueryMeaning embed(String text);

    /** For a library without search by meaning. */
    static MeaningSource none(String why) {
        return text -> QueryMeaning.none(why);
    }
}
