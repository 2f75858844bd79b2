package org.pothos.imageio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class ResamplerTest {

    @Test
    void halvingAveragesEachTwoByTwoBlockPerChannel() {
        BufferedImage image = new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xFF0000);
        image.setRGB(1, 0, 0x00FF00);
        image.setRGB(0, 1, 0x0000FF);
        image.setRGB(1, 1, 0xFFFFFF);
        image.setRGB(2, 0, 0x102030);
        image.setRGB(3, 0, 0x102030);
        image.setRGB(2, 1, 0x102030);
        image.setRGB(3, 1, 0x102030);

        BufferedImage half = Resampler.halve(image);

        assertEquals(2, half.getWidth());
        assertEquals(1, half.getHeight());
        assertEquals(0x808080, half.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(0x102030, half.getRGB(1, 0) & 0xFFFFFF);
    }

    @Test
    void bilinearKeepsFlatAreasAndBlendsEdges() {
        BufferedImage image = new BufferedImage(100, 10, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 100; x++) {
            for (int y = 0; y < 10; y++) {
                image.setRGB(x, y, x < 50 ? 0xC81E64 : 0x000000);
            }
        }

        BufferedImage scaled = Resampler.bilinear(image, 75, 8);

        assertEquals(75, scaled.getWidth());
        assertEquals(8, scaled.getHeight());
        assertEquals(0xC81E64, scaled.getRGB(5, 4) & 0xFFFFFF);
        assertEquals(0x000000, scaled.getRGB(70, 4) & 0xFFFFFF);
        int edge = scaled.getRGB(37, 4) & 0xFFFFFF;
        assertTrue(edge != 0xC81E64 && edge != 0, "the edge pixel mixes both sides: " + Integer.toHexString(edge));
    }

    @Test
    void handlesOnlyPlainIntRgbImages() {
        BufferedImage rgb = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);

        assertTrue(PackedRgb.is(rgb));
        assertFalse(PackedRgb.is(rgb.getSubimage(2, 2, 4, 4)));
        assertFalse(PackedRgb.is(new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB)));
        assertFalse(PackedRgb.is(new BufferedImage(8, 8, BufferedImage.TYPE_3BYTE_BGR)));
    }
}
