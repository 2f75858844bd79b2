package org.pothos.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.analysis.AnalysisSettings;
import org.pothos.analysis.OutputLanguage;
import org.pothos.app.AppContext;
import org.pothos.simulation.SimulatedOllama;
import org.pothos.testsupport.TestPreferences;
import org.pothos.ui.common.FxThread;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real dialog, headless: edit two settings with mouse clicks, press OK, find them saved. */
@ExtendWith(ApplicationExtension.class)
class SettingsDialogTest {

    @TempDir
    static Path temp;

    private final TestPreferences store = new TestPreferences();
    private final AtomicInteger applied = new AtomicInteger();
    private final AtomicReference<AnalysisSettings> engine = new AtomicReference<>(AnalysisSettings.defaults());
    private SimulatedOllama server;
    private AppContext context;
    private ExecutorService background;
    private PothosPreferences prefs;
    private SettingsDialog dialog;

    @Start
    void start(Stage stage) throws Exception {
        server = SimulatedOllama.start().withVisionModel("llava:7b").withTextModel("llama3.2:3b");
        context = AppContext.open(Files.createDirectories(temp.resolve("library-" + System.nanoTime())), server.baseUrl());
        background = Executors.newFixedThreadPool(2);
        prefs = new PothosPreferences(store.node, Locale.US);
        SettingsViewModel viewModel = new SettingsViewModel(prefs, context.endpointService(), background,
                FxThread.EXECUTOR, SettingsTexts.forLocale(Locale.ENGLISH));
        viewModel.setOnApplied(() -> {
            applied.incrementAndGet();
            engine.set(prefs.analysisSettings(engine.get()));
        });
        Theme.LIGHT.apply();
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
        dialog = new SettingsDialog(stage, viewModel, SettingsTexts.forLocale(Locale.ENGLISH).bundle());
        dialog.show();
    }

    @AfterEach
    void stop() throws Exception {
        background.shutdownNow();
        background.awaitTermination(10, TimeUnit.SECONDS);
        context.close();
        server.close();
        store.close();
    }

    @Test
    void concurrencyAndLanguageChosenWithTheMouseAreSavedOnOk(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#endpointTable").queryAs(TableView.class).getItems().size() == 1);
        robot.clickOn("Model");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#modelChoice").queryComboBox().getItems().size() == 1);

        robot.clickOn("Analysis");
        robot.clickOn("#concurrencySpinner .increment-arrow-button");
        robot.clickOn("#concurrencySpinner .increment-arrow-button");
        robot.clickOn("#outputLanguageChoice");
        robot.clickOn("简体中文");
        assertEquals(4, robot.lookup("#concurrencySpinner").queryAs(Spinner.class).getValue());
        assertEquals(OutputLanguage.EN, prefs.outputLanguageProperty().get(), "nothing is saved before OK");

        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(dialog.isShowing());
        assertEquals(4, prefs.concurrencyProperty().get());
        assertEquals(OutputLanguage.ZH_CN, prefs.outputLanguageProperty().get());
        assertEquals(4, store.node.getInt(PothosPreferences.CONCURRENCY, 0));
        assertEquals(1, applied.get());
        assertEquals(4, engine.get().concurrency());
    }

    @Test
    void onlyTheVisionModelIsOfferedAndAChosenOneSurvivesARefresh(FxRobot robot) throws Exception {
        robot.clickOn("Model");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#modelChoice").queryComboBox().getItems().size() == 1);
        @SuppressWarnings("unchecked")
        ComboBox<String> models = robot.lookup("#modelChoice").queryAs(ComboBox.class);
        assertEquals("llava:7b", models.getItems().get(0));
        assertFalse(robot.lookup("#pullCommandBox").query().isVisible());
        assertTrue(robot.lookup("#modelMessage").queryLabeled().getText().contains("text-only"));

        robot.interact(() -> models.getSelectionModel().select("llava:7b"));
        robot.clickOn("#refreshModelsButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !models.isDisabled() && models.getItems().size() == 1);
        assertEquals("llava:7b", models.getValue());

        robot.clickOn("Apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialog.isShowing(), "Apply keeps the dialog open");
        assertEquals("llava:7b", prefs.defaultModelProperty().get());
        assertEquals(1, applied.get());
    }
}
