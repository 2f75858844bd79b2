package org.pothos.imageio;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;

/**
 * How much heap a decode takes, from the header alone, and the subsampling that makes it fit: the reader's picture
 * (at the DCT scale or subsampling the decode uses), the whole frame for a reader that builds it first, and the
 * copies made while bringing it to RGB, scaling it and turning it upright. The figures per pixel were measured with
 * the smallest heap each decode succeeds in, and doubled: over-estimating only lets fewer pictures decode at once.
 */
final class DecodeEstimate {

    /** What a reader needs besides its pixels (tables, row buffers of a narrow picture). */
    private static final long BASE = 2L * 1024 * 1024;
    /** Measured about 4 bytes per pixel of the reader's picture for 8-bit samples, and 15 for 16-bit ones. */
    private static final int BYTES_PER_PIXEL_8_BIT = 8;
    private static final int BYTES_PER_PIXEL_16_BIT = 16;
    /** A whole ARGB frame, as a reader that cannot subsample makes first. */
    private static final int WHOLE_FRAME = 4;
    private static final int RGB = 4;
    private static final int ROW_BUFFER_ROWS = 16;

    /** How to read a picture, and the memory that takes. */
    record Plan(int subsampling, long bytes) {
    }

    private DecodeEstimate() {
    }

    /**
     * The plan for a decode: the subsampling {@link ImageDecoder#subsampling} prefers for quality, or a coarser one
     * when that would not fit in {@code capacity} and the picture keeps at least {@code minEdge} on its longest side.
     *
     * @throws DecodeMemoryException when no subsampling makes it fit
     */
    static Plan plan(ImageFacts facts, int bitsPerSample, boolean wholeFrame, int maxEdge, int minEdge, long capacity)
            throws DecodeMemoryException {
        long longest = Math.max(facts.width(), facts.height());
        if (facts.format() == ImageFormat.JPEG) {
            int denominator = ImageDecoder.dctDenominator((int) longest, minEdge);
            // The scaled decoder's picture, or ImageIO's if it declines: the larger of the two.
            long bytes = bytes(facts, Math.min(denominator, ImageDecoder.subsampling((int) longest, maxEdge)), 8, false, maxEdge);
            if (bytes > capacity) {
                throw new DecodeMemoryException(bytes, capacity);
            }
            return new Plan(ImageDecoder.subsampling((int) longest, maxEdge), bytes);
        }
        int factor = ImageDecoder.subsampling((int) longest, maxEdge);
        long bytes = bytes(facts, factor, bitsPerSample, wholeFrame, maxEdge);
        while (bytes > capacity && (longest / (factor * 2L)) >= minEdge) {
            factor *= 2;
            bytes = bytes(facts, factor, bitsPerSample, wholeFrame, maxEdge);
        }
        if (bytes > capacity) {
            throw new DecodeMemoryException(bytes, capacity);
        }
        return new Plan(factor, bytes);
    }

    /** @param wholeFrame the decoder makes the whole picture first (TwelveMonkeys' WebP reader, libheif) */
    static long bytes(ImageFacts facts, int factor, int bitsPerSample, boolean wholeFrame, int maxEdge) {
        long width = facts.width();
        long height = facts.height();
        long read = ceil(width, factor) * ceil(height, factor)
                * (bitsPerSample > 8 ? BYTES_PER_PIXEL_16_BIT : BYTES_PER_PIXEL_8_BIT);
        long whole = wholeFrame ? width * height * WHOLE_FRAME : 0;
        long rows = width * ROW_BUFFER_ROWS * (bitsPerSample > 8 ? 8 : 4);
        double scale = Math.min(1.0, maxEdge / (double) Math.max(width, height));
        long result = (long) Math.ceil(width * scale) * (long) Math.ceil(height * scale) * RGB;
        return BASE + read + whole + rows + 2 * result;
    }

    /** Bits per sample from a PNG's header (16-bit PNGs take twice the memory); 16 for TIFF, which may be so too. */
    static int bitsPerSample(Path file, ImageFormat format) {
        if (format == ImageFormat.TIFF) {
            return 16;
        }
        if (format != ImageFormat.PNG) {
            return 8;
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            in.seek(24); // signature 8, IHDR length and type 8, width and height 8: then the bit depth
            return in.read();
        } catch (IOException e) {
            return 16;
        }
    }

    private static long ceil(long size, long divisor) {
        return (size + divisor - 1) / divisor;
    }
}
