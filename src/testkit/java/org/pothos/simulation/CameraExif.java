package org.pothos.simulation;

import java.io.ByteArrayOutputStream;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

/**
 * The EXIF block a camera writes, for making camera-like JPEGs in tests and benchmarks: metadata
 * libraries only read EXIF, so the APP1 segment is built by hand ({@link ExifBlock}). Null fields are
 * left out of the file.
 */
public record CameraExif(int orientation, LocalDateTime takenAt, LocalDateTime modifiedAt, String make,
                         String model, String lens, Double gpsLatitude, Double gpsLongitude, ByteOrder byteOrder) {

    private static final byte[] PREAMBLE = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);

    /**
     * {@code jpeg} with this EXIF block (and {@code thumbnail}, a small JPEG, when not null) as an APP1
     * segment right after SOI.
     */
    public byte[] insertInto(byte[] jpeg, byte[] thumbnail) {
        byte[] tiff = ExifBlock.build(this, thumbnail);
        ByteArrayOutputStream payload = new ByteArrayOutputStream(PREAMBLE.length + tiff.length);
        payload.writeBytes(PREAMBLE);
        payload.writeBytes(tiff);
        return JpegSegments.insertAfterSoi(jpeg, JpegSegments.APP1, payload.toByteArray());
    }
}
