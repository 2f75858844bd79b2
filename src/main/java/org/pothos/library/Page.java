package org.pothos.library;

import java.util.List;

/** One page of a query's results; {@code hasMore} tells whether a next page exists. */
public record Page<T>(List<T> items, int offset, boolean hasMore) {
    public Page {
        items = List.copyOf(items);
    }
}
