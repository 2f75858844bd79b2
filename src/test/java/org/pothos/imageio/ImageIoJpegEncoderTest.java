package org.pothos.imageio;

import org.pothos.testsupport.JpegEncoderContract;

class ImageIoJpegEncoderTest extends JpegEncoderContract {

    @Override
    protected JpegEncoder encoder() {
        return JpegEncoder.imageIo();
    }
}
