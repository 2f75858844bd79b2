package org.pothos.testsupport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pothos.testsupport.ImageAssertions.assertColor;

import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.imageio.ImageDecoder;
import org.pothos.imageio.JpegEncoder;
import org.pothos.testsupport.TestImages.ExifSpec;

/** What every {@link JpegEncoder} must do: each implementation's test extends this with its encoder. */
public abstract class JpegEncoderContract {

    private static final int SOF0_BASELINE = 0xC0;
    private static final int APP1 = 0xE1;
    private static final int SOS = 0xDA;

    @TempDir
    protected Path dir;

    /** The encoder under test. */
    protected abstract JpegEncoder encoder();

    @Test
    void writesBaselineFourTwoZeroJpegWithoutExif() throws Exception {
        byte[] jpeg = encoder().encode(TestImages.picture(320, 240), 0.85f);

        List<Integer> markers = markersBeforeScan(jpeg);
        assertTrue(markers.contains(SOF0_BASELINE), "baseline frame in " + markers);
        assertFalse(markers.contains(APP1), "no APP1/EXIF segment in " + markers);
        byte[] frame = segment(jpeg, SOF0_BASELINE);
        assertEquals(3, frame[5], "three components");
        assertEquals(List.of(0x22, 0x11, 0x11), List.of(frame[7] & 0xFF, frame[10] & 0xFF, frame[13] & 0xFF),
                "luma sampled 2x2, chroma 1x1");
        BufferedImage back = read(jpeg);
        assertEquals(320, back.getWidth());
        assertEquals(240, back.getHeight());
    }

    @Test
    void keepsEveryColourInItsPlace() throws Exception {
        BufferedImage quadrants = TestImages.quadrants(64, 48);

        BufferedImage back = read(encoder().encode(quadrants, 0.9f));

        ImageAssertions.assertQuadrants(back);
    }

    @Test
    void reEncodedPhotoLosesGpsAndCameraData() throws Exception {
        Path photo = TestImages.jpegWithExif(dir, "trip.jpg", 800, 600,
                ExifSpec.empty().gps(45.5, 7.25).camera("Sony", "ILCE-7M3").withThumbnail());
        BufferedImage decoded = new ImageDecoder().decode(photo, 512, 100_000_000L);

        Metadata metadata = JpegMetadataReader.readMetadata(new ByteArrayInputStream(encoder().encode(decoded, 0.9f)));

        assertNull(metadata.getFirstDirectoryOfType(GpsDirectory.class));
        assertNull(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class));
    }

    @Test
    void lowerQualityGivesFewerBytes() throws Exception {
        BufferedImage picture = TestImages.picture(320, 240);

        int high = encoder().encode(picture, 0.95f).length;
        int low = encoder().encode(picture, 0.5f).length;
        int lowest = encoder().encode(picture, 0f).length;

        assertTrue(lowest < low && low < high, lowest + " < " + low + " < " + high);
    }

    @Test
    void writeStoresTheEncodedBytes() throws Exception {
        BufferedImage image = TestImages.picture(64, 48);
        Path target = dir.resolve("out.jpg");

        encoder().write(image, 0.8f, target);

        assertArrayEquals(encoder().encode(image, 0.8f), Files.readAllBytes(target));
    }

    @Test
    void acceptsImagesWithAlpha() throws Exception {
        BufferedImage argb = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB);

        BufferedImage back = read(encoder().encode(argb, 0.9f));

        assertColor(Color.WHITE, back.getRGB(5, 5), "transparent becomes white");
    }

    @Test
    void acceptsGrayImagesAndPartsOfImages() throws Exception {
        BufferedImage gray = new BufferedImage(30, 20, BufferedImage.TYPE_BYTE_GRAY);
        BufferedImage part = TestImages.quadrants(64, 48).getSubimage(32, 24, 32, 24);

        assertEquals(30, read(encoder().encode(gray, 0.9f)).getWidth());
        BufferedImage back = read(encoder().encode(part, 0.9f));
        assertEquals(32, back.getWidth());
        assertColor(TestImages.BOTTOM_RIGHT, back.getRGB(16, 12), "the part's own pixels");
    }

    @Test
    void rejectsQualityOutsideZeroToOne() {
        assertThrows(IllegalArgumentException.class, () -> encoder().encode(TestImages.picture(8, 8), 1.5f));
        assertThrows(IllegalArgumentException.class, () -> encoder().encode(TestImages.picture(8, 8), Float.NaN));
    }

    protected static BufferedImage read(byte[] jpeg) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(jpeg));
    }

    /** The payload (after the length) of the first segment with this marker before the scan. */
    protected static byte[] segment(byte[] jpeg, int marker) {
        for (int[] found : segmentsBeforeScan(jpeg)) {
            if (found[0] == marker) {
                byte[] payload = new byte[found[2] - 2];
                System.arraycopy(jpeg, found[1] + 4, payload, 0, payload.length);
                return payload;
            }
        }
        throw new AssertionError("no segment " + Integer.toHexString(marker));
    }

    private static List<Integer> markersBeforeScan(byte[] jpeg) {
        return segmentsBeforeScan(jpeg).stream().map(found -> found[0]).toList();
    }

    /** Marker, position and length of each segment up to the first scan. */
    private static List<int[]> segmentsBeforeScan(byte[] jpeg) {
        List<int[]> segments = new ArrayList<>();
        int position = 2;
        while (position + 4 <= jpeg.length && (jpeg[position] & 0xFF) == 0xFF) {
            int marker = jpeg[position + 1] & 0xFF;
            int length = (jpeg[position + 2] & 0xFF) << 8 | (jpeg[position + 3] & 0xFF);
            segments.add(new int[] {marker, position, length});
            if (marker == SOS) {
                break;
            }
            position += 2 + length;
        }
        return segments;
    }
}
