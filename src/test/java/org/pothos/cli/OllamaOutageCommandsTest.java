package org.pothos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.simulation.SimulatedOllama;
import org.pothos.testsupport.TestImages;

/**
 * The command line when Ollama stops, or is too busy: a batch pauses and waits for the server (stopped, then
 * started again on the same port), gives up after {@code --wait} with its jobs still queued, and takes a
 * server that accepts one request at a time and queues none at concurrency 8 without a single failure.
 */
class OllamaOutageCommandsTest {

    private static final String MODEL = "llava:7b";
    private static final String ANSWER = "{\"title\":\"Red kite\",\"description\":\"A kite.\",\"tags\":[\"kite\"],\"categories\":[\"Outdoors\"]}";

    @TempDir
    Path temp;

    private SimulatedOllama server;

    @AfterEach
    void tearDown() {
        if (server != null) {
            server.close();
        }
    }

    private CliRunner libraryWith(int images) throws Exception {
        Path photos = Files.createDirectories(temp.resolve("photos"));
        TestImages.distinctJpegs(photos, images, 64, 48);
        CliRunner cli = new CliRunner(temp.resolve("library"));
        assertEquals(0, cli.run("import", photos.toString()).exitCode());
        CliRunner.Result added = cli.run("endpoints", "add", server.baseUrl(), "--default");
        assertEquals(0, added.exitCode(), added.err());
        return cli;
    }

    private static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    @Test
    void aBatchPausesWhileOllamaIsStoppedAndFinishesWhenItIsBackOnTheSamePort() throws Exception {
        server = SimulatedOllama.start().withVisionModel(MODEL).answer(ANSWER).latency(Duration.ofMillis(150));
        int port = server.port();
        CliRunner cli = libraryWith(8);

        CliRunner.Running analyze = cli.start("analyze", "--all", "--model", MODEL);
        assertTrue(server.awaitChatCount(3, Duration.ofMinutes(1)), "the batch got going");
        server.close();
        assertTrue(analyze.awaitOutput(out -> out.contains("Paused: Ollama at " + "http://127.0.0.1:" + port + " is not reachable")),
                analyze.out().toString());
        server = SimulatedOllama.startOn(port).withVisionModel(MODEL).answer(ANSWER);
        CliRunner.Result result = analyze.await();

        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertEquals(1, count(result.out(), "Paused:"), "the pause is told once: " + result.out());
        assertTrue(result.out().contains("Resumed: Ollama at http://127.0.0.1:" + port + " answers again."), result.out());
        assertTrue(result.out().contains("Done: 8 succeeded, 0 failed, 0 cancelled"), result.out());
        JsonNode jobs = new ObjectMapper().readTree(cli.run("jobs", "--json").out());
        String log = Files.readString(temp.resolve("library").resolve("logs").resolve("pothos.log"));
        for (JsonNode job : jobs) {
            assertEquals("succeeded", job.get("status").asText(), job.toString());
            assertEquals(1, job.get("attempts").asInt(), "a stopped server used up no try: " + job + "\n" + log);
        }
    }

    @Test
    void aBatchGivesUpAfterWaitingAndLeavesItsJobsQueuedWithTheirTries() throws Exception {
        server = SimulatedOllama.start().withVisionModel(MODEL).answer(ANSWER);
        CliRunner cli = libraryWith(3);
        assertEquals(0, cli.run("models").exitCode(), "the model list is known before Ollama stops");
        server.close();

        CliRunner.Result result = cli.run("analyze", "--all", "--model", MODEL, "--wait", "2");

        assertEquals(1, result.exitCode(), result.out() + result.err());
        assertEquals(1, count(result.out(), "Paused:"), result.out());
        assertTrue(result.out().contains("did not answer for 2 s"), result.out());
        assertTrue(result.out().contains("3 still queued (run `analyze` to resume)"), result.out());
        JsonNode jobs = new ObjectMapper().readTree(cli.run("jobs", "--json").out());
        assertEquals(3, jobs.size());
        for (JsonNode job : jobs) {
            assertEquals("queued", job.get("status").asText(), job.toString());
            assertEquals(0, job.get("attempts").asInt(), job.toString());
        }
    }

    @Test
    void aServerThatTakesOneRequestAtATimeAndQueuesNoneGetsAllFortyDoneAtConcurrencyEight() throws Exception {
        server = SimulatedOllama.start().withVisionModel(MODEL).answer(ANSWER).latency(Duration.ofMillis(20)).capacity(1, null);
        CliRunner cli = libraryWith(40);
        assertEquals(0, cli.run("endpoints", "set", server.baseUrl(), "--max-concurrent", "8").exitCode());

        CliRunner.Result result = cli.run("analyze", "--all", "--model", MODEL, "--concurrency", "8");

        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().contains("Done: 40 succeeded, 0 failed, 0 cancelled"), result.out());
        assertTrue(server.turnedAway() > 0, "the server did answer busy");
        assertEquals(40, server.chatCount() - server.turnedAway(), "each image answered once");
        JsonNode jobs = new ObjectMapper().readTree(cli.run("jobs", "--json").out());
        String log = Files.readString(temp.resolve("library").resolve("logs").resolve("pothos.log"));
        for (JsonNode job : jobs) {
            assertEquals(1, job.get("attempts").asInt(), "busy answers use up no try: " + job + "\n" + log);
        }
    }
}
