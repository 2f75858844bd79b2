package org.pothos.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pothos.testsupport.ImageAssertions.assertColor;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.imageio.ImageDecoder;
import org.pothos.imageio.ImageTooLargeException;
import org.pothos.imageio.JpegFrame;
import org.pothos.imageio.ScaledJpegDecoder;
import org.pothos.imageio.UnsupportedImageException;
import org.pothos.testsupport.TestImages.ExifSpec;

/**
 * What every {@link ScaledJpegDecoder} must do, alone and behind {@link ImageDecoder}: each implementation's test
 * extends this with its decoder.
 */
public abstract class ScaledJpegDecoderContract {

    private static final long LIMIT = 100_000_000L;

    @TempDir
    protected Path dir;

    private ScaledJpegDecoder scaled;
    private ImageDecoder decoder;

    /** The decoder under test. */
    protected abstract ScaledJpegDecoder decoder();

    @BeforeEach
    void createDecoder() {
        scaled = decoder();
        decoder = new ImageDecoder(scaled);
    }

    @Test
    void decodesAtTheRequestedDctScale() throws Exception {
        Path photo = TestImages.jpeg(dir, "photo.jpg", 4000, 3000);
        JpegFrame frame = JpegFrame.read(photo).orElseThrow();

        assertSize(500, 375, decodeScaled(photo, frame, 8));
        assertSize(1000, 750, decodeScaled(photo, frame, 4));
        assertSize(2000, 1500, decodeScaled(photo, frame, 2));
        assertEquals(BufferedImage.TYPE_INT_RGB, decodeScaled(photo, frame, 8).getType());
    }

    @Test
    void sidesThatDoNotDivideEvenlyRoundDown() throws Exception {
        Path photo = TestImages.jpeg(dir, "odd.jpg", 1001, 751);

        assertSize(125, 93, decodeScaled(photo, JpegFrame.read(photo).orElseThrow(), 8));
    }

    @Test
    void keepsColoursAndCorners() throws Exception {
        Path photo = TestImages.jpegWithExif(dir, "q.jpg", TestImages.quadrants(1600, 1200), ExifSpec.empty());

        BufferedImage image = decodeScaled(photo, JpegFrame.read(photo).orElseThrow(), 8);

        ImageAssertions.assertQuadrants(image);
    }

    @Test
    void thumbnailsOfLargePhotosHaveTheRequestedEdge() throws Exception {
        BufferedImage image = decoder.decode(TestImages.jpeg(dir, "big.jpg", 4000, 3000), 256, LIMIT);

        assertSize(256, 192, image);
        assertEquals(BufferedImage.TYPE_INT_RGB, image.getType());
    }

    @Test
    void aToleranceBelowTheEdgeSelectsASmallerScale() throws Exception {
        Path photo = TestImages.jpeg(dir, "wide.jpg", 4000, 3000);

        assertSize(1000, 750, decoder.decode(photo, 1024, 922, LIMIT));
        assertSize(1024, 768, decoder.decode(photo, 1024, 1024, LIMIT));
    }

    @Test
    void appliesEveryExifOrientation() throws Exception {
        ImageAssertions.assertUprightForEveryOrientation(dir, 960, 640, (file, edge) -> decoder.decode(file, edge, LIMIT));
    }

    @Test
    void decodesGreyscaleJpegs() throws Exception {
        Path gray = TestImages.grayJpeg(dir, "gray.jpg", 800, 600, 90);

        BufferedImage image = decodeScaled(gray, JpegFrame.read(gray).orElseThrow(), 4);

        assertSize(200, 150, image);
        assertColor(new Color(90, 90, 90), image.getRGB(100, 75), "grey stays grey");
    }

    @Test
    void decodesProgressiveJpegs() throws Exception {
        Path progressive = TestImages.progressiveJpeg(dir, "web.jpg", TestImages.quadrants(800, 600));

        BufferedImage image = decodeScaled(progressive, JpegFrame.read(progressive).orElseThrow(), 8);

        assertSize(100, 75, image);
        assertColor(TestImages.TOP_LEFT, image.getRGB(10, 10), "top left");
        assertColor(TestImages.BOTTOM_RIGHT, image.getRGB(90, 65), "bottom right");
    }

    @Test
    void cmykJpegsFallBackToImageIoWithRightColours() throws Exception {
        Path print = TestImages.cmykJpeg(dir, "print.jpg", 640, 480, 255, 0, 0, 0);

        BufferedImage image = decoder.decode(print, 256, LIMIT);

        assertSize(256, 192, image);
        Color color = new Color(image.getRGB(128, 96));
        assertTrue(color.getRed() < 80 && color.getGreen() > 140 && color.getBlue() > 180, "pure cyan ink looks cyan: " + color);
    }

    @Test
    void damagedDataIsReportedAsUnsupported() {
        Path damaged = TestImages.jpegWithoutQuantizationTables(dir, "damaged.jpg", 640, 480);

        assertThrows(UnsupportedImageException.class, () -> decoder.decode(damaged, 256, LIMIT));
    }

    @Test
    void truncatedFilesAreRefusedBeforeDecoding() {
        Path truncated = TestImages.truncatedJpeg(dir, "cut.jpg", 640, 480);

        UnsupportedImageException e = assertThrows(UnsupportedImageException.class, () -> decoder.decode(truncated, 256, LIMIT));

        assertEquals("truncated file", e.getMessage());
    }

    @Test
    void refusesDecompressionBombsFromTheFrameHeader() throws Exception {
        Path bomb = java.nio.file.Files.write(dir.resolve("bomb.jpg"), TestImages.flatJpeg(12000, 10000));

        ImageTooLargeException e = assertThrows(ImageTooLargeException.class, () -> decoder.decode(bomb, 256, LIMIT));

        assertEquals(120_000_000L, e.pixels());
    }

    @Test
    void decodesConcurrently() throws Exception {
        ImageAssertions.assertSameResultOnManyThreads(dir, (file, edge) -> decoder.decode(file, edge, LIMIT));
    }

    /** Calls the adapter directly, so a silent fallback to ImageIO cannot hide a broken native path. */
    private BufferedImage decodeScaled(Path file, JpegFrame frame, int denominator) throws Exception {
        return scaled.decode(file, frame, denominator).orElseThrow(() -> new AssertionError("the native decoder declined"));
    }

    private static void assertSize(int width, int height, BufferedImage image) {
        assertEquals(List.of(width, height), List.of(image.getWidth(), image.getHeight()), "size");
    }

}
