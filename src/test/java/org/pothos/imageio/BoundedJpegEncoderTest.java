package org.pothos.imageio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.pothos.testsupport.TestImages;

class BoundedJpegEncoderTest {

    private final BoundedJpegEncoder bounded = new BoundedJpegEncoder();
    private final JpegEncoder plain = JpegEncoder.imageIo();

    @Test
    void imagesWithinTheBudgetAreEncodedOnceAtTheRequestedQuality() throws Exception {
        BufferedImage photo = TestImages.picture(640, 480);
        byte[] expected = plain.encode(photo, 0.85f);

        assertArrayEquals(expected, bounded.encode(photo, 0.85f, expected.length));
    }

    @Test
    void noisyImagesGiveUpQualityThenSizeToFit() throws Exception {
        BufferedImage noise = noise(1024, 683);
        int atRequestedQuality = plain.encode(noise, 0.85f).length;
        int atQualityFloor = plain.encode(noise, BoundedJpegEncoder.QUALITY_FLOOR).length;
        int budget = atQualityFloor / 2;

        byte[] jpeg = bounded.encode(noise, 0.85f, budget);

        assertTrue(atRequestedQuality > budget, "the test image must exceed the budget: " + atRequestedQuality);
        assertTrue(jpeg.length <= budget, jpeg.length + " bytes within " + budget);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertTrue(decoded.getWidth() < 1024, "only a smaller picture fits: " + decoded.getWidth());
        assertEquals(1024.0 / 683, (double) decoded.getWidth() / decoded.getHeight(), 0.01, "aspect ratio kept");
    }

    private static BufferedImage noise(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt() & 0xFFFFFF);
            }
        }
        return image;
    }
}
