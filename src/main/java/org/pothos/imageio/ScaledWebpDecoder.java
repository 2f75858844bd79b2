package org.pothos.imageio;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Decodes a WebP picture straight to a smaller size, so that neither the time nor the memory of a full-size picture
 * is spent on a thumbnail. Implementations live outside this package (a native library); {@link ImageDecoder} falls
 * back to ImageIO whenever one is missing or declines.
 */
public interface ScaledWebpDecoder {

    /** For callers with no native decoder at hand: always declines, so every WebP goes through ImageIO. */
    ScaledWebpDecoder NONE = (file, maxEdge) -> Optional.empty();

    /**
     * Only called for pictures already within the pixel limit.
     *
     * @return the picture as stored (not yet turned upright), opaque TYPE_INT_RGB (transparent areas on white), its
     *         longest edge at most {@code maxEdge} (never enlarged); empty when this decoder cannot serve the call
     *         (its library did not load, an animation)
     * @throws UnsupportedImageException when the compressed data is damaged
     */
    Optional<BufferedImage> decode(Path file, int maxEdge) throws IOException, UnsupportedImageException;
}
