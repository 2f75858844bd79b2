package org.pothos.imageio;

import java.util.Optional;

/**
 * Refuses, at import, sizes that no picture can have: a side of more than a million pixels or more than a
 * gigapixel (nothing here could ever decode it), and a PNG or JPEG whose compressed data is far too small for the
 * pixels its header claims (a 235-byte "40000 × 40000" PNG). Real pictures, however large or uniform, pass: the
 * bounds are those of the formats' own compression, with room to spare.
 */
final class HeaderSanity {

    static final int MAX_SIDE = 1_000_000;
    static final long MAX_PIXELS = 1_000_000_000L;
    /** Deflate turns at most 1032 bytes into one; half of that keeps far from any real file. */
    private static final long PNG_MAX_RATIO = 1032 * 2;
    /**
     * A JPEG spends at least a bit or two on every 8 × 8 block of each component even when all of them are flat: a
     * thousand pixels per byte is already four times what any encoder reaches.
     */
    private static final long JPEG_MAX_PIXELS_PER_BYTE = 1024;

    private HeaderSanity() {
    }

    /** Why the declared size cannot be a real picture; empty when it can. */
    static Optional<String> problem(ImageFormat format, int width, int height, int bitsPerPixel, long fileBytes) {
        long pixels = (long) width * height;
        String claims = "the header claims " + width + " × " + height + " pixels";
        if (width > MAX_SIDE || height > MAX_SIDE || pixels > MAX_PIXELS) {
            return Optional.of(claims + ", which no picture has (a broken or forged header)");
        }
        boolean tooSmall = switch (format) {
            case PNG -> {
                long rowBytes = 1 + ((long) width * Math.max(1, bitsPerPixel) + 7) / 8;
                yield fileBytes * PNG_MAX_RATIO < rowBytes * height;
            }
            case JPEG -> fileBytes * JPEG_MAX_PIXELS_PER_BYTE < pixels;
            default -> false;
        };
        return tooSmall ? Optional.of(claims + ", which cannot fit in " + fileBytes + " bytes (a broken or forged header)")
                : Optional.empty();
    }
}
