package org.pothos.imageio;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Decodes HEIF and AVIF pictures (phones' HEIC). The implementation lives outside this package: it calls libheif,
 * which the system may or may not have, so {@link ImageDecoder} asks {@link #isAvailable()} first and reports
 * {@link #UNAVAILABLE} for pictures it cannot show.
 */
public interface HeifDecoder {

    /** The reason a HEIF or AVIF picture gets no thumbnail on a system without libheif. */
    String UNAVAILABLE = "HEIC decoder not available";

    /** For callers without libheif: every HEIF picture is reported as not decodable. */
    HeifDecoder NONE = new HeifDecoder() {
        @Override
        public boolean isAvailable() {
            return false;
        }

        @Override
        public BufferedImage decode(Path file, int minEdge, long maxPixels) throws UnsupportedImageException {
            throw new UnsupportedImageException(UNAVAILABLE);
        }
    };

    boolean isAvailable();

    /**
     * The primary picture, upright (the container's rotation and mirroring applied), opaque TYPE_INT_RGB. When the
     * file holds a thumbnail whose longest edge reaches {@code minEdge}, that thumbnail is decoded instead, which is
     * many times faster for grid thumbnails.
     *
     * @throws ImageTooLargeException  when the picture announces more than {@code maxPixels}, before decoding
     * @throws UnsupportedImageException when the data is damaged or the decoder is not available
     */
    BufferedImage decode(Path file, int minEdge, long maxPixels) throws IOException, UnsupportedImageException, ImageTooLargeException;
}
