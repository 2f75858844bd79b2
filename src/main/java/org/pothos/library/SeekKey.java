package org.pothos.library;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * Where a page of the library ended, in every order it can be sorted by: the next page starts after this item
 * (seek paging, see {@link MediaStore#findTiles}).
 */
public record SeekKey(long id, LocalDateTime takenAt, Instant importedAt, String fileName) {
}
