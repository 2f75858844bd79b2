package org.pothos.library;

import java.nio.file.Path;
import java.time.Instant;
import org.pothos.imageio.ImageFacts;
import org.pothos.xmp.FileLabels;

/**
 * A file that was read successfully during import: its content hash, file stamp and image facts, and the labels
 * its files hold (null when they were not read this time), the fingerprint of its sidecars, and the RAW file
 * paired with it (null when none).
 */
public record ScannedFile(Path path, String contentHash, long sizeBytes, Instant modifiedAt, ImageFacts facts,
                          FileLabels labels, String sidecarStamp, Path companion) {

    /** A file whose labels were not read. */
    public ScannedFile(Path path, String contentHash, long sizeBytes, Instant modifiedAt, ImageFacts facts) {
        this(path, contentHash, sizeBytes, modifiedAt, facts, null, null, null);
    }
}
