package org.pothos.fxdecode;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.pothos.imageio.JpegFrame;
import org.pothos.imageio.ScaledJpegDecoder;
import org.pothos.imageio.UnsupportedImageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes JPEGs at 1/2, 1/4 or 1/8 scale with the libjpeg that JavaFX's graphics module bundles (native
 * {@code javafx_iio}). libjpeg scales in the DCT domain, skipping the full-size inverse transform, upsampling and
 * colour conversion that the JDK's JPEG reader does for every row even when asked to subsample; what remains is
 * mostly entropy decoding.
 *
 * <p>A documented departure from "services know nothing of JavaFX": this adapter is the one place outside the UI
 * that touches JavaFX, and it uses only its image-loading library ({@code com.sun.javafx.iio}), which runs without
 * the toolkit, so the command line and the import pool keep working headless. It sits in its own package behind
 * {@link ScaledJpegDecoder}, which {@code imageio} owns, and the composition root wires it in; when the native
 * library cannot load or the package is not accessible, it declines every call and ImageIO decodes instead.
 * Launched from the class path ({@code java -jar target/pothos.jar}, the tests) the package is reachable; with
 * JavaFX on the module path it needs {@code --add-exports javafx.graphics/com.sun.javafx.iio=ALL-UNNAMED}.
 *
 * <p>Embedded ICC profiles are ignored (pixels are taken as sRGB), as JavaFX's own image views do.
 */
public final class FxScaledJpegDecoder implements ScaledJpegDecoder {

    private static final Logger LOG = LoggerFactory.getLogger(FxScaledJpegDecoder.class);

    private volatile boolean available = true;

    @Override
    public Optional<BufferedImage> decode(Path file, JpegFrame frame, int denominator)
            throws IOException, UnsupportedImageException {
        if (!available) {
            return Optional.empty();
        }
        // libjpeg picks the scale from the requested size: asking for at most 1/denominator of each side selects
        // exactly that scale. Its output rounds up, so JavaFX trims the odd last column or row when the stored size
        // is not a multiple of the denominator.
        int width = Math.max(1, frame.width() / denominator);
        int height = Math.max(1, frame.height() / denominator);
        try {
            return FxJpegLoader.load(file, width, height);
        } catch (LinkageError e) {
            // Also what an inaccessible com.sun.javafx.iio (JavaFX on the module path) looks like; the loader is a
            // class of its own so that this catch does not itself need the JavaFX classes.
            available = false;
            LOG.warn("JavaFX's native JPEG decoder is unavailable; JPEGs are decoded with ImageIO", e);
            return Optional.empty();
        }
    }
}
