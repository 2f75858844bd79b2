package org.pothos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.simulation.SimulatedOllama;
import org.pothos.testsupport.TestImages;

/** Review and the vocabulary end to end through the command line, against an in-process Ollama. */
class ReviewAndVocabularyCommandsTest {

    private static final String ANSWER = "{\"title\":\"Red kite\",\"description\":\"A kite against a blue sky.\","
            + "\"tags\":[\"kite\",\"sky\",\"automobile\"],\"categories\":[\"Outdoors\"]}";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private SimulatedOllama server;
    private CliRunner cli;
    private String id;

    @BeforeEach
    void setUp() throws IOException {
        server = SimulatedOllama.start().withVisionModel("llava:7b").answer(ANSWER);
        cli = new CliRunner(temp.resolve("library"));
        Path photos = Files.createDirectories(temp.resolve("photos"));
        TestImages.jpeg(photos, "a.jpg", 640, 480);
        assertEquals(0, cli.run("import", photos.toString()).exitCode());
        assertEquals(0, cli.run("endpoints", "add", server.baseUrl(), "--default").exitCode());
        id = JSON.readTree(cli.run("list", "--json").out()).get(0).get("id").asText();
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private CliRunner.Result ok(String... args) {
        CliRunner.Result result = cli.run(args);
        assertEquals(0, result.exitCode(), String.join(" ", args) + ": " + result.out() + result.err());
        return result;
    }

    private List<String> tags() throws IOException {
        return names(JSON.readTree(ok("show", id, "--json").out()).get("tags"));
    }

    @Test
    void reviewModeSuggestsAndThePersonDecidesFromTheCommandLine() throws IOException {
        assertTrue(ok("review", "mode", "on").out().contains("Review mode: on"));
        ok("analyze", "--all");

        CliRunner.Result list = ok("review", "list");
        assertTrue(list.out().contains("tag:         kite, sky, automobile  (llava:7b)"), list.out());
        assertTrue(list.out().contains("1 picture(s) to review"), list.out());

        assertTrue(ok("review", "accept", id, "--tag", "kite", "--title").out().contains("Accepted 2 value(s) on 1 picture(s)."));
        CliRunner.Result reject = cli.run("review", "reject", id, "--tag", "automobile", "--tag", "unicorn");
        assertEquals(1, reject.exitCode(), "one of the two was not suggested");
        assertTrue(reject.out().contains("Rejected 1 value(s)"), reject.out());
        assertTrue(reject.err().contains("has no suggested tag 'unicorn'"), reject.err());
        assertEquals(2, cli.run("review", "accept", id).exitCode(), "say what to accept");
        ok("review", "accept", id, "--all");
        JsonNode shown = JSON.readTree(ok("show", id, "--json").out());
        assertEquals("Red kite", shown.get("title").asText());
        assertEquals(List.of("kite", "sky"), names(shown.get("tags")));

        // Asking again tells the model what was rejected and keeps what was accepted.
        ok("analyze", "--review", id);
        String prompt = server.prompts().get(server.prompts().size() - 1);
        assertTrue(prompt.contains("rejected these tags; do not use them: \"automobile\""), prompt);
        JsonNode pending = JSON.readTree(ok("review", "list", "--json").out());
        assertEquals(0, pending.size(), "nothing new: the answer was the same, and the rejected tag stays out");
    }

    private static List<String> names(JsonNode labels) {
        List<String> names = new ArrayList<>();
        labels.forEach(t -> names.add(t.get("name").asText()));
        return names;
    }

    @Test
    void theVocabularyIsManagedFromTheCommandLine() throws IOException {
        ok("analyze", "--all");
        assertTrue(ok("tags", "rename", "automobile", "car").out().contains("Renamed tag 'automobile' to 'car' on 1 picture(s)."));
        ok("tags", "alias", "add", "heavens", "sky");
        assertTrue(ok("tags", "alias", "list").out().matches("(?s).*automobile\\s+-> car.*heavens\\s+-> sky.*"));
        ok("tags", "merge", "kite", "sky", "--into", "air");
        ok("tags", "parent", "car", "vehicle");
        assertTrue(ok("tags", "--tree").out().contains("vehicle  (1 with those below)"));
        assertTrue(ok("list", "--tag", "vehicle").out().contains("1 of 1 item(s)"), "a parent finds its children's pictures");

        ok("analyze", "--all");
        assertEquals(List.of("air", "car"), tags(), "renamed and merged names map onto the new ones");

        assertTrue(ok("tags", "delete", "car").out().contains("Deleted tag 'car' from 1 picture(s)."));
        assertTrue(ok("tags", "undo").out().contains("Restored tag 'car' on 1 picture(s)."));
        CliRunner.Result details = ok("tags", "--details");
        assertTrue(details.out().matches("(?s).*\\n\\s+1\\s+0\\s+1\\s+0\\s+\\d{4}-\\d\\d-\\d\\d\\s+air\\s+aliases heavens, kite, sky.*"),
                details.out());

        CliRunner.Result unknown = cli.run("categories", "delete", "Nope");
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.err().contains("no category named 'Nope'"), unknown.err());
    }

    @Test
    void aStrictVocabularyDropsUnknownLabelsAndTheJobSaysSo() throws IOException {
        assertTrue(ok("tags", "vocabulary", "strict").out().contains("Controlled vocabulary: strict"));
        ok("tags", "alias", "add", "automobile", "car");
        ok("tags", "parent", "kite", "toy");
        ok("analyze", "--all");
        assertEquals(List.of("car", "kite"), tags());
        CliRunner.Result jobs = ok("jobs");
        assertTrue(jobs.out().contains("not in the vocabulary, dropped: tags sky; categories Outdoors"), jobs.out());
        String prompt = server.prompts().get(0);
        assertTrue(prompt.contains("uses these tags") && prompt.contains("\"car\"") && prompt.contains("\"kite\""), prompt);
        assertFalse(prompt.contains("uses these categories"), "no categories are known yet: " + prompt);
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = (Map<String, Object>) server.chatRequests().get(0).formatSchema().get("properties");
        assertFalse(properties.get("categories").toString().contains("enum"));
    }
}
