package org.pothos.library;

import java.util.List;

/**
 * One page of a query's results; {@code hasMore} tells whether a next page exists. {@code offset} is the
 * position of its first item, or {@link #UNKNOWN_OFFSET} for a page read after a given item.
 */
public record Page<T>(List<T> items, int offset, boolean hasMore) {

    public static final int UNKNOWN_OFFSET = -1;

    public Page {
        items = List.copyOf(items);
    }
}
