package org.pothos.analysis;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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

    private final ImageDecoder decoder = new ImageDecoder();
    private final JpegEncoder encoder = new JpegEncoder();

    public byte[] prepare(Path file, int maxEdge, float quality) throws ModelCallException {
        try {
            BufferedImage image = decoder.decode(file, maxEdge == 0 ? Integer.MAX_VALUE : maxEdge, MAX_PIXELS);
            return encoder.encode(image, quality);
        } catch (NoSuchFileException e) {
            throw new ModelCallException(ErrorKind.FILE_MISSING, "the file is missing: " + file);
        } catch (UnsupportedImageException e) {
            throw new ModelCallException(ErrorKind.UNREADABLE_IMAGE, "the image cannot be read: " + e.getMessage());
        } catch (ImageTooLargeException e) {
            throw new ModelCallException(ErrorKind.UNREADABLE_IMAGE, e.getMessage());
        } catch (IOException e) {
            throw new ModelCallException(ErrorKind.UNREADABLE_IMAGE, "the image cannot be read: " + e.getMessage(), e);
        }
    }
}
