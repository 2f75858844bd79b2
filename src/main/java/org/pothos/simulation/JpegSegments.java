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
        if (jpeg.length < 2 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            throw new IllegalArgumentException("not a JPEG: no SOI marker");
        }
        int segmentLength = 2 + payload.length;
        if (segmentLength > 0xFFFF) {
            throw new IllegalArgumentException("segment too large for a JPEG marker: " + segmentLength + " bytes");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + segmentLength + 2);
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(marker);
        out.write(segmentLength >> 8);
        out.write(segmentLength & 0xFF);
        out.writeBytes(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
