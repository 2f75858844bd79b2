package org.pothos.xmp;

import org.pothos.imageio.ImageFormat;

/**
 * How one picture format keeps its XMP packet, for writing labels into the picture itself. Each works on the file's
 * bytes and touches nothing but the packet (and, for JPEG, the IPTC block): {@link #preserved} names everything
 * else, which the writer checks is byte-for-byte the same after the change.
 */
interface PictureContainer {

    /** The main XMP packet the file holds, or null when it has none. */
    byte[] packet(byte[] file) throws XmpFiles.XmpFileException;

    /** The file with {@code packet} in place of its own packet (and the labels in its other label blocks). */
    byte[] withPacket(byte[] file, byte[] packet, FileLabels labels) throws XmpFiles.XmpFileException;

    /** The file's image data and every other piece of metadata, in order: what a label write must not change. */
    byte[] preserved(byte[] file) throws XmpFiles.XmpFileException;

    /** The container for a format that can hold an embedded packet; null for the others (RAW, HEIF, GIF, BMP). */
    static PictureContainer of(ImageFormat format) {
        return switch (format) {
            case JPEG -> new JpegContainer();
            case PNG -> new PngContainer();
            case TIFF -> new TiffContainer();
            case WEBP -> new WebpContainer();
            default -> null;
        };
    }
}
