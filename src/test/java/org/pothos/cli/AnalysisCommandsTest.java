package org.pothos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.simulation.ChatFault;
import org.pothos.simulation.SimulatedOllama;
import org.pothos.testsupport.TestImages;

/** The analysis commands end to end through the command line, against an in-process Ollama. */
class AnalysisCommandsTest {

    private static final String ANSWER = "{\"title\":\"Red kite\",\"description\":\"A kite against a blue sky.\","
            + "\"tags\":[\"kite\",\"sky\"],\"categories\":[\"Outdoors\"]}";

    @TempDir
    Path temp;

    private SimulatedOllama server;
    private CliRunner cli;

    @BeforeEach
    void setUp() throws IOException {
        server = SimulatedOllama.start().withVisionModel("llava:7b").withTextModel("llama3.2:3b").answer(ANSWER);
        cli = new CliRunner(temp.resolve("library"));
        Path photos = Files.createDirectories(temp.resolve("photos"));
        TestImages.jpeg(photos, "a.jpg", 640, 480);
        TestImages.jpeg(photos, "b.jpg", 480, 640);
        assertEquals(0, cli.run("import", photos.toString()).exitCode());
        CliRunner.Result added = cli.run("endpoints", "add", server.baseUrl(), "--name", "test box", "--default");
        assertEquals(0, added.exitCode(), added.err());
        assertTrue(added.out().contains("It answers: Ollama " + SimulatedOllama.VERSION), added.out());
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void analyseListShowAndJobs() throws IOException {
        CliRunner.Result models = cli.run("models", "--endpoint", server.baseUrl());
        assertEquals(0, models.exitCode(), models.out());
        assertTrue(models.out().matches("(?s).*llava:7b\\s+vision.*"), models.out());
        assertTrue(models.out().matches("(?s).*llama3.2:3b\\s+text.*"), models.out());

        CliRunner.Result analysed = cli.run("analyze", "--all", "--model", "llava:7b");
        assertEquals(0, analysed.exitCode(), analysed.out() + analysed.err());
        assertTrue(analysed.out().contains("Queued 2 image(s) for llava:7b"), analysed.out());
        assertTrue(analysed.out().contains("Done: 2 succeeded, 0 failed, 0 cancelled"), analysed.out());

        JsonNode items = new ObjectMapper().readTree(cli.run("list", "--json").out());
        assertEquals("Red kite", items.get(0).get("title").asText());
        assertEquals("llava:7b", items.get(0).get("titleSource").asText());
        CliRunner.Result show = cli.run("show", items.get(0).get("id").asText());
        assertTrue(show.out().contains("kite (llava:7b)"), show.out());
        assertTrue(cli.run("list", "--tag", "sky").out().contains("2 of 2 item(s)"));

        CliRunner.Result jobs = cli.run("jobs");
        assertTrue(jobs.out().contains("2 succeeded"), jobs.out());
        assertTrue(jobs.out().contains("median"), jobs.out());
        assertEquals(2, server.chatCount());
    }

    @Test
    void modelsThatCannotRunAreRefusedBeforeQueueing() {
        CliRunner.Result missing = cli.run("analyze", "--all", "--model", "qwen2.5vl:7b", "--endpoint", server.baseUrl());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("run `ollama pull qwen2.5vl:7b`"), missing.err());
        CliRunner.Result blind = cli.run("analyze", "--all", "--model", "llama3.2:3b", "--endpoint", server.baseUrl());
        assertEquals(1, blind.exitCode());
        assertTrue(blind.err().contains("cannot see images"), blind.err());
        assertEquals(0, server.chatCount());
        assertTrue(cli.run("jobs").out().contains("0 queued"));
    }

    @Test
    void failedJobsAreRetriedAndQueuedOnesCancelled() {
        server.failNext(2, 400, "{\"error\":\"invalid image input\"}");
        CliRunner.Result failed = cli.run("analyze", "--all", "--model", "llava:7b");
        assertEquals(1, failed.exitCode(), "a failed job makes the command fail");
        assertTrue(failed.out().contains("Done: 0 succeeded, 2 failed"), failed.out());
        assertTrue(failed.out().contains("rejected the request (HTTP 400): invalid image input"), failed.out());

        assertTrue(cli.run("retry", "--failed").out().contains("Queued 2 job(s) again"));
        assertTrue(cli.run("cancel", "--all").out().contains("Cancelled 2 queued job(s)"));
        CliRunner.Result nothing = cli.run("analyze");
        assertEquals(0, nothing.exitCode(), "nothing is queued: nothing to do, and nothing wrong");
        assertTrue(nothing.out().contains("Nothing queued"), nothing.out());

        String firstJob = cli.run("jobs", "--json").out().replaceAll("(?s).*?\"id\" : (\\d+).*", "$1");
        assertTrue(cli.run("retry", firstJob).out().contains("Queued 1 job(s) again"));
        CliRunner.Result resumed = cli.run("analyze");
        assertEquals(0, resumed.exitCode(), resumed.out());
        assertTrue(resumed.out().contains("Resuming 1 queued job(s)"), resumed.out());
        assertTrue(resumed.out().contains("Done: 1 succeeded"), resumed.out());
    }

    @Test
    void endpointsCanBeListedTestedAndRemoved() {
        CliRunner.Result list = cli.run("endpoints", "list");
        assertTrue(list.out().contains("Local Ollama") && list.out().contains("test box"), list.out());
        assertEquals(0, cli.run("endpoints", "test", server.baseUrl()).exitCode());
        assertEquals(2, cli.run("endpoints", "add", server.baseUrl()).exitCode(), "already set up");
        assertEquals(0, cli.run("endpoints", "remove", "1").exitCode());
        assertTrue(!cli.run("endpoints", "list").out().contains("Local Ollama"));
        assertEquals(2, cli.run("endpoints", "remove", "http://nowhere:1").exitCode());
    }

    @Test
    void aHangingServerIsReportedAfterTheTimeout() {
        server.failNext(10, ChatFault.hang());
        CliRunner.Result result = cli.run("analyze", "1", "--model", "llava:7b", "--timeout", "1", "--concurrency", "1");
        assertEquals(1, result.exitCode());
        assertTrue(result.out().contains("no answer from llava:7b within 1 s"), result.out());
    }
}
