package org.pothos.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.app.AppContext;
import org.pothos.testsupport.TestImages;
import org.pothos.testsupport.ollama.OllamaTestServer;
import org.pothos.ui.MainWindow;
import org.pothos.ui.common.DesktopActions;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window, headless, on a temporary library and an in-process Ollama: the drop zone
 * on an empty library, an import through the drop's code path, thumbnails and badges in the grid,
 * analysis after import, and filtering by a tag the model wrote.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    static Path temp;

    private OllamaTestServer server;
    private AppContext context;
    private ExecutorService background;
    private MainViewModel window;

    @Start
    void start(Stage stage) throws Exception {
        server = OllamaTestServer.start().withVisionModel("llava:7b").answer(
                "{\"title\":\"Striped test card\",\"description\":\"Colour bands.\",\"tags\":[\"stripes\",\"colour\"],"
                        + "\"categories\":[\"Art\"]}");
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        context = AppContext.open(temp.resolve("library-" + System.nanoTime()), server.baseUrl());
        background = Executors.newFixedThreadPool(2);
        MainWindow.Loaded loaded = MainWindow.load(context, background, new DesktopActions(null), Locale.ENGLISH);
        window = loaded.viewModel();
        stage.setScene(new Scene(loaded.root(), 1100, 700));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        background.shutdownNow();
        background.awaitTermination(10, TimeUnit.SECONDS);
        context.close();
        server.close();
    }

    @Test
    void importAnalyseAndFilter(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".drop-zone").query().isVisible());

        Path photos = Files.createDirectories(temp.resolve("photos-" + System.nanoTime()));
        TestImages.jpeg(photos, "one.jpg", 400, 300);
        TestImages.jpeg(photos, "two.jpg", 300, 400);
        // The same call the window's drop handler makes with the dropped files.
        robot.interact(() -> window.library().importPaths(List.of(photos)));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> visibleThumbnails(robot) == 2);
        // Analysis after import: badges turn to done and the model's tag appears in the sidebar.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".badge-done").queryAll().size() == 2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".label-cell").queryAll().stream()
                .anyMatch(n -> n instanceof Labeled l && l.getText() != null && l.getText().startsWith("stripes")));
        assertEquals(2, server.chatCount());

        Node stripes = robot.lookup(".label-cell").queryAll().stream()
                .filter(n -> n instanceof Labeled l && l.getText() != null && l.getText().startsWith("stripes"))
                .findFirst().orElseThrow();
        robot.clickOn(stripes);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".label-cell:chosen").tryQuery().isPresent());
        assertEquals("2 items", robot.lookup(".status-bar .label").queryLabeled().getText());

        robot.clickOn(".search-field").write("nothing-like-this");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".no-matches").query().isVisible());
    }

    private static long visibleThumbnails(FxRobot robot) {
        return robot.lookup(".thumbnail-cell").queryAll().stream()
                .filter(Node::isVisible)
                .filter(cell -> !robot.from(cell).lookup((ImageView v) -> v.getImage() != null).queryAll().isEmpty())
                .count();
    }
}
