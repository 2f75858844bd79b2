package org.pothos.imageio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.testsupport.TestImages;
import org.pothos.testsupport.TestImages.ExifSpec;

class JpegFrameTest {

    @TempDir
    Path dir;

    @Test
    void readsTheFrameBehindExifSegments() throws Exception {
        Path photo = TestImages.jpegWithExif(dir, "cam.jpg", 640, 480, ExifSpec.empty().orientation(6).withThumbnail());

        JpegFrame frame = JpegFrame.read(photo).orElseThrow();

        assertEquals(new JpegFrame(0xC0, 8, 640, 480, 3), frame);
        assertTrue(frame.isCommonPhoto());
    }

    @Test
    void greyAndProgressiveAreCommonCmykIsNot() throws Exception {
        JpegFrame gray = JpegFrame.read(TestImages.grayJpeg(dir, "g.jpg", 40, 30, 128)).orElseThrow();
        JpegFrame progressive = JpegFrame.read(TestImages.progressiveJpeg(dir, "p.jpg", TestImages.picture(40, 30))).orElseThrow();
        JpegFrame cmyk = JpegFrame.read(TestImages.cmykJpeg(dir, "c.jpg", 40, 30, 0, 255, 0, 0)).orElseThrow();

        assertEquals(1, gray.components());
        assertTrue(gray.isCommonPhoto());
        assertEquals(0xC2, progressive.marker());
        assertTrue(progressive.isCommonPhoto());
        assertEquals(4, cmyk.components());
        assertFalse(cmyk.isCommonPhoto());
    }

    @Test
    void noFrameNoJpegOrCutShortGivesNothing() throws Exception {
        assertTrue(JpegFrame.read(TestImages.jpegWithoutFrame(dir, "empty.jpg")).isEmpty());
        assertTrue(JpegFrame.read(TestImages.png(dir, "a.png", 20, 20)).isEmpty());
        assertTrue(JpegFrame.read(TestImages.zeroBytes(dir, "zero.jpg")).isEmpty());
        assertTrue(JpegFrame.read(TestImages.jpegWithCorruptHeader(dir, "bad.jpg")).isEmpty());
    }
}
