package org.pothos.codecs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pothos.imageio.JpegEncoder;
import org.pothos.testsupport.JpegEncoderContract;
import org.pothos.testsupport.TestImages;

/** Runs where libturbojpeg is installed (Debian: libturbojpeg0, which .ci/run installs); skipped elsewhere. */
class TurboJpegEncoderTest extends JpegEncoderContract {

    private static final int DQT = 0xDB;

    @BeforeAll
    static void needsTheLibrary() {
        assumeTrue(TurboJpegEncoder.load().isPresent(), "libturbojpeg is not installed");
    }

    @Override
    protected JpegEncoder encoder() {
        return TurboJpegEncoder.load().orElseThrow().orElse(JpegEncoder.imageIo());
    }

    @Test
    void packedPicturesAreEncodedByLibjpegTurboAndOthersByTheFallback() throws Exception {
        AtomicInteger fallbackCalls = new AtomicInteger();
        JpegEncoder imageIo = JpegEncoder.imageIo();
        JpegEncoder encoder = TurboJpegEncoder.load().orElseThrow().orElse((image, quality) -> {
            fallbackCalls.incrementAndGet();
            return imageIo.encode(image, quality);
        });

        encoder.encode(TestImages.picture(64, 48), 0.85f);
        assertEquals(0, fallbackCalls.get(), "a packed RGB picture");
        encoder.encode(new BufferedImage(64, 48, BufferedImage.TYPE_INT_ARGB), 0.85f);
        assertEquals(1, fallbackCalls.get(), "a picture with alpha");
    }

    @Test
    void quantisesAsImageIoDoesAtTheSameQuality() throws Exception {
        BufferedImage picture = TestImages.picture(320, 240);
        for (float quality : new float[] {0.3f, 0.6f, 0.85f, 0.95f}) {
            byte[] imageIo = segment(JpegEncoder.imageIo().encode(picture, quality), DQT);
            byte[] turbo = segment(encoder().encode(picture, quality), DQT);
            assertEquals(imageIo.length, turbo.length);
            for (int i = 0; i < imageIo.length; i++) {
                // ImageIO scales the tables in float arithmetic, libjpeg in integers: one step apart at most.
                assertTrue(Math.abs((imageIo[i] & 0xFF) - (turbo[i] & 0xFF)) <= 1, "entry " + i + " at quality " + quality);
            }
        }
    }
}
