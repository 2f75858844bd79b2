package org.pothos.embedding;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where embeddings live: in the library's database, with their model, dimension and the text they were made from. */
public interface EmbeddingStore {

    /** The model the library embeds with, once chosen. */
    Optional<String> model();

    /** Chooses the model (null: none); vectors of other models stay stored but are no longer used. */
    void setModel(String model);

    /**
     * Up to {@code limit} items with ids above {@code afterId} that have something to embed (a title, description or
     * label) and no current vector of {@code model}.
     */
    List<EmbeddingSource> pending(String model, long afterId, int limit);

    long countPending(String model);

    /** The hash of the text each of {@code ids} was last embedded from with {@code model}. */
    Map<Long, String> textHashes(String model, Collection<Long> ids);

    /** Stores new vectors (replacing older ones of the model) and tells the search index. */
    void save(String model, List<Embedding> embeddings);

    /** Marks vectors as current for a new generation of texts that embed to the same text (a file renamed, say). */
    void confirm(String model, Map<Long, Integer> generations);

    /** The stored vector of an item, if it has one of {@code model}. */
    Optional<float[]> vector(long id, String model);

    /** A vector made for an item from a generation of its texts. */
    record Embedding(long id, int generation, float[] vector, String textHash) {
    }
}
