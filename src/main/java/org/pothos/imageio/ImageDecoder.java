package org.pothos.imageio;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes images at reduced size for thumbnails and previews, upright and as opaque TYPE_INT_RGB. Common JPEGs go
 * to the {@link ScaledJpegDecoder} when there is one, everything else (and whatever it declines) to ImageIO.
 * Every decode, whichever decoder runs it, first takes its estimated memory from the {@link DecodeBudget} (from
 * the header, before any pixel is read), so pictures decoded at once never exhaust the heap.
 * Thread-safe: every call creates and disposes its own reader.
 */
public final class ImageDecoder {

    private static final int[] DCT_DENOMINATORS = {8, 4, 2};

    private final ImageInspector inspector = new ImageInspector();
    private final ExifThumbnailReader exifThumbnails = new ExifThumbnailReader();
    private final ScaledJpegDecoder scaledJpeg;
    private final DecodeBudget budget;

    /** Decodes everything with ImageIO. */
    public ImageDecoder() {
        this(ScaledJpegDecoder.NONE);
    }

    public ImageDecoder(ScaledJpegDecoder scaledJpeg) {
        this(scaledJpeg, DecodeBudget.forThisProcess());
    }

    public ImageDecoder(ScaledJpegDecoder scaledJpeg, DecodeBudget budget) {
        this.scaledJpeg = scaledJpeg;
        this.budget = budget;
    }

    /**
     * @param maxEdge   longest edge of the result; smaller images are not enlarged
     * @param maxPixels refuse images whose header announces more pixels, before any pixel memory is allocated
     */
    public BufferedImage decode(Path file, int maxEdge, long maxPixels)
            throws IOException, UnsupportedImageException, ImageTooLargeException, DecodeMemoryException {
        return decode(file, maxEdge, maxEdge, maxPixels);
    }

    /**
     * Like {@link #decode(Path, int, long)}, but the longest edge may come out as short as {@code minEdge} when that
     * lets a JPEG decode at a smaller DCT scale (a 4000 px photo at 1/4 gives 1000 px, where 1024 would need 1/2).
     */
    public BufferedImage decode(Path file, int maxEdge, int minEdge, long maxPixels)
            throws IOException, UnsupportedImageException, ImageTooLargeException, DecodeMemoryException {
        if (maxEdge < 1 || minEdge < 1 || minEdge > maxEdge) {
            throw new IllegalArgumentException("need 1 <= minEdge <= maxEdge: " + minEdge + ", " + maxEdge);
        }
        ImageFacts facts = inspector.inspect(file);
        if (facts.pixelCount() > maxPixels) {
            throw new ImageTooLargeException(facts.pixelCount(), maxPixels);
        }
        DecodeEstimate.Plan plan = DecodeEstimate.plan(facts, DecodeEstimate.bitsPerSample(file, facts.format()), maxEdge, minEdge,
                budget.capacity());
        DecodeBudget.Permit permit = budget.admit(plan.bytes());
        try {
            BufferedImage stored = null;
            if (facts.format() == ImageFormat.JPEG) {
                stored = decodeScaled(file, minEdge, maxPixels);
            }
            if (stored == null) {
                stored = readSubsampled(file, facts.format(), plan.subsampling(), maxPixels);
            }
            return Orientation.apply(RgbImages.fitWithin(stored, maxEdge), facts.orientation());
        } catch (OutOfMemoryError e) {
            // The estimate fell short of what this decoder took: this picture fails, the heap is whole again.
            throw new DecodeMemoryException(e);
        } finally {
            permit.close();
        }
    }

    /** The JPEG preview the camera embedded in the EXIF block, if any; reads no pixel data of the main image. */
    public Optional<byte[]> readExifThumbnail(Path file) throws IOException {
        return exifThumbnails.read(file).map(ExifThumbnail::jpeg);
    }

    /** Null when the frame is unusual or the scaled decoder declines; ImageIO then reads the file. */
    private BufferedImage decodeScaled(Path file, int minEdge, long maxPixels)
            throws IOException, UnsupportedImageException, ImageTooLargeException {
        JpegFrame frame = JpegFrame.read(file).orElse(null);
        if (frame == null || !frame.isCommonPhoto()) {
            return null;
        }
        long pixels = (long) frame.width() * frame.height();
        if (pixels > maxPixels) {
            throw new ImageTooLargeException(pixels, maxPixels);
        }
        int denominator = dctDenominator(Math.max(frame.width(), frame.height()), minEdge);
        return scaledJpeg.decode(file, frame, denominator).orElse(null);
    }

    /** The largest DCT scale-down that keeps the longest edge at least {@code minEdge} (1 when none does). */
    static int dctDenominator(int longestEdge, int minEdge) {
        for (int denominator : DCT_DENOMINATORS) {
            // Scaled decoders round down (see ScaledJpegDecoder), so the rounded-down edge must reach minEdge.
            if (longestEdge / denominator >= minEdge) {
                return denominator;
            }
        }
        return 1;
    }

    /**
     * Subsampling lets the reader drop rows and columns, so a 12 MP photo is never held at full size for a 256 px
     * thumbnail. It only picks every n-th pixel, though, and the JPEG decoder still decodes every row at full size,
     * so a larger factor saves hardly any time (16 instead of 8 saves under 1 ms per 12 MP photo). Stopping at twice
     * maxEdge lets {@link RgbImages#fitWithin}'s halving step average 2x2 samples per thumbnail pixel instead of
     * keeping a single one, which tames aliasing on fine, regular detail.
     */
    static int subsampling(int longestEdge, int maxEdge) {
        return (int) Math.max(1, longestEdge / (2L * maxEdge));
    }

    private static BufferedImage readSubsampled(Path file, ImageFormat format, int factor, long maxPixels)
            throws IOException, UnsupportedImageException, ImageTooLargeException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new IOException("cannot open " + file);
            }
            ImageReader reader = readerFor(format);
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                long pixels = (long) width * height;
                if (pixels > maxPixels) {
                    throw new ImageTooLargeException(pixels, maxPixels);
                }
                ImageReadParam param = reader.getDefaultReadParam();
                if (factor > 1) {
                    param.setSourceSubsampling(factor, factor, 0, 0);
                }
                return reader.read(0, param);
            } catch (IIOException | RuntimeException e) {
                // Decoders report damaged data both ways; either means this file cannot be shown.
                throw new UnsupportedImageException("corrupt image data", e);
            } finally {
                reader.dispose();
            }
        }
    }

    private static ImageReader readerFor(ImageFormat format) throws UnsupportedImageException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName());
        if (!readers.hasNext()) {
            throw new UnsupportedImageException("no decoder for " + format.name() + " images");
        }
        return readers.next();
    }
}
