package org.pothos.library;

import java.util.Locale;

/**
 * Whether and where a library writes its labels into the pictures' files. A new library writes nothing: Pothos
 * then only reads the files, as before.
 */
public enum LabelWriteMode {
    /** Nothing is written; the files are only read. */
    OFF,
    /** XMP sidecars beside the pictures ({@code IMG_1234.JPG.xmp}); the pictures themselves are never changed. */
    SIDECAR,
    /**
     * Into the JPEG, PNG, TIFF and WebP files themselves (their XMP, and IPTC for JPEG): the originals change.
     * RAW and HEIF pictures, which Pothos does not rewrite, get sidecars.
     */
    EMBED;

    /** The name the command line and the settings use: off, sidecar, embed. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LabelWriteMode fromKey(String key) {
        for (LabelWriteMode mode : values()) {
            if (mode.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
                return mode;
            }
        }
        throw new IllegalArgumentException("no such mode: " + key + " (off, sidecar or embed)");
    }
}
