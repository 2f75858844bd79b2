package org.pothos.imageio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.testsupport.TestImages;

class ImageFormatTest {

    @TempDir
    Path dir;

    @Test
    void recognisesEveryFormatFromRealFiles() throws IOException {
        assertEquals(Optional.of(ImageFormat.JPEG), ImageFormat.sniff(TestImages.jpeg(dir, "a.jpg", 40, 30)));
        assertEquals(Optional.of(ImageFormat.PNG), ImageFormat.sniff(TestImages.png(dir, "a.png", 40, 30)));
        assertEquals(Optional.of(ImageFormat.GIF), ImageFormat.sniff(TestImages.gif(dir, "a.gif", 40, 30, Color.RED, Color.BLUE)));
        assertEquals(Optional.of(ImageFormat.BMP), ImageFormat.sniff(TestImages.bmp(dir, "a.bmp", 40, 30)));
        assertEquals(Optional.of(ImageFormat.WEBP), ImageFormat.sniff(TestImages.webp(dir, "a.webp", 4, 3, Color.RED)));
        assertEquals(Optional.of(ImageFormat.TIFF), ImageFormat.sniff(TestImages.tiff(dir, "a.tif", 40, 30)));
    }

    @Test
    void recognisesTiffInBothByteOrders() {
        assertEquals(Optional.of(ImageFormat.TIFF), ImageFormat.sniff(new byte[]{'I', 'I', 42, 0, 8, 0, 0, 0}));
        assertEquals(Optional.of(ImageFormat.TIFF), ImageFormat.sniff(new byte[]{'M', 'M', 0, 42, 0, 0, 0, 8}));
    }

    @Test
    void judgesByContentNotByExtension() throws IOException {
        Path pngNamedJpg = Files.move(TestImages.png(dir, "a.png", 10, 10), dir.resolve("really-a-png.jpg"));
        assertEquals(Optional.of(ImageFormat.PNG), ImageFormat.sniff(pngNamedJpg));
        assertEquals(Optional.empty(), ImageFormat.sniff(TestImages.textNamedJpg(dir, "notes.jpg")));
    }

    @Test
    void rejectsLookalikes() throws IOException {
        assertEquals(Optional.empty(), ImageFormat.sniff(TestImages.zeroBytes(dir, "empty.png")));
        assertEquals(Optional.empty(), ImageFormat.sniff(ascii("BMW service history, 2019 to 2024")));
        assertEquals(Optional.empty(), ImageFormat.sniff(ascii("RIFF\0\0\0\0WAVEfmt ")));
        assertEquals(Optional.empty(), ImageFormat.sniff(ascii("GIF8")));
        assertEquals(Optional.empty(), ImageFormat.sniff(new byte[]{(byte) 0xFF, (byte) 0xD8}));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
