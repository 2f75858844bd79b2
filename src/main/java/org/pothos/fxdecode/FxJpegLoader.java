package org.pothos.fxdecode;

import com.sun.javafx.iio.ImageFrame;
import com.sun.javafx.iio.ImageStorage;
import com.sun.javafx.iio.ImageStorageException;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.pothos.imageio.UnsupportedImageException;

/** The calls into JavaFX's image loader, kept apart so that its absence surfaces as one catchable error. */
final class FxJpegLoader {

    /** libjpeg pulls its input in small chunks through JNI; a larger buffer turns them into fewer file reads. */
    private static final int READ_BUFFER = 64 * 1024;

    private FxJpegLoader() {
    }

    /** Decodes at the DCT scale that yields at least this size, trimmed to exactly it; see {@link FxScaledJpegDecoder}. */
    static Optional<BufferedImage> load(Path file, int width, int height) throws IOException, UnsupportedImageException {
        ImageFrame[] frames;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), READ_BUFFER)) {
            frames = ImageStorage.getInstance().loadAll(in, null, width, height, false, 1f, true);
        } catch (ImageStorageException | RuntimeException e) {
            // Like ImageIO's readers, the loader reports damaged data both ways; either means no picture.
            throw new UnsupportedImageException("corrupt image data", e);
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
