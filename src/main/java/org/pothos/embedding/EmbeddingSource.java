package org.pothos.embedding;

import java.util.List;

/**
 * What an item's embedding is made from, and the generation of those texts it was read at: a vector saved for an
 * older generation is out of date.
 */
public record EmbeddingSource(long id, int generation, String title, String description, List<String> tags,
                              List<String> categories) {

    public EmbeddingSource {
        tags = List.copyOf(tags);
        categories = List.copyOf(categories);
    }
}
