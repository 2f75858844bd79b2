package org.pothos.imageio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pothos.testsupport.ImageAssertions.assertColor;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.testsupport.ImageAssertions;
import org.pothos.testsupport.TestImages;
import org.pothos.testsupport.TestImages.ExifSpec;

class ImageDecoderTest {

    private static final long LIMIT = 100_000_000L;

    @TempDir
    Path dir;

    private final ImageDecoder decoder = new ImageDecoder();

    @Test
    void subsamplingIsTheLargestFactorKeepingTheEdgeAtLeastTwiceMaxEdge() {
        assertEquals(7, ImageDecoder.subsampling(4000, 256));
        assertTrue(4000 / 7 >= 512 && 4000 / 8 < 512);
        assertEquals(2, ImageDecoder.subsampling(1024, 256));
        assertEquals(1, ImageDecoder.subsampling(1023, 256));
        assertEquals(1, ImageDecoder.subsampling(100, 256));
        assertEquals(1, ImageDecoder.subsampling(100, Integer.MAX_VALUE));
    }

    @Test
    void dctScaleIsTheSmallestKeepingTheEdgeAtLeastMinEdge() {
        assertEquals(8, ImageDecoder.dctDenominator(4240, 256));
        assertEquals(4, ImageDecoder.dctDenominator(4240, 1024));
        assertEquals(4, ImageDecoder.dctDenominator(4000, 922));
        assertEquals(2, ImageDecoder.dctDenominator(4000, 1024));
        assertEquals(8, ImageDecoder.dctDenominator(2048, 256));
        assertEquals(4, ImageDecoder.dctDenominator(2047, 256), "2047 / 8 rounds down below 256");
        assertEquals(1, ImageDecoder.dctDenominator(300, 256));
    }

    @Test
    void damagedJpegDataIsReportedAsUnsupported() {
        Path damaged = TestImages.jpegWithoutQuantizationTables(dir, "damaged.jpg", 640, 480);

        assertThrows(UnsupportedImageException.class, () -> decoder.decode(damaged, 256, LIMIT));
    }

    @Test
    void fineStripesBecomeGreyInsteadOfAliasingToOneColour() throws Exception {
        // Stripes 8 px wide: keeping every 16th pixel would see only black; averaging sees both.
        BufferedImage stripes = new BufferedImage(4096, 256, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < stripes.getWidth(); x++) {
            int rgb = (x / 8) % 2 == 0 ? 0x000000 : 0xFFFFFF;
            for (int y = 0; y < stripes.getHeight(); y++) {
                stripes.setRGB(x, y, rgb);
            }
        }

        BufferedImage image = decoder.decode(TestImages.tiff(dir, "stripes.tif", stripes), 256, LIMIT);

        assertEquals(256, image.getWidth());
        assertColor(new Color(128, 128, 128), image.getRGB(128, 8), "striped area averages to grey");
    }

    @Test
    void decodesLargePhotoToMaxEdge() throws Exception {
        BufferedImage image = decoder.decode(TestImages.jpeg(dir, "big.jpg", 4000, 3000), 256, LIMIT);

        assertEquals(256, image.getWidth());
        assertEquals(192, image.getHeight());
        assertEquals(BufferedImage.TYPE_INT_RGB, image.getType());
    }

    @Test
    void neverEnlargesSmallImages() throws Exception {
        BufferedImage image = decoder.decode(TestImages.jpeg(dir, "small.jpg", 100, 80), 256, LIMIT);

        assertEquals(100, image.getWidth());
        assertEquals(80, image.getHeight());
    }

    @Test
    void appliesEveryExifOrientation() throws Exception {
        // Expected display corners follow the EXIF definition of each value (which stored side becomes the top).
        ImageAssertions.assertUprightForEveryOrientation(dir, 96, 64, (file, edge) -> decoder.decode(file, edge, LIMIT));
    }

    @Test
    void decodesCmykJpeg() throws Exception {
        BufferedImage image = decoder.decode(TestImages.cmykJpeg(dir, "print.jpg", 64, 48, 255, 0, 0, 0), 256, LIMIT);

        assertEquals(64, image.getWidth());
        Color color = new Color(image.getRGB(32, 24));
        assertTrue(color.getRed() < 80 && color.getGreen() > 140 && color.getBlue() > 180, "pure cyan ink looks cyan: " + color);
    }

    @Test
    void decodes16BitPng() throws Exception {
        BufferedImage image = decoder.decode(TestImages.png16bit(dir, "deep.png", 40, 30, 65535, 32896, 0), 256, LIMIT);

        assertColor(new Color(255, 128, 0), image.getRGB(20, 15), "16-bit orange");
    }

    @Test
    void decodesGrayscalePng() throws Exception {
        BufferedImage image = decoder.decode(TestImages.grayPng(dir, "gray.png", 40, 30, 128), 256, LIMIT);

        assertColor(new Color(128, 128, 128), image.getRGB(20, 15), "gray stays mid-gray");
    }

