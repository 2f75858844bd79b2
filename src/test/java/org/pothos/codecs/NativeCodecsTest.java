package org.pothos.codecs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.fxdecode.FxScaledJpegDecoder;
import org.pothos.imageio.HeifDecoder;
import org.pothos.imageio.ImageDecoder;
import org.pothos.imageio.ScaledJpegDecoder;
import org.pothos.testsupport.TestImages;

/** The run-time choice of decoders: the native one where it is, the fallback for what it declines or lacks. */
class NativeCodecsTest {

    private static final long LIMIT = 100_000_000L;

    @TempDir
    Path dir;

    @Test
    void jpegsGoToTheFallbackWhenTheNativeDecoderDeclines() throws Exception {
        AtomicInteger fallbackCalls = new AtomicInteger();
        ScaledJpegDecoder javaFx = new FxScaledJpegDecoder();
        ScaledJpegDecoder counted = (file, frame, denominator) -> {
            fallbackCalls.incrementAndGet();
            return javaFx.decode(file, frame, denominator);
        };
        ScaledJpegDecoder declining = (file, frame, denominator) -> Optional.empty();

        BufferedImage image = new ImageDecoder(declining.orElse(counted)).decode(TestImages.jpeg(dir, "p.jpg", 1600, 1200), 200, LIMIT);

        assertEquals(List.of(200, 150), List.of(image.getWidth(), image.getHeight()));
        assertEquals(1, fallbackCalls.get());
    }

    @Test
    void libjpegTurboDecodesWhereTheSystemHasIt() throws Exception {
        assumeTrue(TurboJpegDecoder.load().isPresent(), "libturbojpeg is not installed");
        AtomicInteger fallbackCalls = new AtomicInteger();
        ScaledJpegDecoder counted = (file, frame, denominator) -> {
            fallbackCalls.incrementAndGet();
            return Optional.empty();
        };

        BufferedImage image = NativeCodecs.imageDecoder(counted, HeifDecoder.NONE).decode(TestImages.jpeg(dir, "p.jpg", 1600, 1200), 200, LIMIT);

        assertEquals(List.of(200, 150), List.of(image.getWidth(), image.getHeight()));
        assertEquals(0, fallbackCalls.get(), "libjpeg-turbo answered");
        assertTrue(NativeCodecs.describe().startsWith("JPEG libjpeg-turbo,"), NativeCodecs.describe());
    }
}
