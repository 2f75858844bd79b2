package org.pothos.imageio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class OrientationTest {

    /** Stored 3x2 image with pixel values 1..6 row by row:  1 2 3 / 4 5 6. */
    private static final int[] STORED = {1, 2, 3, 4, 5, 6};

    @Test
    void mapsEveryPixelExactly() {
        assertDisplayed(2, 3, 2, 3, 2, 1, 6, 5, 4);
        assertDisplayed(3, 3, 2, 6, 5, 4, 3, 2, 1);
        assertDisplayed(4, 3, 2, 4, 5, 6, 1, 2, 3);
        assertDisplayed(5, 2, 3, 1, 4, 2, 5, 3, 6);
        assertDisplayed(6, 2, 3, 4, 1, 5, 2, 6, 3);
        assertDisplayed(7, 2, 3, 6, 3, 5, 2, 4, 1);
        assertDisplayed(8, 2, 3, 3, 6, 2, 5, 1, 4);
    }

    @Test
    void normalAndInvalidValuesReturnTheSameImage() {
        BufferedImage image = stored();
        assertSame(image, Orientation.apply(image, 1));
        assertSame(image, Orientation.apply(image, 0));
        assertSame(image, Orientation.apply(image, 9));
    }

    private static void assertDisplayed(int orientation, int width, int height, int... expected) {
        BufferedImage result = Orientation.apply(stored(), orientation);
        int[] actual = new int[width * height];
        for (int i = 0; i < actual.length; i++) {
            actual[i] = result.getRGB(i % width, i / width) & 0xFFFFFF;
        }
        assertArrayEquals(expected, actual, "orientation " + orientation);
    }

    private static BufferedImage stored() {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 3, 2, STORED, 0, 3);
        return image;
    }
}
