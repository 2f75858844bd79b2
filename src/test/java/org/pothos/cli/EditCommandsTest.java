package org.pothos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.simulation.SimulatedOllama;
import org.pothos.testsupport.TestImages;

/** {@code tag}, {@code category} and {@code set} through the command line, and what analysis does with their values. */
class EditCommandsTest {

    private static final String ANSWER = "{\"title\":\"Red kite\",\"description\":\"A kite against a blue sky.\","
            + "\"tags\":[\"kite\",\"sky\"],\"categories\":[\"Outdoors\"]}";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private CliRunner cli;
    private SimulatedOllama server;
    private long a;
    private long b;
    private long c;

    @BeforeEach
    void setUp() throws IOException {
        cli = new CliRunner(temp.resolve("library"));
        Path photos = Files.createDirectories(temp.resolve("photos"));
        TestImages.jpeg(photos, "a.jpg", 64, 48);
        TestImages.jpeg(photos, "b.jpg", 48, 64);
        TestImages.png(photos, "c.png", 40, 40);
        assertEquals(0, cli.run("import", photos.toString()).exitCode());
        JsonNode items = list("--sort", "name");
        a = items.get(0).get("id").asLong();
        b = items.get(1).get("id").asLong();
        c = items.get(2).get("id").asLong();
    }

    @AfterEach
    void tearDown() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void tagsAndCategoriesByIdAndByQuery() throws IOException {
        CliRunner.Result tagged = cli.run("tag", "add", "sunset", "Sea view", "--id", a + "," + b);
        assertEquals(0, tagged.exitCode(), tagged.err());
        assertTrue(tagged.out().contains("Tag \"sunset\": added to 2 of 2 item(s)."), tagged.out());
        assertTrue(tagged.out().contains("Tag \"Sea view\": added to 2 of 2 item(s)."), tagged.out());
        assertEquals(List.of("a.jpg", "b.jpg"), fileNames(list("--tag", "sunset", "--sort", "name")));

        // Again, with an item that has it already: only the new one changes.
        CliRunner.Result again = cli.run("tag", "add", "SUNSET", "--id", String.valueOf(b), "--id", String.valueOf(c));
        assertTrue(again.out().contains("added to 1 of 2 item(s)"), again.out());

        CliRunner.Result categorised = cli.run("category", "add", "Travel", "--query", "--tag", "sea view");
        assertEquals(0, categorised.exitCode(), categorised.err());
        assertTrue(categorised.out().contains("Category \"Travel\": added to 2 of 2 item(s)."), categorised.out());
        assertEquals(List.of("a.jpg", "b.jpg"), fileNames(list("--category", "travel", "--sort", "name")));

        CliRunner.Result removed = cli.run("tag", "remove", "sunset", "--query", "--category", "Travel", "--text", "b.jpg");
        assertTrue(removed.out().contains("Tag \"sunset\": removed from 1 of 1 item(s)."), removed.out());
        assertEquals(List.of("a.jpg", "c.png"), fileNames(list("--tag", "sunset", "--sort", "name")));

        CliRunner.Result uncategorised = cli.run("category", "remove", "Travel", "--query");
        assertTrue(uncategorised.out().contains("removed from 2 of 3 item(s)"), uncategorised.out());
        assertEquals(0, list("--category", "Travel").size());

        JsonNode shown = JSON.readTree(cli.run("show", String.valueOf(a), "--json").out());
        assertEquals("you", shown.get("tags").get(0).get("source").asText());

        CliRunner.Result nothing = cli.run("tag", "add", "x", "--query", "--tag", "no such tag");
        assertEquals(0, nothing.exitCode());
        assertTrue(nothing.out().contains("No item matches; nothing changed."), nothing.out());
    }

