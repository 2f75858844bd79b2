package org.pothos.xmp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pothos.imageio.ImageFormat;
import org.pothos.imageio.ImageInspector;
import org.pothos.testsupport.ExternalTools;
import org.pothos.testsupport.TestImages;
import org.pothos.testsupport.TestImages.ExifSpec;

/**
 * Labels cross between Pothos and other photo programs, with exiftool as the independent reader and writer: what
 * Pothos writes (sidecars, and embedded in JPEG, PNG, TIFF and WebP) exiftool reads; what exiftool writes (XMP,
 * IPTC, Windows tags, sidecars) Pothos reads; and a write changes nothing else in the file.
 */
class XmpExchangeTest {

    private static final String WRITER = "Pothos test";
    private static final FileLabels LABELS = new FileLabels("Harbour at dusk", "Boats moored in a calm harbour.",
            List.of(new FileLabels.Tag("boat", null), new FileLabels.Tag("Labrador", "Animals|Dog"), new FileLabels.Tag("海边", null)),
            List.of("Landscape"), 4,
            new FileLabels.Sources("ai:llava:7b", "user", Map.of("boat", "ai:llava:7b", "labrador", "file", "海边", "user"),
                    Map.of("landscape", "ai:llava:7b")));

    @TempDir
    Path dir;

    private final FileLabelReader reader = new FileLabelReader();
    private final ImageInspector inspector = new ImageInspector();

    @Test
    void aNewSidecarIsReadByExiftoolAndBackByPothosWithItsSources() throws Exception {
        Path picture = TestImages.jpeg(dir, "IMG_0001.jpg", 64, 48);
        Path sidecar = Sidecars.forNew(picture);

        new SidecarWriter(WRITER).write(sidecar, LABELS);

        assertEquals(dir.resolve("IMG_0001.jpg.xmp"), sidecar);
        assertEquals(Map.of("XMP-dc:Title", "Harbour at dusk", "XMP-dc:Description", "Boats moored in a calm harbour.",
                        "XMP-dc:Subject", "boat, Labrador, 海边",
                        "XMP-lr:HierarchicalSubject", "boat, Animals|Dog|Labrador, 海边, Category|Landscape", "XMP-xmp:Rating", "4"),
                ExternalTools.exiftoolValues(sidecar, "XMP-dc:Title", "XMP-dc:Description", "XMP-dc:Subject",
                        "XMP-lr:HierarchicalSubject", "XMP-xmp:Rating"));

        FileLabels read = reader.read(inspector.inspectWithLabels(picture).embedded(), List.of(picture));
        assertTrue(read.sameLabels(LABELS), "read back: " + read);
        assertEquals("Animals|Dog", read.tags().stream().filter(t -> t.name().equals("Labrador")).findFirst().orElseThrow().path());
        assertEquals("ai:llava:7b", read.sources().title());
        assertEquals("file", read.sources().tag("labrador"));
        assertEquals("ai:llava:7b", read.sources().category("Landscape"));
    }

    @Test
    void aDarktableSidecarKeepsItsHistoryAndOtherPropertiesWhenPothosAddsTags() throws Exception {
        Path picture = TestImages.raw(dir, "IMG_1234.CR2", "cr2", org.pothos.simulation.CameraRaws.Spec.of("Canon", "EOS R"));
        Path sidecar = dir.resolve("IMG_1234.CR2.xmp");
        Files.writeString(sidecar, DARKTABLE_SIDECAR, StandardCharsets.UTF_8);
        Object historyBefore = structured(sidecar);

        new SidecarWriter(WRITER).write(sidecar, LABELS);

        Object historyAfter = structured(sidecar);
        assertEquals(historyBefore, historyAfter, "darktable's history and the other properties survive");
        assertTrue(historyAfter.toString().contains("filmicrgb"), historyAfter.toString());
        assertEquals("boat, Labrador, 海边", ExternalTools.exiftoolValue(sidecar, "XMP-dc:Subject"));
    }

