package org.pothos.search;

import java.util.List;

/**
 * What the search index holds of one item: its searchable texts, its labels, and its embedding in the vector
 * space of the library's embedding model when it has one.
 *
 * @param folder the folder holding the file, as a path
 * @param vector unit-length embedding, or null
 */
public record IndexDocument(long id, String title, String description, List<String> tags, List<String> categories,
                            String fileName, String folder, VectorSpace space, float[] vector) {

    public IndexDocument {
        tags = List.copyOf(tags);
        categories = List.copyOf(categories);
    }
}
