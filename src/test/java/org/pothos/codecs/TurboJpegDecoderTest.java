package org.pothos.codecs;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;
import org.pothos.imageio.ScaledJpegDecoder;
import org.pothos.testsupport.ScaledJpegDecoderContract;

/** Runs where libturbojpeg is installed (Debian: libturbojpeg0, which .ci/run installs); skipped elsewhere. */
class TurboJpegDecoderTest extends ScaledJpegDecoderContract {

    @BeforeAll
    static void needsTheLibrary() {
        assumeTrue(TurboJpegDecoder.load().isPresent(), "libturbojpeg is not installed");
    }

    @Override
    protected ScaledJpegDecoder decoder() {
        return TurboJpegDecoder.load().map(ScaledJpegDecoder.class::cast).orElse(ScaledJpegDecoder.NONE);
    }
}
