package org.pothos.thumbnails;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An image to make a thumbnail of.
 *
 * @param contentHash SHA-256 hex of the file content; thumbnails are cached under it, so renames and
 *                    duplicates share one thumbnail
 */
public record ThumbnailSource(String contentHash, Path file) {

    public ThumbnailSource {
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(file, "file");
    }
}
