package org.pothos.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.analysis.AnalysisJob;
import org.pothos.analysis.JobStatus;
import org.pothos.simulation.SimulatedOllama;
import org.pothos.testsupport.TestImages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window while Ollama is stopped in the middle of a batch and started again on the same port: the banner and
 * "Paused: Ollama not reachable" in the jobs panel and the status bar, no job failed and no try used up, and the
 * batch goes on by itself and finishes when the server answers again.
 */
@ExtendWith(ApplicationExtension.class)
class StoppedOllamaWindowTest {

    private static final String MODEL = "llava:7b";
    private static final String ANSWER = "{\"title\":\"Red kite\",\"description\":\"A kite.\",\"tags\":[\"kite\"],"
            + "\"categories\":[\"Outdoors\"]}";
    private static final int PHOTOS = 6;
    private static final String PAUSED = "Paused: Ollama not reachable";

    @TempDir
    static Path temp;

    private WindowFixture fixture;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new WindowFixture(stage, temp, SimulatedOllama.start().withVisionModel(MODEL).answer(ANSWER)
                .latency(Duration.ofMillis(300)), prefs -> { });
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void aBatchPausesWhileOllamaIsStoppedAndGoesOnByItselfWhenItIsBack(FxRobot robot) throws Exception {
        int port = fixture.server.port();
        // An enabled endpoint that lists no model takes no job, so it does not keep the batch going (the local one a
        // library has when OLLAMA_HOST names another is such an endpoint).
        fixture.context.endpointService().add("idle", SimulatedOllama.closedPortUrl(), 1, null);
        Path photos = Files.createDirectories(temp.resolve("photos"));
        TestImages.distinctJpegs(photos, PHOTOS, 64, 48);
        robot.interact(() -> fixture.window.library().importPaths(List.of(photos)));
        assertTrue(fixture.server.awaitChatCount(3, Duration.ofMinutes(1)), "the batch got going");

        fixture.server.close();

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#totalsLabel").startsWith(PAUSED)
                && text(robot, "#jobsToggle").startsWith(PAUSED) && robot.lookup("#banner").query().isVisible());
        assertTrue(text(robot, "#bannerText").contains("127.0.0.1:" + port + " stopped answering"), text(robot, "#bannerText"));
        assertEquals("Ollama: not reachable", text(robot, "#ollamaLabel"));
        List<AnalysisJob> waiting = jobs();
        assertEquals(PHOTOS, waiting.size());
        assertTrue(waiting.stream().noneMatch(job -> job.status() == JobStatus.FAILED), waiting.toString());
        assertTrue(waiting.stream().filter(job -> job.status() == JobStatus.QUEUED).allMatch(job -> job.attempts() == 0),
                "a stopped server uses up no try: " + waiting);
        assertTrue(waiting.stream().anyMatch(job -> job.status() == JobStatus.QUEUED), "the batch was stopped mid-way");

        try (SimulatedOllama restarted = SimulatedOllama.startOn(port).withVisionModel(MODEL).answer(ANSWER)) {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> jobs().stream().allMatch(job -> job.status() == JobStatus.SUCCEEDED));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#banner").query().isVisible()
                    && text(robot, "#jobsToggle").startsWith("Analysis finished: " + PHOTOS + " succeeded, 0 failed"));
            assertTrue(restarted.chatCount() > 0, "the batch went on with the server started again");
        }
        assertTrue(jobs().stream().allMatch(job -> job.attempts() == 1), "each job took one try: " + jobs());
        assertTrue(text(robot, "#ollamaLabel").startsWith("Ollama " + SimulatedOllama.VERSION), text(robot, "#ollamaLabel"));
    }

    private List<AnalysisJob> jobs() {
        return fixture.context.jobStore().list(null, 0, 100).items();
    }

    private static String text(FxRobot robot, String query) {
        // The jobs drawer closes when the batch is over, and its nodes leave the scene with it.
        Node node = robot.lookup(query).tryQuery().orElse(null);
        String text = node instanceof Labeled labeled ? labeled.getText() : null;
        return text == null ? "" : text;
    }
}
