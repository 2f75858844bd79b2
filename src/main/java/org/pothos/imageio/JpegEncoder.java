package org.pothos.imageio;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes baseline JPEGs (4:2:0, standard tables) that carry no metadata at all: no EXIF, so no GPS position or
 * camera serial, which makes the output safe to hand to other programs. Transparent areas become white.
 * Implementations are thread-safe.
 */
public interface JpegEncoder {

    /** @param quality 0..1 as ImageIO counts it: {@code q} quantises as libjpeg's quality {@code 100 q} does */
    byte[] encode(BufferedImage image, float quality) throws IOException;

    default void write(BufferedImage image, float quality, Path target) throws IOException {
        Files.write(target, encode(image, quality));
    }

    /** ImageIO's encoder, which every JDK has. */
    static JpegEncoder imageIo() {
        return new ImageIoJpegEncoder();
    }

    static void checkQuality(float quality) {
        if (!(quality >= 0f && quality <= 1f)) {
            throw new IllegalArgumentException("quality must be within 0..1: " + quality);
        }
    }
}
