package org.pothos.imageio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.testsupport.TestImages;
import org.pothos.testsupport.TestImages.ExifSpec;

class JpegEncoderTest {

    private static final int SOF0_BASELINE = 0xC0;
    private static final int APP1 = 0xE1;
    private static final int SOS = 0xDA;

    @TempDir
    Path dir;

    private final JpegEncoder encoder = new JpegEncoder();

    @Test
    void writesBaselineJpegWithoutExif() throws Exception {
        byte[] jpeg = encoder.encode(TestImages.picture(320, 240), 0.85f);

        List<Integer> markers = markersBeforeScan(jpeg);
        assertTrue(markers.contains(SOF0_BASELINE), "baseline frame in " + markers);
        assertFalse(markers.contains(APP1), "no APP1/EXIF segment in " + markers);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertEquals(320, back.getWidth());
    }

    @Test
    void reEncodedPhotoLosesGpsAndCameraData() throws Exception {
        Path photo = TestImages.jpegWithExif(dir, "trip.jpg", 800, 600,
                ExifSpec.empty().gps(45.5, 7.25).camera("Sony", "ILCE-7M3").withThumbnail());
        BufferedImage decoded = new ImageDecoder().decode(photo, 512, 100_000_000L);

        Metadata metadata = JpegMetadataReader.readMetadata(new ByteArrayInputStream(encoder.encode(decoded, 0.9f)));

        assertNull(metadata.getFirstDirectoryOfType(GpsDirectory.class));
        assertNull(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class));
    }

    @Test
    void writeStoresTheEncodedBytes() throws Exception {
        BufferedImage image = TestImages.picture(64, 48);
        Path target = dir.resolve("out.jpg");

        encoder.write(image, 0.8f, target);

        assertArrayEquals(encoder.encode(image, 0.8f), Files.readAllBytes(target));
    }

    @Test
    void acceptsImagesWithAlpha() throws Exception {
        BufferedImage argb = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB);

        BufferedImage back = ImageIO.read(new ByteArrayInputStream(encoder.encode(argb, 0.9f)));

        org.pothos.testsupport.ImageAssertions.assertColor(java.awt.Color.WHITE, back.getRGB(5, 5), "transparent becomes white");
    }

    @Test
    void rejectsQualityOutsideZeroToOne() {
        assertThrows(IllegalArgumentException.class, () -> encoder.encode(TestImages.picture(8, 8), 1.5f));
    }

    /** Marker codes of the segments up to the first scan. */
    private static List<Integer> markersBeforeScan(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int position = 2;
        while (position + 4 <= jpeg.length && (jpeg[position] & 0xFF) == 0xFF) {
            int marker = jpeg[position + 1] & 0xFF;
            markers.add(marker);
            if (marker == SOS) {
                break;
            }
            int length = (jpeg[position + 2] & 0xFF) << 8 | (jpeg[position + 3] & 0xFF);
            position += 2 + length;
        }
        return markers;
    }
}