    @Test
    void labelsExiftoolWroteIntoASidecarAreReadUnderBothNamingConventions() throws Exception {
        for (String name : List.of("IMG_2.NEF.xmp", "IMG_3.xmp")) {
            Path picture = TestImages.raw(dir, name.substring(0, 5) + ".NEF", "nef",
                    org.pothos.simulation.CameraRaws.Spec.of("NIKON CORPORATION", "Z 6"));
            Path sidecar = dir.resolve(name);
            ExternalTools.exiftool("-o", sidecar.toString(), "-XMP-dc:Title=Fox in snow", "-XMP-dc:Description=A red fox",
                    "-XMP-dc:Subject=fox", "-XMP-dc:Subject=snow", "-XMP-lr:HierarchicalSubject=Animals|Mammal|fox",
                    "-XMP-lr:HierarchicalSubject=Category|Wildlife", "-XMP-xmp:Rating=5", picture.toString());

            FileLabels read = reader.read(inspector.inspectWithLabels(picture).embedded(), List.of(picture));

            assertEquals("Fox in snow", read.title(), name);
            assertEquals("A red fox", read.description());
            assertEquals(List.of(new FileLabels.Tag("fox", "Animals|Mammal"), new FileLabels.Tag("snow", null)), read.tags());
            assertEquals(List.of("Wildlife"), read.categories());
            assertEquals(5, read.rating());
        }
    }

