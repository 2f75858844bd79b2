package org.pothos.imageio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.testsupport.TestImages;
import org.pothos.testsupport.TestImages.ExifSpec;

class ImageInspectorTest {

    private static final LocalDateTime TAKEN = LocalDateTime.of(2023, 7, 14, 18, 30, 5);

    @TempDir
    Path dir;

    private final ImageInspector inspector = new ImageInspector();

    @Test
    void plainJpegHasDimensionsAndNoExif() throws Exception {
        ImageFacts facts = inspector.inspect(TestImages.jpeg(dir, "plain.jpg", 640, 480));

        assertEquals(new ImageFacts(ImageFormat.JPEG, 640, 480, 1, null, null, null, null, null, null), facts);
    }

    @Test
    void readsAllExifFieldsBigEndian() throws Exception {
        assertFullExif(ExifSpec.empty());
    }

    @Test
    void readsAllExifFieldsLittleEndian() throws Exception {
        assertFullExif(ExifSpec.empty().littleEndian());
    }

    private void assertFullExif(ExifSpec base) throws Exception {
        ExifSpec exif = base.orientation(6).takenAt(TAKEN).modifiedAt(TAKEN.plusDays(3))
                .camera("Canon", "Canon EOS R6").lens("RF24-105mm F4 L IS USM").gps(48.858222, 2.2945).withThumbnail();

        ImageFacts facts = inspector.inspect(TestImages.jpegWithExif(dir, "exif.jpg", 600, 400, exif));

        assertEquals(ImageFormat.JPEG, facts.format());
        assertEquals(600, facts.width(), "stored width, not rotated");
        assertEquals(400, facts.height());
        assertEquals(6, facts.orientation());
        assertEquals(400, facts.displayWidth());
        assertEquals(TAKEN, facts.takenAt(), "DateTimeOriginal wins over DateTime");
        assertEquals("Canon", facts.cameraMake());
        assertEquals("Canon EOS R6", facts.cameraModel());
        assertEquals("RF24-105mm F4 L IS USM", facts.lens());
        assertEquals(48.858222, facts.gpsLatitude(), 1e-6);
        assertEquals(2.2945, facts.gpsLongitude(), 1e-6);
    }

    @Test
    void southernAndWesternCoordinatesAreNegative() throws Exception {
        ImageFacts facts = inspector.inspect(TestImages.jpegWithExif(dir, "rio.jpg", 64, 48, ExifSpec.empty().gps(-22.951916, -43.210487)));

        assertEquals(-22.951916, facts.gpsLatitude(), 1e-6);
        assertEquals(-43.210487, facts.gpsLongitude(), 1e-6);
    }

    @Test
    void fallsBackToDateTimeWithoutDateTimeOriginal() throws Exception {
        ImageFacts facts = inspector.inspect(TestImages.jpegWithExif(dir, "edited.jpg", 64, 48, ExifSpec.empty().modifiedAt(TAKEN)));

        assertEquals(TAKEN, facts.takenAt());
        assertNull(facts.gpsLatitude());
        assertNull(facts.lens());
    }

    @Test
    void readsEveryOrientationValue() throws Exception {
        for (int orientation = 1; orientation <= 8; orientation++) {
            Path file = TestImages.jpegWithExif(dir, "o" + orientation + ".jpg", 32, 16, ExifSpec.empty().orientation(orientation));
            assertEquals(orientation, inspector.inspect(file).orientation());
        }
    }

    @Test
    void outOfRangeOrientationCountsAsNormal() throws Exception {
        Path file = TestImages.jpegWithExif(dir, "odd.jpg", 32, 16, ExifSpec.empty().orientation(9));

        assertEquals(1, inspector.inspect(file).orientation());
    }

    @Test
    void readsDimensionsOfEveryFormat() throws Exception {
        assertSize(ImageFormat.PNG, 120, 80, TestImages.png(dir, "a.png", 120, 80));
        assertSize(ImageFormat.PNG, 50, 40, TestImages.png16bit(dir, "b.png", 50, 40, 65535, 0, 0));
        assertSize(ImageFormat.GIF, 70, 30, TestImages.gif(dir, "a.gif", 70, 30, Color.RED, Color.BLUE));
        assertSize(ImageFormat.BMP, 90, 60, TestImages.bmp(dir, "a.bmp", 90, 60));
        assertSize(ImageFormat.WEBP, 5, 3, TestImages.webp(dir, "a.webp", 5, 3, Color.ORANGE));
        assertSize(ImageFormat.TIFF, 64, 32, TestImages.tiff(dir, "a.tif", 64, 32));
        assertSize(ImageFormat.JPEG, 48, 24, TestImages.cmykJpeg(dir, "cmyk.jpg", 48, 24, 255, 0, 0, 0));
    }

