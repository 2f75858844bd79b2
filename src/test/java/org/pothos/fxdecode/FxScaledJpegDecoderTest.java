package org.pothos.fxdecode;

import org.pothos.imageio.ScaledJpegDecoder;
import org.pothos.testsupport.ScaledJpegDecoderContract;

class FxScaledJpegDecoderTest extends ScaledJpegDecoderContract {

    @Override
    protected ScaledJpegDecoder decoder() {
        return new FxScaledJpegDecoder();
    }
}
