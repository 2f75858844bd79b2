package org.pothos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.simulation.SimulatedOllama;
import org.pothos.testsupport.TestImages;

/**
 * The endpoint a person names is the endpoint used: {@code OLLAMA_HOST} at every run, an address given to
 * {@code analyze --endpoint} without adding it first, limits changed in place; and a bad {@code OLLAMA_HOST}
 * stops only the commands that talk to Ollama, saying what is wrong with it.
 */
class EndpointCommandsTest {

    private static final String MODEL = "llava:7b";
    private static final String ANSWER = "{\"title\":\"Red kite\",\"description\":\"A kite.\",\"tags\":[\"kite\"],\"categories\":[\"Outdoors\"]}";

    @TempDir
    Path temp;

    private SimulatedOllama server;
    private CliRunner cli;
    private Path photos;

    @BeforeEach
    void setUp() throws Exception {
        server = SimulatedOllama.start().withVisionModel(MODEL).answer(ANSWER);
        photos = Files.createDirectories(temp.resolve("photos"));
        TestImages.distinctJpegs(photos, 2, 64, 48);
        cli = new CliRunner(temp.resolve("library"));
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void ollamaHostSetAfterTheLibraryWasMadeIsTheLocalEndpointForThatRun() {
        assertEquals(0, cli.run("import", photos.toString()).exitCode());
        // A library saves its default endpoint when endpoints are first needed (an import never asks for them).
        assertTrue(cli.run("endpoints", "list").out().contains("http://localhost:11434"), "no OLLAMA_HOST: localhost is saved");
        CliRunner withHost = cli.withEnvironment(Map.of("OLLAMA_HOST", server.baseUrl()));

        CliRunner.Result list = withHost.run("endpoints", "list");
        assertTrue(list.out().contains(server.baseUrl() + " ") && list.out().contains("(OLLAMA_HOST; saved: http://localhost:11434)"),
                list.out());
        CliRunner.Result analysed = withHost.run("analyze", "--all", "--model", MODEL);
        assertEquals(0, analysed.exitCode(), analysed.out() + analysed.err());
        assertEquals(2, server.chatCount(), "the jobs went to OLLAMA_HOST");
        assertFalse(cli.run("endpoints", "list").out().contains("OLLAMA_HOST"), "without it, the saved address again");
    }

    @Test
    void aBadOllamaHostStopsOnlyWhatTalksToOllamaAndNamesTheVariableAndItsValue() {
        CliRunner bad = cli.withEnvironment(Map.of("OLLAMA_HOST", "not a host!"));
        assertEquals(0, bad.run("import", photos.toString()).exitCode(), "import does not talk to Ollama");
        CliRunner.Result stats = bad.run("stats");
        assertEquals(0, stats.exitCode(), stats.err());

        CliRunner.Result analysed = bad.run("analyze", "--all", "--model", MODEL);
        assertEquals(1, analysed.exitCode());
        assertTrue(analysed.err().contains("OLLAMA_HOST='not a host!' is not an Ollama address"), analysed.err());

        CliRunner.Result port = cli.withEnvironment(Map.of("OLLAMA_HOST", "127.0.0.1:99999")).run("models");
        assertEquals(1, port.exitCode());
        assertTrue(port.err().contains("OLLAMA_HOST='127.0.0.1:99999'") && port.err().contains("port 99999 is not 1 to 65535"),
                port.err());
    }

    @Test
    void anAddressNotAddedIsUsedForThatRunAndOfferedToBeKept() {
        assertEquals(0, cli.run("import", photos.toString()).exitCode());

        CliRunner.Result analysed = cli.run("analyze", "--all", "--model", MODEL, "--endpoint", server.baseUrl());

        assertEquals(0, analysed.exitCode(), analysed.out() + analysed.err());
        assertTrue(analysed.out().contains("Using " + server.baseUrl() + " for this run only; to keep it: pothos endpoints add "
                + server.baseUrl()), analysed.out());
        assertTrue(analysed.out().contains("Done: 2 succeeded, 0 failed, 0 cancelled"), analysed.out());
        assertEquals(2, server.chatCount());
        assertFalse(cli.run("endpoints", "list").out().contains(server.baseUrl()), "not kept unless added");
    }

    @Test
    void anEndpointsLimitIsToldAndChangedInPlace() {
        assertEquals(0, cli.run("import", photos.toString()).exitCode());
        assertEquals(0, cli.run("endpoints", "add", server.baseUrl(), "--default").exitCode());

        CliRunner.Result held = cli.run("analyze", "--all", "--model", MODEL, "--concurrency", "4");
        assertTrue(held.out().matches("(?s).*Running 2 at once: the endpoint's limit \\(" + java.util.regex.Pattern.quote(server.baseUrl())
                + " takes 2\\); change it with `pothos endpoints set \\d+ --max-concurrent 4`.*"), held.out());

        CliRunner.Result set = cli.run("endpoints", "set", server.baseUrl(), "--max-concurrent", "4", "--name", "GPU box",
                "--token", "s3cret", "--disable");
        assertEquals(0, set.exitCode(), set.err());
        assertTrue(set.out().contains("GPU box (" + server.baseUrl() + "), disabled, up to 4 request(s) at once, token kept in the"
                + " library folder, readable only by you"), set.out());
        CliRunner.Result list = cli.run("endpoints", "list");
        assertTrue(list.out().matches("(?s).*GPU box\\s+" + java.util.regex.Pattern.quote(server.baseUrl()) + "\\s+no\\s+yes\\s+4.*"),
                list.out());
        assertTrue(list.out().contains("(token set)") && !list.out().contains("s3cret"), list.out());
        assertEquals(0, cli.run("endpoints", "set", server.baseUrl(), "--enable", "--token", "").exitCode());
        assertFalse(cli.run("endpoints", "list").out().contains("(token set)"));
        assertEquals(2, cli.run("endpoints", "set", server.baseUrl()).exitCode(), "nothing to change is a usage error");
    }

    @Test
    void analyseExitCodes() {
        CliRunner.Result nothing = cli.run("analyze");
        assertEquals(0, nothing.exitCode(), nothing.out() + nothing.err());
        assertTrue(nothing.out().contains("Nothing queued"), nothing.out());
        CliRunner.Result zero = cli.run("analyze", "--all", "--timeout", "0");
        assertEquals(2, zero.exitCode(), zero.out() + zero.err());
        assertTrue(zero.err().contains("--timeout must be at least 1 second"), zero.err());
    }
}
