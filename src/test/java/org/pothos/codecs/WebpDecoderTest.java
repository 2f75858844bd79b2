package org.pothos.codecs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.pothos.testsupport.ImageAssertions.assertColor;
import static org.pothos.testsupport.ImageAssertions.assertQuadrants;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.imageio.ImageDecoder;
import org.pothos.imageio.ScaledJpegDecoder;
import org.pothos.imageio.UnsupportedImageException;
import org.pothos.testsupport.TestImages;
import org.pothos.testsupport.WebpFiles;

/** Runs where libwebp is installed (Debian: libwebp7, which .ci/run installs); skipped elsewhere. */
class WebpDecoderTest {

    private static final long LIMIT = 100_000_000L;

    @TempDir
    Path dir;

    private static WebpDecoder webp;

    @BeforeAll
    static void needsTheLibrary() {
        webp = WebpDecoder.load().orElse(null);
        assumeTrue(webp != null, "libwebp is not installed");
    }

    @Test
    void structuresHaveTheSizesOfLibwebpsHeader() {
        // sizeof() of each struct in decode.h at ABI 0x0209 on a 64-bit system.
        assumeTrue(java.lang.foreign.ValueLayout.ADDRESS.byteSize() == 8, "64-bit layout");
        assertEquals(40, WebpDecoder.FEATURES.byteSize());
        assertEquals(120, WebpDecoder.DECODE_BUFFER.byteSize());
        assertEquals(76, WebpDecoder.OPTIONS.byteSize());
        assertEquals(240, WebpDecoder.CONFIG.byteSize());
    }

    @Test
    void scalesALossyPhotoWhileDecoding() throws Exception {
        Path file = WebpFiles.lossy(dir, "q.webp", TestImages.quadrants(1600, 1200), 80);

        BufferedImage image = webp.decode(file, 256).orElseThrow();

        assertEquals(List.of(256, 192), List.of(image.getWidth(), image.getHeight()));
        assertEquals(BufferedImage.TYPE_INT_RGB, image.getType());
        assertQuadrants(image);
    }

    @Test
    void neverEnlargesAndReadsLosslessFiles() throws Exception {
        Path file = TestImages.webp(dir, "flat.webp", 5, 3, new Color(200, 100, 50));

        BufferedImage image = webp.decode(file, 256).orElseThrow();

        assertEquals(List.of(5, 3), List.of(image.getWidth(), image.getHeight()));
        assertColor(new Color(200, 100, 50), image.getRGB(2, 1), "colour");
    }

    @Test
    void compositesTransparencyOnWhite() throws Exception {
        BufferedImage picture = new BufferedImage(400, 400, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(100, 100, 200, 200);
        g.setColor(new Color(255, 0, 0, 128));
        g.fillRect(0, 300, 400, 100);
        g.dispose();
        Path file = WebpFiles.lossy(dir, "alpha.webp", picture, 90);

        BufferedImage image = webp.decode(file, 100).orElseThrow();

        assertColor(Color.WHITE, image.getRGB(5, 5), "transparent corner");
        assertColor(Color.BLACK, image.getRGB(50, 50), "opaque centre");
        assertColor(new Color(255, 127, 127), image.getRGB(50, 90), "half-transparent red on white");
    }

    @Test
    void declinesAnimationsSoImageIoReadsTheirFirstFrame() throws Exception {
        Path file = WebpFiles.animated(dir, "anim.webp", flat(60, 40, Color.RED), flat(60, 40, Color.BLUE));

        assertTrue(webp.decode(file, 256).isEmpty());
        BufferedImage first = new ImageDecoder(ScaledJpegDecoder.NONE, webp).decode(file, 256, LIMIT);
        assertColor(Color.RED, first.getRGB(30, 20), "first frame");
    }

    @Test
    void damagedDataIsReportedAsUnsupported() throws Exception {
        Path good = WebpFiles.lossy(dir, "good.webp", TestImages.picture(800, 600), 80);
        byte[] bytes = Files.readAllBytes(good);
        Arrays.fill(bytes, 40, bytes.length, (byte) 0x5A);
        Path damaged = Files.write(dir.resolve("damaged.webp"), bytes);

        assertThrows(UnsupportedImageException.class, () -> webp.decode(damaged, 256));
    }

    @Test
    void cutFilesAreReportedAsTruncated() throws Exception {
        Path good = WebpFiles.lossy(dir, "whole.webp", TestImages.picture(800, 600), 80);
        byte[] bytes = Files.readAllBytes(good);
        Path cut = Files.write(dir.resolve("cut.webp"), Arrays.copyOf(bytes, 20));

        UnsupportedImageException e = assertThrows(UnsupportedImageException.class, () -> webp.decode(cut, 256));

        assertEquals("truncated file", e.getMessage());
    }

    @Test
    void decodesBehindTheImageDecoderAtTheRequestedEdge() throws Exception {
        ImageDecoder decoder = new ImageDecoder(ScaledJpegDecoder.NONE, webp);

        BufferedImage image = decoder.decode(WebpFiles.lossy(dir, "p.webp", TestImages.picture(2000, 1000), 80), 300, LIMIT);

        assertEquals(List.of(300, 150), List.of(image.getWidth(), image.getHeight()));
    }

    private static BufferedImage flat(int width, int height, Color color) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }
}
