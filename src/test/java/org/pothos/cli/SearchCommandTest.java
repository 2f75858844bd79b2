package org.pothos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.simulation.SimulatedOllama;
import org.pothos.testsupport.TestImages;

/** {@code pothos search} and the ranked {@code list --text}, through the command line's entry point. */
class SearchCommandTest {

    @TempDir
    Path temp;

    @Test
    void searchPrintsRankedIdsScoresAndTitles() throws Exception {
        CliRunner cli = new CliRunner(temp.resolve("library"));
        Path photos = Files.createDirectories(temp.resolve("photos"));
        TestImages.distinctJpegs(photos, 3, 64, 48);
        assertEquals(0, cli.run("import", photos.toString()).exitCode());
        assertEquals(0, cli.run("endpoints", "add", SimulatedOllama.closedPortUrl(), "--default").exitCode());
        JsonNode items = new ObjectMapper().readTree(cli.run("list", "--json", "--sort", "name").out());
        long harbour = items.get(0).get("id").asLong();
        long lighthouse = items.get(1).get("id").asLong();
        // Titles and descriptions as a person would write them, through the library (no command sets them yet).
        try (var context = org.pothos.app.AppContext.open(temp.resolve("library"), SimulatedOllama.closedPortUrl())) {
            context.mediaStore().setTitle(harbour, "Harbour at noon", org.pothos.library.Source.USER);
            context.mediaStore().setDescription(harbour, "Boats, and a lighthouse on the pier.", org.pothos.library.Source.USER);
            context.mediaStore().setTitle(lighthouse, "Lighthouses", org.pothos.library.Source.USER);
        }

        CliRunner.Result found = cli.run("search", "lighthouse");
        assertEquals(0, found.exitCode(), found.err());
        String[] lines = found.out().strip().split("\n");
        assertTrue(lines[0].matches("ID\\s+SCORE\\s+TITLE"), found.out());
        assertTrue(lines[1].matches(lighthouse + "\\s+\\d+\\.\\d{4}\\s+Lighthouses"), found.out());
        assertTrue(lines[2].matches(harbour + "\\s+\\d+\\.\\d{4}\\s+Harbour at noon"), found.out());
        assertTrue(lines[3].startsWith("2 of 2 match(es), ranked by words"), found.out());
        assertTrue(found.err().contains("no embedding model"), found.err());

        JsonNode json = new ObjectMapper().readTree(cli.run("search", "lighthouse", "--json", "--limit", "1", "--text-only").out());
        assertEquals("words", json.get("ranking").asText());
        assertEquals(2, json.get("total").asInt());
        assertEquals(1, json.get("results").size());
        assertEquals(lighthouse, json.get("results").get(0).get("id").asLong());

        JsonNode listed = new ObjectMapper().readTree(cli.run("list", "--text", "lighthouse", "--json").out());
        assertEquals(lighthouse, listed.get(0).get("id").asLong());
        assertEquals(harbour, listed.get(1).get("id").asLong());
        assertEquals(2, listed.size());
        assertTrue(cli.run("list", "--text", "lighthouse").out().contains("2 of 2 item(s)"));
    }

    @Test
    void analysisEmbedsForSearchByMeaning() throws Exception {
        try (SimulatedOllama server = SimulatedOllama.start().withVisionModel("llava:7b")
                .withEmbeddingModel("nomic-embed-text", 384)
                .answer("{\"title\":\"Puppy on the shore\",\"description\":\"A young hound in the evening light.\","
                        + "\"tags\":[\"puppy\",\"shore\"],\"categories\":[\"Animals\"]}")) {
            CliRunner cli = new CliRunner(temp.resolve("library"));
            Path photos = Files.createDirectories(temp.resolve("photos"));
            TestImages.distinctJpegs(photos, 2, 64, 48);
            assertEquals(0, cli.run("import", photos.toString()).exitCode());
            assertEquals(0, cli.run("endpoints", "add", server.baseUrl(), "--default").exitCode());

            CliRunner.Result analysed = cli.run("analyze", "--all", "--model", "llava:7b");
            assertEquals(0, analysed.exitCode(), analysed.err());
            assertTrue(analysed.out().contains("Embedded 2 picture(s) for search by meaning with nomic-embed-text:latest"),
                    analysed.out());

            CliRunner.Result found = cli.run("search", "dog on a beach at sunset");
            assertEquals(0, found.exitCode(), found.err());
            assertTrue(found.out().contains("2 of 2 match(es), ranked by words and meaning"), found.out());
            assertTrue(found.out().contains("Puppy on the shore"), found.out());
            assertTrue(cli.run("search", "dog on a beach at sunset", "--text-only").out().contains("0 of 0 match(es)"));
            CliRunner.Result again = cli.run("embed");
            assertTrue(again.out().contains("Embedded 0 picture(s)"), again.out());
        }
    }
}
