package org.pothos.ui.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.analysis.AnalysisOptions;
import org.pothos.analysis.AnalysisService;
import org.pothos.analysis.JobStatus;
import org.pothos.app.AppContext;
import org.pothos.common.Cancellation;
import org.pothos.library.ImportListener;
import org.pothos.library.MediaQuery;
import org.pothos.simulation.ChatFault;
import org.pothos.simulation.SimulatedOllama;
import org.pothos.testsupport.TestImages;
import org.pothos.ui.common.FxThread;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

/** The real panel, headless, over the real engine and an in-process Ollama. */
@ExtendWith(ApplicationExtension.class)
class JobsViewTest {

    @TempDir
    static Path temp;

    private SimulatedOllama server;
    private AppContext context;
    private AnalysisService service;
    private ExecutorService background;
    private JobsViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        server = SimulatedOllama.start().withVisionModel(JobsViewModelTest.MODEL).answer(JobsViewModelTest.ANSWER);
        context = AppContext.open(temp.resolve("library-" + System.nanoTime()), server.baseUrl());
        service = context.analysisService();
        service.start();
        background = Executors.newFixedThreadPool(2);
        viewModel = new JobsViewModel(service, ItemNames.from(context.mediaStore()),
                new JobsText(Locale.ENGLISH, ZoneOffset.UTC), background, FxThread.EXECUTOR);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(JobsView.load(viewModel), 1100, 340));
        stage.show();
        viewModel.start();
    }

    @AfterEach
    void stop() throws Exception {
        viewModel.close();
        context.close();
        server.close();
        background.shutdownNow();
        background.awaitTermination(10, TimeUnit.SECONDS);
    }

    private List<Long> importImages(int count) throws java.io.IOException {
        Path photos = Files.createDirectories(temp.resolve("photos-" + System.nanoTime()));
        for (int i = 0; i < count; i++) {
            TestImages.jpeg(photos, "photo-" + i + ".jpg", 320 + i, 240);
        }
        context.importService().importPaths(List.of(photos), ImportListener.NONE, new Cancellation());
        return context.mediaStore().findIds(MediaQuery.all());
    }

    private static <T> T onFx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(5, TimeUnit.SECONDS);
    }

    private long historyWith(JobStatus status) throws Exception {
        return onFx(() -> viewModel.history().stream().filter(r -> r.getStatus() == status).count());
    }

    private static NodeQuery activeRow(FxRobot robot) {
        return robot.lookup(".job-row").match((ListCell<?> cell) -> cell.getItem() != null);
    }

    @Test
    void aHangingJobIsCancelledFromItsRowWhileTheOthersComplete(FxRobot robot) throws Exception {
        server.failNext(1, ChatFault.hang());
        service.analyse(importImages(3), JobsViewModelTest.MODEL, null, AnalysisOptions.defaults());

        // The first request hangs; the two others complete around it.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> historyWith(JobStatus.SUCCEEDED) == 2
                && onFx(() -> viewModel.activeJobs().size()) == 1);
        // The list lays out its cell for the job at the next pulse, after the view model has it.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> activeRow(robot).tryQuery().isPresent());
        Node row = activeRow(robot).query();
        ProgressBar bar = robot.from(row).lookup(".job-progress").queryAs(ProgressBar.class);
        assertTrue(bar.isVisible());
        assertTrue(bar.isIndeterminate(), "no token has come from the hanging request");
        assertTrue(robot.from(row).lookup(".job-name").queryAs(Label.class).getText().startsWith("photo-"));

        robot.clickOn(robot.from(row).lookup(".cancel-job").queryButton());
        long clicked = System.nanoTime();

        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> historyWith(JobStatus.CANCELLED) == 1
                && robot.lookup(".jobs-history .job-cancelled").tryQuery().isPresent());
        assertTrue(System.nanoTime() - clicked < TimeUnit.SECONDS.toNanos(2));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".job-progress").queryAll().stream()
                .noneMatch(Node::isVisible));
        assertEquals(2, historyWith(JobStatus.SUCCEEDED));

        // Selecting a finished job shows what the model answered.
        robot.clickOn(robot.lookup(".jobs-history .job-succeeded").<TableCell<?, ?>>query());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".jobs-raw").queryAs(TextArea.class)
                .getText().contains("Harbour at dusk"));
    }

    @Test
    void selectingAFailedJobShowsItsError(FxRobot robot) throws Exception {
        server.failNext(1, 400, "{\"error\":\"bad\"}");
        service.analyse(importImages(1), JobsViewModelTest.MODEL, null, AnalysisOptions.defaults());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".jobs-history .job-failed").tryQuery().isPresent());
        assertFalse(robot.lookup(".retry-failed").queryButton().isDisabled());

        robot.clickOn(robot.lookup(".jobs-history .job-failed").<TableCell<?, ?>>query());

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".jobs-error").queryAs(Label.class).isVisible());
        assertTrue(robot.lookup(".jobs-error").queryAs(Label.class).getText().contains("bad"));
        robot.clickOn(robot.lookup(".retry-failed").queryButton());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> historyWith(JobStatus.SUCCEEDED) == 1);
        assertEquals(0, historyWith(JobStatus.FAILED));
    }
}