    @Test
    void setWritesTheUsersValues() throws IOException {
        CliRunner.Result set = cli.run("set", String.valueOf(a), String.valueOf(b), "--title", "Harbour at dusk",
                "--description", "Boats.", "--rating", "4", "--favourite", "true");
        assertEquals(0, set.exitCode(), set.err());
        assertTrue(set.out().contains("Changed 2 of 2 item(s)."), set.out());
        JsonNode item = JSON.readTree(cli.run("show", String.valueOf(b), "--json").out());
        assertEquals("Harbour at dusk", item.get("title").asText());
        assertEquals("you", item.get("titleSource").asText());
        assertEquals("Boats.", item.get("description").asText());
        assertEquals(4, item.get("rating").asInt());
        assertTrue(item.get("favourite").asBoolean());
        assertEquals(List.of("a.jpg", "b.jpg"), fileNames(list("--favourites", "--min-rating", "4", "--sort", "name")));

        CliRunner.Result unset = cli.run("set", "--query", "--favourites", "--favourite", "false", "--title", "");
        assertTrue(unset.out().contains("Changed 2 of 2 item(s)."), unset.out());
        item = JSON.readTree(cli.run("show", String.valueOf(a), "--json").out());
        assertTrue(item.get("title").isNull(), item.toString());
        assertEquals(0, list("--favourites").size());
    }

    @Test
    void wrongSelectionsAreRefusedBeforeAnythingChanges() throws IOException {
        assertEquals(2, cli.run("tag", "add", "x").exitCode());
        assertEquals(2, cli.run("tag", "add", "x", "--tag", "y").exitCode());
        CliRunner.Result both = cli.run("tag", "add", "x", "--id", String.valueOf(a), "--query");
        assertEquals(2, both.exitCode());
        assertTrue(both.err().contains("either by id or with --query"), both.err());
        assertEquals(2, cli.run("tag", "add", " ", "--id", String.valueOf(a)).exitCode());
        assertEquals(2, cli.run("set", String.valueOf(a), "--rating", "9").exitCode());
        assertEquals(2, cli.run("set", String.valueOf(a)).exitCode());
        CliRunner.Result unknown = cli.run("tag", "add", "x", "--id", a + ",999999");
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.err().contains("No item with id 999999."), unknown.err());
        assertEquals(0, list("--tag", "x").size());
    }

    @Test
    void analysisKeepsTheUsersValuesUnlessOverwriting() throws IOException {
        server = SimulatedOllama.start().withVisionModel("llava:7b").answer(ANSWER);
        assertEquals(0, cli.run("endpoints", "add", server.baseUrl(), "--default").exitCode());
        assertEquals(0, cli.run("analyze", "--all", "--model", "llava:7b").exitCode());
        // The model's "sky" becomes the user's on a, and a's title is the user's.
        cli.run("tag", "add", "sky", "--id", String.valueOf(a));
        cli.run("set", String.valueOf(a), "--title", "My kite");

        CliRunner.Result again = cli.run("analyze", "--all", "--model", "llava:7b");
        assertEquals(0, again.exitCode(), again.out() + again.err());
        JsonNode item = JSON.readTree(cli.run("show", String.valueOf(a), "--json").out());
        assertEquals("My kite", item.get("title").asText());
        assertEquals("you", labelSource(item, "sky"));
        assertEquals("llava:7b", labelSource(item, "kite"));

        assertEquals(0, cli.run("analyze", String.valueOf(a), "--model", "llava:7b", "--overwrite").exitCode());
        item = JSON.readTree(cli.run("show", String.valueOf(a), "--json").out());
        assertEquals("Red kite", item.get("title").asText());
        assertEquals("llava:7b", labelSource(item, "sky"));
    }

    private static String labelSource(JsonNode item, String name) {
        for (JsonNode tag : item.get("tags")) {
            if (tag.get("name").asText().equals(name)) {
                return tag.get("source").asText();
            }
        }
        throw new AssertionError("no tag " + name + " in " + item);
    }

    private JsonNode list(String... filters) throws IOException {
        List<String> args = new ArrayList<>(List.of("list", "--json"));
        args.addAll(List.of(filters));
        CliRunner.Result result = cli.run(args.toArray(String[]::new));
        assertEquals(0, result.exitCode(), result.err());
        return JSON.readTree(result.out());
    }

    private static List<String> fileNames(JsonNode items) {
        List<String> names = new ArrayList<>();
        items.forEach(i -> names.add(i.get("fileName").asText()));
        return names;
    }
}
