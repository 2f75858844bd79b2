package org.pothos.library;

/** A tag or category name with the number of items that carry it. */
public record LabelCount(String name, long count) {
}
