package org.pothos.thumbnails;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * An image to make a thumbnail of.
 *
 * @param contentHash SHA-256 hex of the file content; thumbnails are cached under it, so renames and
 *                    duplicates share one thumbnail
 */
public record ThumbnailSource(String contentHash, Path file) {

    public ThumbnailSource {
        // One spelling per hash, so memory cache, in-flight work and file names agree.
        contentHash = Objects.requireNonNull(contentHash, "contentHash").toLowerCase(Locale.ROOT);
        Objects.requireNonNull(file, "file");
    }
}
