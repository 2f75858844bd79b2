package org.pothos.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.analysis.JobStatus;
import org.pothos.app.AppContext;
import org.pothos.library.MediaQuery;
import org.pothos.simulation.SimulatedOllama;
import org.pothos.testsupport.TestImages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Files dragged onto the window with the mouse: a drag gesture carries a dragboard of files (a folder and a
 * single picture) from a source in the window to the grid, and later to the sidebar; both are imported, the new
 * pictures queued for analysis and analysed, and the import report lists the file that is not a picture.
 */
@ExtendWith(ApplicationExtension.class)
class DragAndDropTest {

    @TempDir
    static Path temp;

    private WindowFixture fixture;
    private AppContext context;
    private SimulatedOllama server;
    private Label source;
    private List<File> carried = List.of();

    @Start
    void start(Stage stage) throws Exception {
        server = SimulatedOllama.start().withVisionModel("llava:7b").answer(
                "{\"title\":\"Dropped\",\"description\":\"A dropped picture.\",\"tags\":[\"drop\"],\"categories\":[\"Test\"]}");
        fixture = new WindowFixture(stage, temp, server, prefs -> { });
        context = fixture.context;
        // Where the drags start: a label laid over the window's corner that puts files on the dragboard, as a file
        // manager does.
        source = new Label("files");
        source.setStyle("-fx-padding: 8; -fx-background-color: white;");
        source.setOnDragDetected(event -> {
            Dragboard dragboard = source.startDragAndDrop(TransferMode.COPY);
            ClipboardContent content = new ClipboardContent();
            content.putFiles(carried);
            dragboard.setContent(content);
            event.consume();
        });
        StackPane root = (StackPane) stage.getScene().getRoot();
        StackPane.setAlignment(source, Pos.BOTTOM_CENTER);
        source.setMaxSize(Label.USE_PREF_SIZE, Label.USE_PREF_SIZE);
        root.getChildren().add(source);
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void filesDroppedOnTheGridAndOnTheWindowAreImportedAndAnalysed(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("dropped-" + System.nanoTime()));
        TestImages.jpeg(folder, "one.jpg", 320, 240);
        TestImages.png(folder, "two.png", 200, 150);
        TestImages.textNamedJpg(folder, "notes.jpg");
        Path single = TestImages.jpeg(Files.createDirectories(temp.resolve("single-" + System.nanoTime())), "three.jpg", 240, 320);
        carried = List.of(folder.toFile(), single.toFile());

        robot.drag(source).dropTo(".drop-zone");

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> context.mediaStore().count(MediaQuery.all()) == 3);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".import-report").query().isVisible());
        assertTrue(robot.lookup(".import-report .label").queryAll().stream()
                .anyMatch(n -> n instanceof Labeled l && l.getText() != null && l.getText().startsWith("Import finished: 3 new")),
                "the report says what was imported");
        // The skipped file is listed with its reason (the list opens by itself when a file was skipped).
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".import-report-rows .list-cell").queryAll().stream()
                .anyMatch(n -> n instanceof Labeled l && l.getText() != null && l.getText().startsWith("notes.jpg — not an image")));
        // Analysis after import: the new pictures were queued and the model described them.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> context.jobStore().countByStatus().get(JobStatus.SUCCEEDED) == 3);
        assertEquals(3, server.chatCount());

        // A second drop lands on the sidebar: the whole window takes files.
        Path more = Files.createDirectories(temp.resolve("more-" + System.nanoTime()));
        TestImages.jpeg(more, "four.jpg", 300, 300);
        carried = List.of(more.toFile());
        Node sidebar = robot.lookup(".sidebar").query();
        robot.drag(source).dropTo(sidebar);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> context.mediaStore().count(MediaQuery.all()) == 4);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> context.jobStore().countByStatus().get(JobStatus.SUCCEEDED) == 4);
    }
}
