package org.pothos.library;

/** A tag or category on an item, with who put it there. */
public record Label(String name, Source source) {
}
