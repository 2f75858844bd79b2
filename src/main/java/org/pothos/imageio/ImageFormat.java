package org.pothos.imageio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Raster formats Pothos can import, recognised by their leading magic bytes (never by file name). */
public enum ImageFormat {
    JPEG("jpeg"),
    PNG("png"),
    GIF("gif"),
    BMP("bmp"),
    WEBP("webp"),
    TIFF("tiff");

    /** Enough leading bytes for every signature below, including the BMP plausibility checks. */
    public static final int HEADER_LENGTH = 18;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final String imageIoName;

    ImageFormat(String imageIoName) {
        this.imageIoName = imageIoName;
    }

    /** The format name ImageIO registers its readers and writers under. */
    public String imageIoName() {
        return imageIoName;
    }

    public static Optional<ImageFormat> sniff(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return sniff(in.readNBytes(HEADER_LENGTH));
        }
    }

    public static Optional<ImageFormat> sniff(byte[] header) {
        if (startsWith(header, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(header, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(header, 0, 'G', 'I', 'F', '8') && (startsWith(header, 4, '7', 'a') || startsWith(header, 4, '9', 'a'))) {
            return Optional.of(GIF);
        }
        if (startsWith(header, 0, 'R', 'I', 'F', 'F') && startsWith(header, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP);
        }
        if (startsWith(header, 0, 'I', 'I', 0x2A, 0x00) || startsWith(header, 0, 'M', 'M', 0x00, 0x2A)) {
            return Optional.of(TIFF);
        }
        if (looksLikeBmp(header)) {
            return Optional.of(BMP);
        }
        return Optional.empty();
    }

    /**
     * "BM" alone would match any text starting with those letters, so also require the zero reserved
     * fields and a known DIB header size.
     */
    private static boolean looksLikeBmp(byte[] header) {
        if (header.length < HEADER_LENGTH || !startsWith(header, 0, 'B', 'M') || !startsWith(header, 6, 0, 0, 0, 0)) {
            return false;
        }
        int dibHeaderSize = (header[14] & 0xFF) | (header[15] & 0xFF) << 8 | (header[16] & 0xFF) << 16 | (header[17] & 0xFF) << 24;
        return switch (dibHeaderSize) {
            case 12, 16, 40, 52, 56, 64, 108, 124 -> true;
            default -> false;
        };
    }

    private static boolean startsWith(byte[] data, int offset, byte[] expected) {
        if (data.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (data[offset + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] data, int offset, int... expected) {
        byte[] bytes = new byte[expected.length];
        for (int i = 0; i < expected.length; i++) {
            bytes[i] = (byte) expected[i];
        }
        return startsWith(data, offset, bytes);
    }
}
