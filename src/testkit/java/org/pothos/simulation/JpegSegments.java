package org.pothos.simulation;

import java.io.ByteArrayOutputStream;

/** Adds marker segments to an encoded JPEG without touching its image data. */
public final class JpegSegments {

    public static final int APP1 = 0xE1;
    public static final int COMMENT = 0xFE;

    private JpegSegments() {
    }

    /** {@code jpeg} with a segment of this marker and payload inserted right after SOI. */
    public static byte[] insertAfterSoi(byte[] jpeg, int marker, byte[] payload) {
        requireSoi(jpeg);
        return insertAt(jpeg, 2, marker, payload);
    }

    /**
     * {@code jpeg} with a segment inserted after its leading APPn segments (JFIF, EXIF, ICC), where
     * readers that expect those first still find them first.
     */
    public static byte[] insertAfterAppSegments(byte[] jpeg, int marker, byte[] payload) {
        requireSoi(jpeg);
        int position = 2;
        while (position + 4 <= jpeg.length && (jpeg[position] & 0xFF) == 0xFF
                && (jpeg[position + 1] & 0xF0) == 0xE0) {
            position += 2 + ((jpeg[position + 2] & 0xFF) << 8 | (jpeg[position + 3] & 0xFF));
        }
        return insertAt(jpeg, Math.min(position, jpeg.length), marker, payload);
    }

    private static void requireSoi(byte[] jpeg) {
        if (jpeg.length < 2 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            throw new IllegalArgumentException("not a JPEG: no SOI marker");
        }
    }

    private static byte[] insertAt(byte[] jpeg, int position, int marker, byte[] payload) {
        int segmentLength = 2 + payload.length;
        if (segmentLength > 0xFFFF) {
            throw new IllegalArgumentException("segment too large for a JPEG marker: " + segmentLength + " bytes");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + segmentLength + 2);
        out.write(jpeg, 0, position);
        out.write(0xFF);
        out.write(marker);
        out.write(segmentLength >> 8);
        out.write(segmentLength & 0xFF);
        out.writeBytes(payload);
        out.write(jpeg, position, jpeg.length - position);
        return out.toByteArray();
    }
}
