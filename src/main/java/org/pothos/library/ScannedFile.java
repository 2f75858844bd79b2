package org.pothos.library;

import java.nio.file.Path;
import java.time.Instant;
import org.pothos.imageio.ImageFacts;

/** A file that was read successfully during import: its content hash, file stamp and image facts. */
public record ScannedFile(Path path, String contentHash, long sizeBytes, Instant modifiedAt, ImageFacts facts) {
}
