package org.pothos.search;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The full-text and vector index beside the database. It follows the database on its own (changes are
 * taken after each commit, and at start whatever the last run left), and rebuilds itself from the
 * database when it is missing, damaged, made for another library or behind a restored database.
 * Queries answer empty-handed with {@link Optional#empty()} while it is not ready.
 */
public interface SearchIndex extends AutoCloseable {

    /** Opens the index in the background (catching up or rebuilding as needed); returns at once. */
    void start();

    /**
     * Opens the index on the calling thread if it is not open yet, and takes every pending change; waits at most
     * {@code timeout}. For the command line and tests, which want answers that include every change so far.
     */
    boolean awaitCurrent(Duration timeout) throws InterruptedException;

    IndexStatus status();

    /** Called on every change of status, on the index's own thread. */
    void addStatusListener(Consumer<IndexStatus> listener);

    /** Every match of a text search, best first (BM25); empty when the index is not ready. */
    Optional<List<SearchHit>> text(ParsedSearch search);

    /**
     * The {@code k} items nearest to {@code vector} in {@code space} that pass the search's label filters and
     * exclusions, nearest first (cosine similarity); empty when the index is not ready.
     */
    Optional<List<SearchHit>> nearest(VectorSpace space, float[] vector, int k, ParsedSearch filters);

    /** Forgets the index on disk and builds it again from the database. */
    void rebuild();

    /**
     * The library's embedding model changed: an open index rebuilds itself with the new model's vectors; a closed one
     * finds out when it opens.
     */
    void embeddingModelChanged();

    @Override
    void close();
}