    private void assertSize(ImageFormat format, int width, int height, Path file) throws Exception {
        ImageFacts facts = inspector.inspect(file);
        assertEquals(format, facts.format(), file.toString());
        assertEquals(width, facts.width(), file.toString());
        assertEquals(height, facts.height(), file.toString());
    }

    @Test
    void aRealDecompressionBombIsReportedAsItIsForTheDecoderToRefuse() throws Exception {
        ImageFacts facts = inspector.inspect(TestImages.pngBomb(dir, "huge.png", 12000, 10000));

        assertEquals(120_000_000L, facts.pixelCount());
    }

    @Test
    void sizesNoPictureHasAreRefusedWithTheReason() throws IOException {
        assertReasonStarts("the header claims 9000 × 9000 pixels, which cannot fit in ",
                TestImages.pngWithLyingHeader(dir, "lying.png", 9000, 9000));
        assertReason("the header claims 40000 × 40000 pixels, which no picture has (a broken or forged header)",
                TestImages.pngWithLyingHeader(dir, "huge.png", 40000, 40000));
        assertReason("the header claims 1073741825 × 1 pixels, which no picture has (a broken or forged header)",
                TestImages.pngWithLyingHeader(dir, "absurd.png", 1073741825, 1));
        assertReasonStarts("the header claims 30000 × 30000 pixels, which cannot fit in ",
                TestImages.jpegWithLyingFrame(dir, "lying.jpg", 30000, 30000));
    }

    @Test
    void aPngWithABadChecksumIsCorruptNotTruncated() throws IOException {
        assertReason("corrupt data (checksum error in the IDAT chunk)", TestImages.pngWithBadChecksum(dir, "flipped.png", 200, 100));
    }

    @Test
    void givesOneReasonPerBrokenInput() throws IOException {
        assertReason("empty file", TestImages.zeroBytes(dir, "empty.jpg"));
        assertReason("not an image (text or unknown format)", TestImages.textNamedJpg(dir, "notes.jpg"));
        assertReason("truncated file", TestImages.truncatedJpeg(dir, "cut.jpg", 400, 300));
        assertReason("corrupt header", TestImages.jpegWithCorruptHeader(dir, "bad-header.jpg"));
        assertReason("missing dimensions: no frame header (SOF marker) gives the picture's size",
                TestImages.jpegWithoutFrame(dir, "no-frame.jpg"));
    }

    @Test
    void detectsTruncatedPngAndGif() throws IOException {
        assertReason("truncated file", cutInHalf(TestImages.png(dir, "a.png", 200, 100)));
        assertReason("truncated file", cutInHalf(TestImages.gif(dir, "a.gif", 200, 100, Color.RED, Color.BLUE)));
    }

    @Test
    void toleratesZeroPaddingAfterPngEnd() throws Exception {
        Path png = TestImages.png(dir, "padded.png", 30, 20);
        Files.write(png, Arrays.copyOf(Files.readAllBytes(png), (int) Files.size(png) + 16));

        assertEquals(30, inspector.inspect(png).width());
    }

    @Test
    void readsOnlyTheHeaderOfLargePhotos() throws Exception {
        Path photo = TestImages.jpegWithExif(dir, "12mp.jpg", 4000, 3000, ExifSpec.empty().takenAt(TAKEN).withThumbnail());
        for (int i = 0; i < 20; i++) {
            inspector.inspect(photo);   // warm up class loading and the JIT
        }
        long[] nanos = new long[21];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            inspector.inspect(photo);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        // Decoding 12 MP takes hundreds of milliseconds; a generous bound keeps slow machines green.
        assertTrue(nanos[nanos.length / 2] < 25_000_000L, "median inspect took " + nanos[nanos.length / 2] / 1000 + " us");
    }

    private Path cutInHalf(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
    }

    private void assertReason(String reason, Path file) {
        UnsupportedImageException e = assertThrows(UnsupportedImageException.class, () -> inspector.inspect(file));
        assertEquals(reason, e.getMessage(), file.getFileName().toString());
    }

    private void assertReasonStarts(String start, Path file) {
        UnsupportedImageException e = assertThrows(UnsupportedImageException.class, () -> inspector.inspect(file));
        assertTrue(e.getMessage().startsWith(start), file.getFileName() + ": " + e.getMessage());
    }
}