    @Test
    void compositesTransparencyOnWhite() throws Exception {
        BufferedImage image = decoder.decode(TestImages.pngWithAlpha(dir, "alpha.png", 40, 40), 256, LIMIT);

        assertColor(Color.WHITE, image.getRGB(2, 2), "transparent corner");
        assertColor(Color.BLACK, image.getRGB(20, 20), "opaque centre");
    }

    @Test
    void decodesFirstFrameOfAnimatedGif() throws Exception {
        BufferedImage image = decoder.decode(TestImages.gif(dir, "anim.gif", 60, 40, Color.RED, Color.BLUE), 256, LIMIT);

        assertEquals(60, image.getWidth());
        assertColor(Color.RED, image.getRGB(30, 20), "first frame");
    }

    @Test
    void decodesTiffBmpAndWebp() throws Exception {
        BufferedImage tiff = decoder.decode(TestImages.tiff(dir, "scan.tif", 800, 600), 256, LIMIT);
        BufferedImage bmp = decoder.decode(TestImages.bmp(dir, "paint.bmp", 600, 800), 256, LIMIT);
        BufferedImage webp = decoder.decode(TestImages.webp(dir, "web.webp", 5, 3, new Color(200, 100, 50)), 256, LIMIT);

        assertEquals(List.of(256, 192), List.of(tiff.getWidth(), tiff.getHeight()));
        assertEquals(List.of(192, 256), List.of(bmp.getWidth(), bmp.getHeight()));
        assertEquals(List.of(5, 3), List.of(webp.getWidth(), webp.getHeight()));
        assertColor(new Color(200, 100, 50), webp.getRGB(2, 1), "webp colour");
    }

    @Test
    void tiffColoursSurviveSubsampling() throws Exception {
        BufferedImage image = decoder.decode(TestImages.tiff(dir, "q.tif", TestImages.quadrants(1000, 800)), 100, LIMIT);

        assertColor(TestImages.TOP_LEFT, image.getRGB(5, 5), "top left");
        assertColor(TestImages.BOTTOM_RIGHT, image.getRGB(image.getWidth() - 5, image.getHeight() - 5), "bottom right");
    }

    @Test
    void refusesHugeImageFromItsHeaderBeforeAllocating() {
        Path bomb = TestImages.pngBomb(dir, "huge.png", 12000, 10000);

        ImageTooLargeException e = assertThrows(ImageTooLargeException.class, () -> decoder.decode(bomb, 256, LIMIT));

        assertEquals("image is 120 megapixels, above the 100 megapixel limit", e.getMessage());
        assertEquals(120_000_000L, e.pixels());
    }

    @Test
    void brokenFilesGiveTheInspectorsReason() {
        Path truncated = TestImages.truncatedJpeg(dir, "cut.jpg", 300, 200);

        UnsupportedImageException e = assertThrows(UnsupportedImageException.class, () -> decoder.decode(truncated, 256, LIMIT));

        assertEquals("truncated file", e.getMessage());
    }

    @Test
    void decodesConcurrently() throws Exception {
        ImageAssertions.assertSameResultOnManyThreads(dir, (file, edge) -> decoder.decode(file, edge, LIMIT));
    }

    @Test
    void readsEmbeddedExifThumbnail() throws Exception {
        Path withPreview = TestImages.jpegWithExif(dir, "cam.jpg", 1200, 900, ExifSpec.empty().littleEndian().withThumbnail());
        Path withoutPreview = TestImages.jpegWithExif(dir, "plain.jpg", 1200, 900, ExifSpec.empty().takenAt(LocalDateTime.of(2020, 1, 2, 3, 4, 5)));

        byte[] jpeg = decoder.readExifThumbnail(withPreview).orElseThrow();
        BufferedImage preview = ImageIO.read(new ByteArrayInputStream(jpeg));

        assertEquals(TestImages.EXIF_THUMBNAIL_WIDTH, preview.getWidth());
        assertEquals(TestImages.EXIF_THUMBNAIL_HEIGHT, preview.getHeight());
        assertTrue(decoder.readExifThumbnail(withoutPreview).isEmpty());
        assertTrue(decoder.readExifThumbnail(TestImages.png(dir, "a.png", 20, 20)).isEmpty());
        assertTrue(decoder.readExifThumbnail(TestImages.textNamedJpg(dir, "t.jpg")).isEmpty());
    }

    @Test
    void exifThumbnailReaderReportsOrientation() throws Exception {
        Path file = TestImages.jpegWithExif(dir, "turned.jpg", 300, 200, ExifSpec.empty().orientation(8).withThumbnail());

        assertEquals(8, new ExifThumbnailReader().read(file).orElseThrow().orientation());
    }

}
