package org.pothos.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.library.SortOrder;
import org.pothos.simulation.SimulatedOllama;
import org.pothos.testsupport.TestImages;
import org.pothos.ui.settings.UiLanguage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Under a Turkish locale "FAILED".toLowerCase() is "faıled" (dotless i): resource keys and style classes built
 * from enum names must be folded with Locale.ROOT, or the sidebar, the sort menu and the badges break. The window
 * opens with the system's language on a Turkish system, and nothing is thrown.
 */
@ExtendWith(ApplicationExtension.class)
class TurkishLocaleWindowTest {

    private static final Locale TURKISH = Locale.forLanguageTag("tr-TR");

    @TempDir
    static Path temp;

    private final List<Throwable> thrown = new CopyOnWriteArrayList<>();
    private Locale before;
    private Thread.UncaughtExceptionHandler handlerBefore;
    private WindowFixture fixture;

    @Start
    void start(Stage stage) throws Exception {
        before = Locale.getDefault();
        Locale.setDefault(TURKISH);
        handlerBefore = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> thrown.add(failure));
        Thread.currentThread().setUncaughtExceptionHandler((thread, failure) -> thrown.add(failure));
        fixture = new WindowFixture(stage, temp, SimulatedOllama.start().withVisionModel("llava:7b"),
                prefs -> prefs.uiLanguageProperty().set(UiLanguage.SYSTEM));
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
        Platform.runLater(() -> Thread.currentThread().setUncaughtExceptionHandler(null));
        WaitForAsyncUtils.waitForFxEvents();
        Thread.setDefaultUncaughtExceptionHandler(handlerBefore);
        Locale.setDefault(before);
    }

    @Test
    void theWindowWorksUnderATurkishLocale(FxRobot robot) throws Exception {
        fixture.server.failNext(1, 400, "{\"error\":\"bad\"}");
        Path photos = Files.createDirectories(temp.resolve("photos"));
        TestImages.jpeg(photos, "one.jpg", 200, 150);
        robot.interact(() -> fixture.window.library().importPaths(List.of(photos)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".badge-failed").tryQuery().isPresent());

        List<String> filters = robot.lookup(".filter-list .list-cell").queryAll().stream()
                .map(cell -> ((Labeled) cell).getText()).filter(text -> text != null).toList();
        assertTrue(filters.containsAll(List.of("Analysis failed", "Missing files")), filters.toString());
        robot.clickOn("Analysis failed");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fixture.window.library().itemCountProperty().get() == 1);
        ComboBox<SortOrder> sort = robot.lookup("#sortChoice").queryComboBox();
        robot.interact(() -> sort.setValue(SortOrder.IMPORTED));
        assertEquals(List.of("Date taken", "Date imported", "File name"),
                sort.getItems().stream().map(sort.getConverter()::toString).toList());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fixture.window.library().loadingProperty().get());

        assertTrue(thrown.isEmpty(), "thrown under tr_TR: " + thrown);
    }
}
