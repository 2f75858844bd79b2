package org.pothos.library;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * What a grid tile shows of an item, and no more: a page of the grid reads these few columns instead of whole
 * items with their labels. {@code takenAt}, {@code importedAt} and {@code fileName} also say where a page ended.
 */
public record MediaTile(
        long id,
        Path path,
        String fileName,
        String contentHash,
        String title,
        boolean favourite,
        Availability availability,
        boolean analysed,
        LocalDateTime takenAt,
        Instant importedAt) {

    /** Where a page that ends with this tile ended. */
    public SeekKey seekKey() {
        return new SeekKey(id, takenAt, importedAt, fileName);
    }
}
