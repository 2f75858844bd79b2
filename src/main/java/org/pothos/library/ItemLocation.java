package org.pothos.library;

import java.nio.file.Path;

/** The least a rescan needs to know of an item. */
public record ItemLocation(long id, Path path, String contentHash, Availability availability) {
}
