package org.pothos.imageio;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Decodes a JPEG directly at 1/2, 1/4 or 1/8 of its size by scaling in the DCT domain, which skips most of the
 * inverse transform, upsampling and colour conversion work of a full-size decode. Implementations live outside
 * this package (they may use a native library); {@link ImageDecoder} falls back to ImageIO whenever one is
 * missing or declines.
 */
public interface ScaledJpegDecoder {

    /** For callers with no native decoder at hand: always declines, so every JPEG goes through ImageIO. */
    ScaledJpegDecoder NONE = (file, frame, denominator) -> Optional.empty();

    /**
     * Only called for frames that are {@link JpegFrame#isCommonPhoto() common photos} and already within the pixel
     * limit.
     *
     * @param denominator 1, 2, 4 or 8
     * @return the picture as stored (not yet turned upright), opaque TYPE_INT_RGB, each side its stored size divided
     *         by {@code denominator}, rounded down but at least 1; empty when this decoder cannot serve the call (for
     *         example, its native library did not load)
     * @throws UnsupportedImageException when the compressed data is damaged
     */
    Optional<BufferedImage> decode(Path file, JpegFrame frame, int denominator) throws IOException, UnsupportedImageException;

    /** This decoder, and {@code next} for the calls it declines (its library did not load, say). */
    default ScaledJpegDecoder orElse(ScaledJpegDecoder next) {
        return (file, frame, denominator) -> {
            Optional<BufferedImage> image = decode(file, frame, denominator);
            return image.isPresent() ? image : next.decode(file, frame, denominator);
        };
    }
}
