package org.pothos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Dimension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.simulation.CameraRaws;
import org.pothos.simulation.ChatRequest;
import org.pothos.simulation.ReceivedImages;
import org.pothos.simulation.SimulatedOllama;
import org.pothos.testsupport.ExternalTools;
import org.pothos.testsupport.TestImages;
import org.pothos.testsupport.TestImages.ExifSpec;

/**
 * The command line over RAW and HEIC pictures and over labels in files: import gives them thumbnails and analysis
 * uploads; {@code xmp mode}, {@code xmp write} and {@code xmp status} write labels exiftool then reads; {@code show}
 * names the source "file".
 */
class FilesExchangeCommandsTest {

    private static final String ANSWER = "{\"title\":\"Red kite\",\"description\":\"A kite against a blue sky.\","
            + "\"tags\":[\"kite\",\"sky\"],\"categories\":[\"Outdoors\"]}";

    @TempDir
    Path temp;

    @Test
    void importOfHeicAndRawFilesGivesThumbnailsAndAnalysisUploads() throws Exception {
        Path photos = Files.createDirectories(temp.resolve("phone and camera"));
        TestImages.heif(photos, "IMG_0001.HEIC", 640, 480, ExifSpec.empty().camera("Apple", "iPhone 12"), false);
        TestImages.heif(photos, "IMG_0002.avif", 480, 360, ExifSpec.empty(), true);
        for (String format : List.of("dng", "cr3", "nef", "raf")) {
            TestImages.raw(photos, "DSC." + format, format, CameraRaws.Spec.of("Maker", "Model"));
        }
        CliRunner cli = new CliRunner(temp.resolve("library"));

        CliRunner.Result imported = cli.run("import", photos.toString());
        assertEquals(0, imported.exitCode(), imported.out() + imported.err());
        assertTrue(imported.out().startsWith("Imported 6,"), imported.out());
        CliRunner.Result thumbnails = cli.run("thumbnails");
        assertTrue(thumbnails.out().startsWith("Built 6 thumbnail(s)"), thumbnails.out());
        assertTrue(thumbnails.out().contains("0 failed"), thumbnails.out());

        try (SimulatedOllama server = SimulatedOllama.start().withVisionModel("llava:7b").answer(ANSWER)) {
            assertEquals(0, cli.run("endpoints", "add", server.baseUrl(), "--default").exitCode());
            CliRunner.Result analysed = cli.run("analyze", "--all", "--model", "llava:7b");
            assertEquals(0, analysed.exitCode(), analysed.out() + analysed.err());
            assertEquals(6, server.chatCount());
            for (ChatRequest request : server.chatRequests()) {
                byte[] upload = request.messages().get(request.messages().size() - 1).images().get(0);
                assertTrue(ReceivedImages.isJpeg(upload), "a JPEG went up");
                Dimension size = ReceivedImages.dimensions(upload);
                assertTrue(size.width >= 320 || size.height >= 320, "the picture, not a thumbnail: " + size);
            }
        }
    }

    @Test
    void labelsFromFilesShowTheirSourceAndWrittenLabelsReachTheFiles() throws Exception {
        Path photos = Files.createDirectories(temp.resolve("photos"));
        Path harbour = TestImages.jpeg(photos, "harbour.jpg", 80, 60);
        ExternalTools.exiftool("-overwrite_original", "-XMP-dc:Subject=harbour", "-XMP-dc:Title=Old harbour", harbour.toString());
        Path raw = TestImages.raw(photos, "IMG_5.CR2", "cr2", CameraRaws.Spec.of("Canon", "EOS R"));
        Path rawJpeg = TestImages.jpeg(photos, "IMG_5.JPG", 80, 60);
        CliRunner cli = new CliRunner(temp.resolve("library"));
        assertEquals(0, cli.run("import", photos.toString()).exitCode());
        Map<String, Long> ids = ids(cli);

        CliRunner.Result show = cli.run("show", ids.get("harbour.jpg").toString());
        assertTrue(show.out().contains("harbour (file)"), show.out());
        assertTrue(show.out().matches("(?s).*titleSource:\\s+file.*"), show.out());
        assertTrue(show.out().contains("labels in files:   in step"), show.out());
        assertTrue(cli.run("show", ids.get("IMG_5.JPG").toString()).out().contains("RAW file:          " + raw), "a pair");

        assertEquals("off", cli.run("xmp", "mode").out().strip(), "a new library writes nothing");
        CliRunner.Result refused = cli.run("xmp", "write", "--all");
        assertEquals(2, refused.exitCode(), "writing is off: " + refused.err());
        assertEquals(0, cli.run("tag", "add", "boat", "--id", ids.get("harbour.jpg").toString()).exitCode());
        assertEquals(0, cli.run("tag", "add", "canon", "--id", ids.get("IMG_5.JPG").toString()).exitCode());
        CliRunner.Result status = cli.run("xmp", "status");
        assertTrue(status.out().contains("2 of 2 item(s) differ from their files"), status.out());
        assertFalse(Files.exists(photos.resolve("harbour.jpg.xmp")), "nothing is written while the mode is off");

        CliRunner.Result mode = cli.run("xmp", "mode", "sidecar");
        assertEquals(0, mode.exitCode(), mode.err());
        CliRunner.Result written = cli.run("xmp", "write", "--all");
        assertEquals(0, written.exitCode(), written.out() + written.err());
        assertTrue(written.out().contains("2 written, 0 already in step, 0 failed"), written.out());

        assertEquals("boat, harbour", ExternalTools.exiftoolValue(photos.resolve("harbour.jpg.xmp"), "XMP-dc:Subject"));
        assertEquals("canon", ExternalTools.exiftoolValue(photos.resolve("IMG_5.JPG.xmp"), "XMP-dc:Subject"));
        assertEquals("canon", ExternalTools.exiftoolValue(photos.resolve("IMG_5.CR2.xmp"), "XMP-dc:Subject"),
                "the RAW of the pair is kept in step");
        assertTrue(cli.run("xmp", "status").out().contains("0 of 2 item(s) differ"));
        assertTrue(cli.run("xmp", "write", "--all").out().contains("0 written, 2 already in step"));
        assertTrue(Files.exists(rawJpeg), "the JPEG itself is untouched");

        CliRunner.Result embedded = cli.run("tag", "add", "moored", "--id", ids.get("harbour.jpg").toString());
        assertEquals(0, embedded.exitCode());
        CliRunner.Result embed = cli.run("xmp", "write", ids.get("harbour.jpg").toString(), "--embed");
        assertEquals(0, embed.exitCode(), embed.out() + " | " + embed.err());
        assertTrue(embed.err().contains("Embedding writes into your original pictures"), embed.err());
        assertEquals("boat, harbour, moored", ExternalTools.exiftoolValue(harbour, "XMP-dc:Subject"));
        assertEquals("boat, harbour, moored", ExternalTools.exiftoolValue(photos.resolve("harbour.jpg.xmp"), "XMP-dc:Subject"),
                "the existing sidecar is kept in step");
        CliRunner.Result rescan = cli.run("rescan");
        assertTrue(rescan.out().contains("0 changed, 0 with labels changed"), "the written file is known as it is: " + rescan.out());
    }

    private static Map<String, Long> ids(CliRunner cli) throws Exception {
        JsonNode items = new ObjectMapper().readTree(cli.run("list", "--json").out());
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        items.forEach(item -> ids.put(item.get("fileName").asText(), item.get("id").asLong()));
        return ids;
    }
}
