package org.pothos.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.analysis.AnalysisOptions;
import org.pothos.analysis.JobStatus;
import org.pothos.app.AppContext;
import org.pothos.common.Cancellation;
import org.pothos.library.ImportListener;
import org.pothos.simulation.SimulatedOllama;
import org.pothos.testsupport.TestImages;
import org.pothos.ui.settings.UiLanguage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Jobs an earlier run left in the queue (two queued, one running when it died) are neither run
 * silently nor forgotten when the window opens: a banner offers to resume or discard them.
 */
@ExtendWith(ApplicationExtension.class)
class ResumePromptTest {

    private static final String MODEL = "llava:7b";

    @TempDir
    Path temp;

    private Stage stage;
    private SimulatedOllama server;
    private WindowFixture fixture;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        server = SimulatedOllama.start().withVisionModel(MODEL)
                .answer("{\"title\":\"Card\",\"description\":\"Shapes.\",\"tags\":[\"shapes\"],\"categories\":[\"Art\"]}");
    }

    @AfterEach
    void stop() throws Exception {
        if (fixture != null) {
            // The jobs panel loads in the background: let it finish before its executor goes away.
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fixture.window.jobs().historyLoadingProperty().get());
            WaitForAsyncUtils.waitForFxEvents();
            fixture.close();
        } else {
            server.close();
        }
    }

    @Test
    void resumeRunsTheJobsLeftFromLastTime(FxRobot robot) throws Exception {
        libraryLeftWithThreeJobs();
        openWindowOn(UiLanguage.EN);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".resume-banner").query().isVisible());
        assertEquals("3 analysis jobs from last time are waiting.",
                robot.lookup(".resume-banner .label").queryLabeled().getText());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fixture.context.analysisService().isStarted(), "the engine waits for the user's answer");
        assertEquals(0, server.chatCount(), "nothing runs before the user answers");

        robot.clickOn("#resumeButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> succeeded() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup(".resume-banner").query().isVisible());
        assertEquals(3, server.chatCount());
    }

    @Test
    void discardCancelsThemAndNewWorkStillRuns(FxRobot robot) throws Exception {
        List<Long> items = libraryLeftWithThreeJobs();
        openWindowOn(UiLanguage.EN);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".resume-banner").query().isVisible());
        robot.clickOn("#discardButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> fixture.context.jobStore().countByStatus().get(JobStatus.CANCELLED) == 3);
        assertFalse(robot.lookup(".resume-banner").query().isVisible());

        fixture.context.analysisService().analyse(items.subList(0, 1), MODEL, null, AnalysisOptions.defaults());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> succeeded() == 1);
        assertEquals(1, server.chatCount(), "only the new job ran");
    }

    @Test
    void theQuestionIsAskedInChinese(FxRobot robot) throws Exception {
        libraryLeftWithThreeJobs();
        openWindowOn(UiLanguage.ZH_CN);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".resume-banner").query().isVisible());
        assertEquals("上次还有 3 个分析任务在等待。",
                robot.lookup(".resume-banner .label").queryLabeled().getText());
        List<String> buttons = robot.lookup(".resume-banner .button").queryAll().stream()
                .map(node -> ((Labeled) node).getText()).toList();
        assertEquals(List.of("继续", "放弃"), buttons);
    }

    @Test
    void noQuestionWhenNothingWaits(FxRobot robot) throws Exception {
        openWindowOn(UiLanguage.EN);
        Path photos = Files.createDirectories(temp.resolve("more"));
        TestImages.jpeg(photos, "new.jpg", 120, 90);
        long id = fixture.context.importService().importPaths(List.of(photos), ImportListener.NONE, new Cancellation())
                .outcomes().get(0).mediaId();
        fixture.context.analysisService().analyse(List.of(id), MODEL, null, AnalysisOptions.defaults());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> succeeded() == 1);
        Node banner = robot.lookup(".resume-banner").query();
        assertFalse(banner.isVisible(), "the engine started by itself");
    }

    private long succeeded() {
        return fixture.context.jobStore().countByStatus().get(JobStatus.SUCCEEDED);
    }

    private Path dataDir() {
        return temp.resolve("library");
    }

    /** A library as a killed run leaves it: three jobs queued, one of them RUNNING. */
    private List<Long> libraryLeftWithThreeJobs() throws Exception {
        Path photos = Files.createDirectories(temp.resolve("photos"));
        TestImages.distinctJpegs(photos, 3, 100, 80);
        try (AppContext library = AppContext.open(dataDir(), server.baseUrl())) {
            List<Long> ids = library.importService().importPaths(List.of(photos), ImportListener.NONE, new Cancellation())
                    .outcomes().stream().map(o -> o.mediaId()).toList();
            List<Long> jobs = library.jobStore().enqueue(ids, MODEL, null, AnalysisOptions.defaults(), "earlier").created();
            assertTrue(library.jobStore().markRunning(jobs.get(0), null, Instant.now()).isPresent());
            return ids;
        }
    }

    private void openWindowOn(UiLanguage language) throws Exception {
        robotInteract(() -> fixture = new WindowFixture(stage, server, dataDir(), prefs -> prefs.uiLanguageProperty().set(language)));
    }

    private interface Work {
        void run() throws Exception;
    }

    private static void robotInteract(Work work) throws Exception {
        Exception[] failure = new Exception[1];
        WaitForAsyncUtils.asyncFx(() -> {
            try {
                work.run();
            } catch (Exception e) {
                failure[0] = e;
            }
        }).get(60, TimeUnit.SECONDS);
        if (failure[0] != null) {
            throw failure[0];
        }
    }
}