    @Test
    void xmpIptcAndWindowsLabelsExiftoolEmbeddedAreRead() throws Exception {
        Path xmpAndIptc = TestImages.jpeg(dir, "a.jpg", 64, 48);
        ExternalTools.exiftool("-overwrite_original", "-XMP-dc:Title=From XMP", "-IPTC:Keywords=harbour",
                "-IPTC:Keywords=boat", "-IPTC:Caption-Abstract=From IPTC", "-XMP-xmp:Rating=2", xmpAndIptc.toString());
        FileLabels first = reader.read(inspector.inspectWithLabels(xmpAndIptc).embedded(), List.of(xmpAndIptc));
        assertEquals("From XMP", first.title());
        assertEquals("From IPTC", first.description());
        assertEquals(List.of("harbour", "boat"), first.tags().stream().map(FileLabels.Tag::name).toList());
        assertEquals(2, first.rating());

        Path windows = TestImages.jpeg(dir, "w.jpg", 64, 48);
        ExternalTools.exiftool("-overwrite_original", "-EXIF:XPTitle=Windows title", "-EXIF:XPKeywords=cat;garden",
                "-EXIF:Rating=3", windows.toString());
        FileLabels second = reader.read(inspector.inspectWithLabels(windows).embedded(), List.of(windows));
        assertEquals("Windows title", second.title());
        assertEquals(List.of("cat", "garden"), second.tags().stream().map(FileLabels.Tag::name).toList());
        assertEquals(3, second.rating());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jpg", "png", "tif", "webp"})
    void labelsEmbeddedByPothosAreReadByExiftoolAndNothingElseChanges(String extension) throws Exception {
        Path picture = picture(extension);
        ExternalTools.exiftool("-overwrite_original", "-XMP-dc:Creator=Ansel", "-XMP-photoshop:City=Oslo", picture.toString());
        byte[] before = Files.readAllBytes(picture);
        BufferedImage pixelsBefore = ImageIO.read(picture.toFile());
        String warningsBefore = ExternalTools.exiftool("-validate", "-warning", "-a", picture.toString());
        ImageFormat format = inspector.inspect(picture).format();

        new EmbeddedWriter(WRITER).write(picture, format, LABELS, expected(picture));

        assertEquals(Map.of("XMP-dc:Subject", "boat, Labrador, 海边", "XMP-dc:Title", "Harbour at dusk",
                        "XMP-dc:Creator", "Ansel", "XMP-photoshop:City", "Oslo"),
                ExternalTools.exiftoolValues(picture, "XMP-dc:Subject", "XMP-dc:Title", "XMP-dc:Creator", "XMP-photoshop:City"),
                "the labels, and the other XMP kept");
        assertEquals(warningsBefore, ExternalTools.exiftool("-validate", "-warning", "-a", picture.toString()),
                "exiftool's validation finds nothing new");
        assertPixelsEqual(pixelsBefore, ImageIO.read(picture.toFile()));
        PictureContainer container = PictureContainer.of(format);
        assertArrayEquals(container.preserved(before), container.preserved(Files.readAllBytes(picture)),
                "image data and other metadata unchanged");
        FileLabels read = reader.read(inspector.inspectWithLabels(picture).embedded(), List.of(picture));
        assertTrue(read.sameLabels(LABELS), "Pothos reads its own labels back: " + read);
    }

    @Test
    void aJpegGetsIptcKeywordsBesideItsXmpAndKeepsItsExifAndOtherIptc() throws Exception {
        Path picture = TestImages.jpegWithExif(dir, "camera.jpg", TestImages.quadrants(320, 240),
                ExifSpec.empty().takenAt(LocalDateTime.of(2024, 5, 6, 7, 8, 9)).camera("Canon", "EOS R").withThumbnail());
        ExternalTools.exiftool("-overwrite_original", "-IPTC:By-line=Ansel Adams", "-IPTC:Keywords=old", picture.toString());

        new EmbeddedWriter(WRITER).write(picture, ImageFormat.JPEG, LABELS, expected(picture));

        Map<String, String> values = ExternalTools.exiftoolValues(picture, "IPTC:Keywords", "IPTC:By-line",
                "IPTC:ObjectName", "ExifIFD:DateTimeOriginal", "IFD0:Make", "IFD1:ThumbnailLength",
                "File:CurrentIPTCDigest", "Photoshop:IPTCDigest");
        assertEquals("boat, Labrador, 海边", values.get("IPTC:Keywords"));
        assertEquals("Ansel Adams", values.get("IPTC:By-line"));
        assertEquals("Harbour at dusk", values.get("IPTC:ObjectName"));
        assertEquals("2024:05:06 07:08:09", values.get("ExifIFD:DateTimeOriginal"));
        assertEquals("Canon", values.get("IFD0:Make"));
        assertTrue(!values.get("IFD1:ThumbnailLength").isEmpty(), "EXIF preview kept: " + values);
        // The IPTC digest matches, so readers trust the XMP and the IPTC to agree.
        assertEquals(values.get("File:CurrentIPTCDigest"), values.get("Photoshop:IPTCDigest"));
    }

    @Test
    void aFileChangedSinceItWasReadIsNotWritten() throws Exception {
        Path picture = TestImages.jpeg(dir, "changed.jpg", 64, 48);
        EmbeddedWriter.Expected stale = new EmbeddedWriter.Expected(Files.size(picture) + 1,
                Files.getLastModifiedTime(picture).toInstant());
        byte[] before = Files.readAllBytes(picture);

        XmpFiles.XmpFileException e = assertThrows(XmpFiles.XmpFileException.class,
                () -> new EmbeddedWriter(WRITER).write(picture, ImageFormat.JPEG, LABELS, stale));

        assertTrue(e.getMessage().contains("changed since Pothos read it"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(picture));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(picture), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void aSidecarThatIsNotXmpIsLeftAlone() throws Exception {
        Path sidecar = dir.resolve("notes.jpg.xmp");
        Files.writeString(sidecar, "shopping list: milk, eggs");

        assertThrows(XmpFiles.XmpFileException.class, () -> new SidecarWriter(WRITER).write(sidecar, LABELS));

        assertEquals("shopping list: milk, eggs", Files.readString(sidecar));
    }

    private Path picture(String extension) throws Exception {
        return switch (extension) {
            case "jpg" -> TestImages.jpegWithExif(dir, "p.jpg", TestImages.quadrants(96, 64),
                    ExifSpec.empty().camera("Maker", "Model").withThumbnail());
            case "png" -> TestImages.png(dir, "p.png", 96, 64);
            case "tif" -> TestImages.tiff(dir, "p.tif", TestImages.quadrants(96, 64));
            default -> TestImages.webp(dir, "p.webp", 96, 64, Color.ORANGE);
        };
    }

    /** The darktable and EXIF properties of a sidecar as exiftool reads them, structures kept, order aside. */
    private static Object structured(Path sidecar) throws Exception {
        String json = ExternalTools.exiftool("-j", "-struct", "-XMP-darktable:all", "-XMP-exif:all", "-XMP-xmpMM:all", sidecar.toString());
        return new ObjectMapper().readValue(json, List.class);
    }

    private static EmbeddedWriter.Expected expected(Path picture) throws Exception {
        BasicFileAttributes attributes = Files.readAttributes(picture, BasicFileAttributes.class);
        return new EmbeddedWriter.Expected(attributes.size(), attributes.lastModifiedTime().toInstant());
    }

    private static void assertPixelsEqual(BufferedImage expected, BufferedImage actual) {
        assertEquals(List.of(expected.getWidth(), expected.getHeight()), List.of(actual.getWidth(), actual.getHeight()));
        assertArrayEquals(expected.getRGB(0, 0, expected.getWidth(), expected.getHeight(), null, 0, expected.getWidth()),
                actual.getRGB(0, 0, actual.getWidth(), actual.getHeight(), null, 0, actual.getWidth()), "decoded pixels");
    }

    /** A sidecar as darktable 4 writes it: its edit history, the develop settings' mask data, and EXIF copies. */
    private static final String DARKTABLE_SIDECAR = """
            <?xml version="1.0" encoding="UTF-8"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="XMP Core 4.4.0-Exiv2">
             <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
              <rdf:Description rdf:about=""
                xmlns:exif="http://ns.adobe.com/exif/1.0/"
                xmlns:xmp="http://ns.adobe.com/xap/1.0/"
                xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
                xmlns:darktable="http://darktable.sf.net/"
               exif:DateTimeOriginal="2023-06-01T12:30:15"
               xmp:Rating="1"
               xmpMM:DerivedFrom="IMG_1234.CR2"
               darktable:import_timestamp="63848313026000000"
               darktable:xmp_version="5"
               darktable:raw_params="0"
               darktable:auto_presets_applied="1"
               darktable:history_end="2"
               darktable:iop_order_version="5">
               <darktable:masks_history>
                <rdf:Seq/>
               </darktable:masks_history>
               <darktable:history>
                <rdf:Seq>
                 <rdf:li
                  darktable:num="0"
                  darktable:operation="exposure"
                  darktable:enabled="1"
                  darktable:modversion="6"
                  darktable:params="00000000000080b9cdcc4c3f"
                  darktable:multi_name=""
                  darktable:multi_priority="0"
                  darktable:blendop_version="13"
                  darktable:blendop_params="gz14eJxjYGBgYAFiCQYYOOHEgAYY2RnwAqZIBrc="/>
                 <rdf:li
                  darktable:num="1"
                  darktable:operation="filmicrgb"
                  darktable:enabled="1"
                  darktable:modversion="6"
                  darktable:params="62e8494004b0f73f"
                  darktable:multi_name=""
                  darktable:multi_priority="0"
                  darktable:blendop_version="13"
                  darktable:blendop_params="gz14eJxjYGBgYAFiCQYYOOHEgAYY2RnwAqZIBrc="/>
                </rdf:Seq>
               </darktable:history>
              </rdf:Description>
             </rdf:RDF>
            </x:xmpmeta>
            """;
}
