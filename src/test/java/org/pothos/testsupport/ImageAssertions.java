package org.pothos.testsupport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.pothos.testsupport.TestImages.ExifSpec;

/** Checks on decoded pictures that several decoders' tests share. */
public final class ImageAssertions {

    /** Decodes one file into a picture whose longest edge is the given size. */
    @FunctionalInterface
    public interface Decode {
        BufferedImage fitWithin(Path file, int maxEdge) throws Exception;
    }

    private ImageAssertions() {
    }

    /**
     * Twelve decodes of one turned 1600 × 1200 photo on four threads at once all give the same
     * upright 150 × 200 pixels.
     */
    public static void assertSameResultOnManyThreads(Path dir, Decode decode) throws Exception {
        Path photo = TestImages.jpegWithExif(dir, "p.jpg", 1600, 1200, ExifSpec.empty().orientation(6));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<BufferedImage>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                results.add(pool.submit(() -> decode.fitWithin(photo, 200)));
            }
            int[] first = null;
            for (Future<BufferedImage> result : results) {
                BufferedImage image = result.get(30, TimeUnit.SECONDS);
                assertEquals(List.of(150, 200), List.of(image.getWidth(), image.getHeight()));
                int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
                if (first == null) {
                    first = pixels;
                }
                assertArrayEquals(first, pixels, "every thread decodes the same pixels");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A {@link TestImages#quadrants} picture has its four colours in their corners, 10 pixels in. */
    public static void assertQuadrants(BufferedImage image) {
        int right = image.getWidth() - 11;
        int bottom = image.getHeight() - 11;
        assertColor(TestImages.TOP_LEFT, image.getRGB(10, 10), "top left");
        assertColor(TestImages.TOP_RIGHT, image.getRGB(right, 10), "top right");
        assertColor(TestImages.BOTTOM_LEFT, image.getRGB(10, bottom), "bottom left");
        assertColor(TestImages.BOTTOM_RIGHT, image.getRGB(right, bottom), "bottom right");
    }

    /** Colours within JPEG's error of each other. */
    public static void assertColor(Color expected, int rgb, String what) {
        Color actual = new Color(rgb);
        int tolerance = 12;
        boolean close = Math.abs(expected.getRed() - actual.getRed()) <= tolerance
                && Math.abs(expected.getGreen() - actual.getGreen()) <= tolerance
                && Math.abs(expected.getBlue() - actual.getBlue()) <= tolerance;
        assertTrue(close, what + ": expected " + expected + " but was " + actual);
    }

    /**
     * A quadrant picture of {@code width × height} (3:2) saved with each EXIF orientation 1–8 comes
     * out upright: the right size and the right colours in its top corners.
     */
    public static void assertUprightForEveryOrientation(Path dir, int width, int height, Decode decode) throws Exception {
        Color[][] expectedTopLeftAndTopRight = {
                {TestImages.TOP_LEFT, TestImages.TOP_RIGHT},         // 1 as stored
                {TestImages.TOP_RIGHT, TestImages.TOP_LEFT},         // 2 mirrored
                {TestImages.BOTTOM_RIGHT, TestImages.BOTTOM_LEFT},   // 3 turned half way
                {TestImages.BOTTOM_LEFT, TestImages.BOTTOM_RIGHT},   // 4 flipped
                {TestImages.TOP_LEFT, TestImages.BOTTOM_LEFT},       // 5 transposed
                {TestImages.BOTTOM_LEFT, TestImages.TOP_LEFT},       // 6 turned clockwise
                {TestImages.BOTTOM_RIGHT, TestImages.TOP_RIGHT},     // 7 transversed
                {TestImages.TOP_RIGHT, TestImages.BOTTOM_RIGHT},     // 8 turned counter-clockwise
        };
        for (int orientation = 1; orientation <= 8; orientation++) {
            Path file = TestImages.jpegWithExif(dir, "o" + orientation + ".jpg", TestImages.quadrants(width, height),
                    ExifSpec.empty().orientation(orientation));

            BufferedImage image = decode.fitWithin(file, 96);

            boolean quarterTurn = orientation >= 5;
            assertEquals(quarterTurn ? 64 : 96, image.getWidth(), "width for orientation " + orientation);
            assertEquals(quarterTurn ? 96 : 64, image.getHeight(), "height for orientation " + orientation);
            assertColor(expectedTopLeftAndTopRight[orientation - 1][0], image.getRGB(4, 4), "top left, orientation " + orientation);
            assertColor(expectedTopLeftAndTopRight[orientation - 1][1], image.getRGB(image.getWidth() - 5, 4),
                    "top right, orientation " + orientation);
        }
    }
}
