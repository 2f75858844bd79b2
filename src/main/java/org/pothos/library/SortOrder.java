package org.pothos.library;

/** Orders the grid and {@code list} can show. Dates sort newest first; names A to Z. */
public enum SortOrder {
    TAKEN,
    IMPORTED,
    NAME
}
