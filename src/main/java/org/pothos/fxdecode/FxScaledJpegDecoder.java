package org.pothos.fxdecode;

import com.sun.javafx.iio.ImageFrame;
import com.sun.javafx.iio.ImageStorage;
import com.sun.javafx.iio.ImageStorageException;
import org.pothos.imageio.JpegFrame;
import org.pothos.imageio.ScaledJpegDecoder;
import org.pothos.imageio.UnsupportedImageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

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
    /** libjpeg pulls its input in small chunks through JNI; a larger buffer turns them into fewer file reads. */
    private static final int READ_BUFFER = 64 * 1024;

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
        ImageFrame[] frames;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), READ_BUFFER)) {
            frames = ImageStorage.getInstance().loadAll(in, null, width, height, false, 1f, true);
        } catch (ImageStorageException | RuntimeException e) {
            // Like ImageIO's readers, the loader reports damaged data both ways; either means no picture.
            throw new UnsupportedImageException("corrupt image data", e);
        } catch (LinkageError e) {
            available = false;
            LOG.warn("JavaFX's native JPEG decoder is unavailable; JPEGs are decoded with ImageIO", e);
            return Optional.empty();
        }
        if (frames == null || frames.length == 0 || frames[0] == null) {
            throw new UnsupportedImageException("corrupt image data");
        }
        return toRgb(frames[0]);
    }

    /** Packs the decoder's RGB or grey bytes into an int-per-pixel image; other layouts are left to ImageIO. */
    private static Optional<BufferedImage> toRgb(ImageFrame frame) {
        boolean rgb = frame.getImageType() == ImageStorage.ImageType.RGB;
        boolean gray = frame.getImageType() == ImageStorage.ImageType.GRAY;
        if (!(rgb || gray) || !(frame.getImageData() instanceof ByteBuffer buffer) || !buffer.hasArray()) {
            return Optional.empty();
        }
        byte[] data = buffer.array();
        int width = frame.getWidth();
        int height = frame.getHeight();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < height; y++) {
            int source = buffer.arrayOffset() + y * frame.getStride();
            int target = y * width;
            if (rgb) {
                for (int x = 0; x < width; x++, source += 3) {
                    pixels[target + x] = (data[source] & 0xFF) << 16 | (data[source + 1] & 0xFF) << 8 | data[source + 2] & 0xFF;
                }
            } else {
                for (int x = 0; x < width; x++, source++) {
                    pixels[target + x] = (data[source] & 0xFF) * 0x010101;
                }
            }
        }
        return Optional.of(image);
    }
}
