package org.pothos.analysis;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.pothos.imageio.BoundedJpegEncoder;
import org.pothos.imageio.DecodeMemoryException;
import org.pothos.imageio.ImageDecoder;
import org.pothos.imageio.ImageTooLargeException;
import org.pothos.imageio.JpegEncoder;
import org.pothos.imageio.UnsupportedImageException;

/**
 * Makes the image a model sees: upright, no larger than the configured edge, re-encoded as a plain
 * JPEG with no metadata, so camera data and GPS never leave the machine.
 */
public final class ImagePreparer {

    /** Even "original size" refuses decompression bombs. */
    private static final long MAX_PIXELS = 100_000_000L;
    /**
     * Upload budget of a photo at the default 1024 px edge; other edges scale it with the area. Typical photos take
     * about 100 KB at the default quality, noisy ones twice that, and those are compressed further to fit.
     */
    static final int MAX_BYTES_AT_DEFAULT_EDGE = 150_000;

    private final ImageDecoder decoder;
    private final JpegEncoder encoder;
    private final BoundedJpegEncoder boundedEncoder;

    /** Decodes and encodes with ImageIO only. */
    public ImagePreparer() {
        this(new ImageDecoder(), JpegEncoder.imageIo());
    }

    public ImagePreparer(ImageDecoder decoder, JpegEncoder encoder) {
        this.decoder = decoder;
        this.encoder = encoder;
        this.boundedEncoder = new BoundedJpegEncoder(encoder);
    }

    /** @param maxEdge 0 sends the original size, encoded once at {@code quality} without a byte budget */
    public byte[] prepare(Path file, int maxEdge, float quality) throws ModelCallException {
        try {
            if (maxEdge == 0) {
                return encoder.encode(decoder.decode(file, Integer.MAX_VALUE, MAX_PIXELS), quality);
            }
            // A tenth below the edge is nothing to a model but lets a JPEG decode at a smaller DCT scale.
            BufferedImage image = decoder.decode(file, maxEdge, Math.max(1, maxEdge - maxEdge / 10), MAX_PIXELS);
            return boundedEncoder.encode(image, quality, maxBytes(maxEdge));
        } catch (NoSuchFileException e) {
            throw new ModelCallException(ErrorKind.FILE_MISSING, "the file is missing: " + file);
        } catch (UnsupportedImageException e) {
            throw new ModelCallException(ErrorKind.UNREADABLE_IMAGE, "the image cannot be read: " + e.getMessage());
        } catch (ImageTooLargeException | DecodeMemoryException e) {
            throw new ModelCallException(ErrorKind.UNREADABLE_IMAGE, e.getMessage());
        } catch (java.io.InterruptedIOException e) {
            throw new ModelCallException(ErrorKind.TIMEOUT, "interrupted while preparing the image", e);
        } catch (IOException e) {
            throw new ModelCallException(ErrorKind.UNREADABLE_IMAGE, "the image cannot be read: " + e.getMessage(), e);
        }
    }

    static int maxBytes(int maxEdge) {
        double edgeRatio = (double) maxEdge / AnalysisOptions.DEFAULT_MAX_EDGE;
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, MAX_BYTES_AT_DEFAULT_EDGE * edgeRatio * edgeRatio));
    }
}
