package org.pothos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.library.LabelKind;
import org.pothos.library.LibraryFixture;
import org.pothos.library.Source;
import org.pothos.testsupport.TestImages;

class CommandLineTest {

    private static final TestImages.ExifSpec CAMERA = TestImages.ExifSpec.empty().orientation(6)
            .takenAt(java.time.LocalDateTime.of(2024, 7, 14, 18, 30, 5))
            .camera("Pothos", "Pothos Bench 1").lens("Bench 35mm F1.8").gps(48.858222, 2.2945).withThumbnail();

    @TempDir
    Path temp;

    private Path photos;
    private Path dataDir;
    private CliRunner cli;

    @BeforeEach
    void setUp() throws IOException {
        photos = Files.createDirectories(temp.resolve("photos"));
        dataDir = temp.resolve("library");
        cli = new CliRunner(dataDir);
    }

    @Test
    void importListShowStatsEndToEnd() throws IOException {
        TestImages.jpegWithExif(photos, "camera.jpg", 400, 300, CAMERA);
        TestImages.png(photos, "drawing.png", 50, 40);
        TestImages.textNamedJpg(photos, "notes.jpg");

        CliRunner.Result imported = cli.run("import", photos.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.out().startsWith("Imported 2, "), imported.out());
        assertTrue(imported.out().contains("notes.jpg: not an image"), imported.out());
        assertTrue(Files.exists(dataDir.resolve("pothos.mv.db")));
        assertTrue(Files.exists(dataDir.resolve("logs/pothos.log")));

        CliRunner.Result list = cli.run("list", "--json", "--sort", "name");
        assertEquals(0, list.exitCode(), list.err());
        JsonNode items = new ObjectMapper().readTree(list.out());
        assertEquals(2, items.size());
        assertEquals("camera.jpg", items.get(0).get("fileName").asText());
        long id = items.get(0).get("id").asLong();

        CliRunner.Result table = cli.run("list");
        assertTrue(table.out().contains("camera.jpg") && table.out().contains("2 of 2 item(s)"), table.out());

        CliRunner.Result show = cli.run("show", String.valueOf(id));
        assertEquals(0, show.exitCode());
        assertTrue(show.out().contains("camera:") && show.out().contains(CAMERA.model()), show.out());

        CliRunner.Result stats = cli.run("stats");
        assertTrue(stats.out().contains("Items:       2"), stats.out());

        CliRunner.Result missing = cli.run("show", "999999");
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("No item with id 999999"));
    }

    @Test
    void filtersByTagAndCategoryAndCountsLabels() throws IOException {
        TestImages.jpeg(photos, "a.jpg", 60, 40);
        TestImages.jpeg(photos, "b.jpg", 70, 40);
        assertEquals(0, cli.run("import", photos.toString()).exitCode());
        try (LibraryFixture library = new LibraryFixture(dataDir)) {
            long a = library.store.find(org.pothos.library.MediaQuery.all().withSort(org.pothos.library.SortOrder.NAME), 0, 1)
                    .items().get(0).id();
            library.store.addLabels(a, LabelKind.TAG, List.of("sunset", "sea"), Source.USER);
            library.store.addLabels(a, LabelKind.CATEGORY, List.of("Landscape"), Source.USER);
        }
        CliRunner.Result byTag = cli.run("list", "--tag", "sunset", "--tag", "SEA");
        assertTrue(byTag.out().contains("a.jpg") && !byTag.out().contains("b.jpg"), byTag.out());
        CliRunner.Result byCategory = cli.run("list", "--category", "landscape", "--json");
        assertEquals(1, new ObjectMapper().readTree(byCategory.out()).size());
        CliRunner.Result tags = cli.run("tags");
        assertTrue(tags.out().contains("1  sea") && tags.out().contains("1  sunset"), tags.out());
        CliRunner.Result categories = cli.run("categories");
        assertTrue(categories.out().contains("Landscape"), categories.out());
    }

    @Test
    void thumbnailsCommandFillsTheCache() throws IOException {
        TestImages.jpeg(photos, "a.jpg", 900, 600);
        TestImages.truncatedJpeg(photos, "broken.jpg", 300, 200);
        cli.run("import", photos.toString());
        CliRunner.Result result = cli.run("thumbnails");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("Built 1 thumbnail(s)"), result.out());
        try (var files = Files.walk(dataDir.resolve("thumbnails"))) {
            assertEquals(1, files.filter(p -> p.toString().endsWith(".jpg")).count());
        }
        assertTrue(cli.run("stats").out().contains("Thumbnails:  1 ready"));

        // A cleaned cache folder is noticed and filled again.
        try (var files = Files.walk(dataDir.resolve("thumbnails"))) {
            files.filter(p -> p.toString().endsWith(".jpg")).forEach(p -> p.toFile().delete());
        }
        assertTrue(cli.run("thumbnails").out().startsWith("Built 1 thumbnail(s)"));
    }

    @Test
    void rescanMarksMissingFiles() throws IOException {
        Path a = TestImages.jpeg(photos, "a.jpg", 60, 40);
        cli.run("import", photos.toString());
        Files.delete(a);
        CliRunner.Result rescan = cli.run("rescan");
        assertEquals(0, rescan.exitCode(), rescan.err());
        assertTrue(rescan.out().contains("1 now missing"), rescan.out());
        assertTrue(cli.run("list", "--missing").out().contains("a.jpg (missing)"));
    }

    @Test
    void exitCodesFollowTheConvention() throws IOException {
        assertEquals(0, cli.run("--help").exitCode());
        CliRunner.Result importHelp = cli.run("import", "--help");
        assertEquals(0, importHelp.exitCode());
        assertTrue(importHelp.out().contains("Usage: pothos import"), importHelp.out());
        for (String command : List.of("list", "tags", "categories", "show", "stats", "rescan", "thumbnails")) {
            assertEquals(0, cli.run(command, "--help").exitCode(), command);
        }
        assertEquals(2, cli.run("frobnicate").exitCode());
        assertEquals(2, cli.run("list", "--sort", "colour").exitCode());
        assertEquals(2, cli.run("import").exitCode());
        CliRunner.Result nothing = cli.run("import", TestImages.zeroBytes(photos, "empty.jpg").toString());
        assertEquals(1, nothing.exitCode());
        assertTrue(nothing.out().contains("empty.jpg: empty file"), nothing.out());
    }
}
