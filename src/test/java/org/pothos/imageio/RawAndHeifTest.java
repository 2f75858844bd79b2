package org.pothos.imageio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pothos.heif.LibHeifDecoder;
import org.pothos.simulation.CameraRaws;
import org.pothos.testsupport.ImageAssertions;
import org.pothos.testsupport.TestImages;
import org.pothos.testsupport.TestImages.ExifSpec;

/**
 * Camera RAWs (built with each maker's structure) and HEIF/AVIF pictures (made by heif-enc) are recognised by their
 * content, imported with their EXIF, and decoded: RAWs through their largest embedded JPEG, HEIF through libheif.
 */
class RawAndHeifTest {

    private static final CameraRaws.Spec CAMERA = CameraRaws.Spec.of("Maker", "Model X");

    @TempDir
    Path dir;

    private final ImageInspector inspector = new ImageInspector();
    private final ImageDecoder decoder = new ImageDecoder(ScaledJpegDecoder.NONE, LibHeifDecoder.load());

    @ParameterizedTest
    @ValueSource(strings = {"dng", "cr2", "cr3", "nef", "arw", "orf", "raf", "rw2", "pef"})
    void eachRawFormatIsRecognisedReadAndShownThroughItsLargestPreview(String format) throws Exception {
        CameraRaws.Spec spec = new CameraRaws.Spec(make(format), "Model X", LocalDateTime.of(2023, 6, 1, 12, 30, 15), 1, 6000, 4000);
        // A misleading name: the content decides.
        Path file = TestImages.raw(dir, "picture.bin", format, spec);

        assertEquals(Optional.of(ImageFormat.valueOf(format.toUpperCase(Locale.ROOT))), ImageFormat.sniff(file));
        ImageFacts facts = inspector.inspect(file);
        assertEquals(spec.takenAt(), facts.takenAt(), "date taken of " + format);
        assertEquals(make(format), facts.cameraMake());
        if (!format.equals("rw2") && !format.equals("raf")) {
            assertEquals(List.of(6000, 4000), List.of(facts.width(), facts.height()), "sensor size of " + format);
        }

        // The 320 x 240 preview, not the 160 px thumbnail, and upright.
        BufferedImage image = decoder.decode(file, 200, Long.MAX_VALUE);
        assertEquals(List.of(200, 150), List.of(image.getWidth(), image.getHeight()));
        ImageAssertions.assertColor(TestImages.TOP_LEFT, image.getRGB(4, 4), format + " top left");
        ImageAssertions.assertColor(TestImages.BOTTOM_RIGHT, image.getRGB(195, 145), format + " bottom right");
    }

    @Test
    void aRawTurnedByItsOrientationComesOutUpright() throws Exception {
        Path file = TestImages.raw(dir, "turned.nef", "nef", CameraRaws.Spec.of("NIKON CORPORATION", "Z 6").orientation(6));

        assertEquals(6, inspector.inspect(file).orientation());
        BufferedImage image = decoder.decode(file, 200, Long.MAX_VALUE);

        assertEquals(List.of(150, 200), List.of(image.getWidth(), image.getHeight()));
        ImageAssertions.assertColor(TestImages.BOTTOM_LEFT, image.getRGB(4, 4), "top left after a clockwise turn");
    }

    @Test
    void aPlainTiffFromACameraMakerStaysATiff() throws Exception {
        Path tiff = TestImages.tiff(dir, "scan.tif", 40, 30);
        assertEquals(Optional.of(ImageFormat.TIFF), ImageFormat.sniff(tiff));
    }

    @Test
    void aRawPreviewLargerThanThePixelLimitIsRefusedBeforeDecoding() {
        Path file = TestImages.raw(dir, "big.arw", "arw", CameraRaws.Spec.of("SONY", "ILCE-7"));
        assertThrows(ImageTooLargeException.class, () -> decoder.decode(file, 200, 320L * 240 - 1));
    }

    @Test
    void aRawWithoutAnyPreviewIsImportedButCannotBeShown() throws Exception {
        byte[] bytes = CameraRaws.build("dng", CAMERA, TestImages.quadrants(32, 24));
        // Damage every JPEG start marker: the structure is intact, the previews are not JPEGs any more.
        for (int i = 0; i + 2 < bytes.length; i++) {
            if ((bytes[i] & 0xFF) == 0xFF && (bytes[i + 1] & 0xFF) == 0xD8 && (bytes[i + 2] & 0xFF) == 0xFF) {
                bytes[i + 1] = 0;
            }
        }
        Path file = Files.write(dir.resolve("nopreview.dng"), bytes);

        assertEquals(ImageFormat.DNG, inspector.inspect(file).format());
        UnsupportedImageException e = assertThrows(UnsupportedImageException.class, () -> decoder.decode(file, 200, Long.MAX_VALUE));
        assertTrue(e.getMessage().contains("no JPEG preview"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void heifAndAvifAreReadWithTheirExifAndDecodedByLibheif(boolean avif) throws Exception {
        Path file = TestImages.heif(dir, avif ? "phone.avif" : "phone.heic", 320, 240,
                ExifSpec.empty().takenAt(LocalDateTime.of(2022, 3, 4, 5, 6, 7)).camera("Apple", "iPhone 12"), avif);

        assertEquals(Optional.of(avif ? ImageFormat.AVIF : ImageFormat.HEIC), ImageFormat.sniff(file));
        ImageFacts facts = inspector.inspect(file);
        assertEquals(List.of(320, 240), List.of(facts.width(), facts.height()));
        assertEquals(LocalDateTime.of(2022, 3, 4, 5, 6, 7), facts.takenAt());
        assertEquals("iPhone 12", facts.cameraModel());

        assertTrue(decoder.decodesHeif(), "libheif (Debian libheif1) is installed where the tests run");
        BufferedImage image = decoder.decode(file, 160, Long.MAX_VALUE);
        assertEquals(List.of(160, 120), List.of(image.getWidth(), image.getHeight()));
        ImageAssertions.assertColor(TestImages.TOP_LEFT, image.getRGB(4, 4), "top left");
        ImageAssertions.assertColor(TestImages.BOTTOM_RIGHT, image.getRGB(155, 115), "bottom right");
    }

    @Test
    void withoutLibheifAHeicIsStillReadButReportsWhyItCannotBeShown() throws Exception {
        Path file = TestImages.heif(dir, "phone.heic", 64, 48, ExifSpec.empty().camera("Apple", "iPhone 12"), false);
        ImageDecoder withoutLibheif = new ImageDecoder(ScaledJpegDecoder.NONE, HeifDecoder.NONE);

        assertEquals("iPhone 12", inspector.inspect(file).cameraModel());
        UnsupportedImageException e = assertThrows(UnsupportedImageException.class,
                () -> withoutLibheif.decode(file, 64, Long.MAX_VALUE));
        assertEquals("HEIC decoder not available", e.getMessage());
    }

    private static String make(String format) {
        return switch (format) {
            case "nef" -> "NIKON CORPORATION";
            case "arw" -> "SONY";
            case "pef" -> "PENTAX";
            case "cr2", "cr3" -> "Canon";
            case "orf" -> "OLYMPUS CORPORATION";
            case "raf" -> "FUJIFILM";
            case "rw2" -> "Panasonic";
            default -> "Maker";
        };
    }
}
