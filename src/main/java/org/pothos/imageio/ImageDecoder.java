package org.pothos.imageio;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes images at reduced size for thumbnails and previews, upright and as opaque TYPE_INT_RGB. Common JPEGs go
 * to the {@link ScaledJpegDecoder} and WebP pictures to the {@link ScaledWebpDecoder} when there are such,
 * everything else (and whatever they decline) to ImageIO; camera RAWs show their largest embedded JPEG preview,
 * HEIF and AVIF go to the {@link HeifDecoder}.
 * Thread-safe: every call creates and disposes its own reader.
 */
public final class ImageDecoder {

    private static final int[] DCT_DENOMINATORS = {8, 4, 2};

    private final ImageInspector inspector = new ImageInspector();
    private final ExifThumbnailReader exifThumbnails = new ExifThumbnailReader();
    private final ScaledJpegDecoder scaledJpeg;
    private final ScaledWebpDecoder scaledWebp;
    private final HeifDecoder heif;

    /** Decodes everything with ImageIO; HEIF pictures are reported as not decodable. */
    public ImageDecoder() {
        this(ScaledJpegDecoder.NONE);
    }

    public ImageDecoder(ScaledJpegDecoder scaledJpeg) {
        this(scaledJpeg, ScaledWebpDecoder.NONE, HeifDecoder.NONE);
    }

    public ImageDecoder(ScaledJpegDecoder scaledJpeg, HeifDecoder heif) {
        this(scaledJpeg, ScaledWebpDecoder.NONE, heif);
    }

    public ImageDecoder(ScaledJpegDecoder scaledJpeg, ScaledWebpDecoder scaledWebp) {
        this(scaledJpeg, scaledWebp, HeifDecoder.NONE);
    }

    public ImageDecoder(ScaledJpegDecoder scaledJpeg, ScaledWebpDecoder scaledWebp, HeifDecoder heif) {
        this.scaledJpeg = scaledJpeg;
        this.scaledWebp = scaledWebp;
        this.heif = heif;
    }

    /** Whether HEIF and AVIF pictures can be decoded here (libheif is installed). */
    public boolean decodesHeif() {
        return heif.isAvailable();
    }

    /**
     * @param maxEdge   longest edge of the result; smaller images are not enlarged
     * @param maxPixels refuse images whose header announces more pixels, before any pixel memory is allocated
     */
    public BufferedImage decode(Path file, int maxEdge, long maxPixels)
            throws IOException, UnsupportedImageException, ImageTooLargeException {
        return decode(file, maxEdge, maxEdge, maxPixels);
    }

    /**
     * Like {@link #decode(Path, int, long)}, but the longest edge may come out as short as {@code minEdge} when that
     * lets a JPEG decode at a smaller DCT scale (a 4000 px photo at 1/4 gives 1000 px, where 1024 would need 1/2).
     */
    public BufferedImage decode(Path file, int maxEdge, int minEdge, long maxPixels)
            throws IOException, UnsupportedImageException, ImageTooLargeException {
        if (maxEdge < 1 || minEdge < 1 || minEdge > maxEdge) {
            throw new IllegalArgumentException("need 1 <= minEdge <= maxEdge: " + minEdge + ", " + maxEdge);
        }
        ImageFacts facts = inspector.inspect(file);
        if (facts.format().isHeif()) {
            if (!heif.isAvailable()) {
                throw new UnsupportedImageException(HeifDecoder.UNAVAILABLE);
            }
            return RgbImages.fitWithin(heif.decode(file, minEdge, maxPixels), maxEdge);
        }
        BufferedImage stored = null;
        if (facts.format().isRaw()) {
            stored = decodeRawPreview(file, facts.format(), maxEdge, maxPixels);
        }
        if (facts.format() == ImageFormat.JPEG) {
            stored = decodeScaled(file, minEdge, maxPixels);
        } else if (facts.format() == ImageFormat.WEBP) {
            checkPixels((long) facts.width() * facts.height(), maxPixels);
            stored = scaledWebp.decode(file, maxEdge).orElse(null);
        }
        if (stored == null) {
            stored = readSubsampled(file, facts.format(), maxEdge, maxPixels);
        }
        return Orientation.apply(RgbImages.fitWithin(stored, maxEdge), facts.orientation());
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
        checkPixels((long) frame.width() * frame.height(), maxPixels);
        int denominator = dctDenominator(Math.max(frame.width(), frame.height()), minEdge);
        return scaledJpeg.decode(file, frame, denominator).orElse(null);
    }

    private static void checkPixels(long pixels, long maxPixels) throws ImageTooLargeException {
        if (pixels > maxPixels) {
            throw new ImageTooLargeException(pixels, maxPixels);
        }
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

    /** A RAW's largest embedded JPEG preview, read into memory and decoded like any JPEG. */
    private static BufferedImage decodeRawPreview(Path file, ImageFormat format, int maxEdge, long maxPixels)
            throws IOException, UnsupportedImageException, ImageTooLargeException {
        byte[] jpeg;
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            EmbeddedJpeg preview = RawFile.preview(in, format)
                    .orElseThrow(() -> new UnsupportedImageException("this RAW file holds no JPEG preview"));
            long pixels = (long) preview.frame().width() * preview.frame().height();
            if (pixels > maxPixels) {
                throw new ImageTooLargeException(pixels, maxPixels);
            }
            jpeg = preview.read(in);
        }
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg))) {
            return readSubsampled(in, ImageFormat.JPEG, maxEdge, maxPixels);
        }
    }

    private static BufferedImage readSubsampled(Path file, ImageFormat format, int maxEdge, long maxPixels)
            throws IOException, UnsupportedImageException, ImageTooLargeException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new IOException("cannot open " + file);
            }
            return readSubsampled(in, format, maxEdge, maxPixels);
        }
    }

    private static BufferedImage readSubsampled(ImageInputStream in, ImageFormat format, int maxEdge, long maxPixels)
            throws IOException, UnsupportedImageException, ImageTooLargeException {
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
            int factor = subsampling(Math.max(width, height), maxEdge);
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

    private static ImageReader readerFor(ImageFormat format) throws UnsupportedImageException {
        if (format.imageIoName() == null) {
            throw new UnsupportedImageException("no decoder for " + format.name() + " images");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName());
        if (!readers.hasNext()) {
            throw new UnsupportedImageException("no decoder for " + format.name() + " images");
        }
        return readers.next();
    }
}
