package org.pothos.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.app.AppContext;
import org.pothos.library.MediaQuery;
import org.pothos.simulation.SimulatedOllama;
import org.pothos.testsupport.TestImages;
import org.pothos.ui.library.LibraryViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.base.NodeMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The grid and the viewer from the keyboard, in the real window: arrows, Shift, Home/End with the tile scrolled
 * into view and ringed, Space into the viewer, paging and rating there, Esc back with the grid on the last picture
 * seen, the shortcuts sheet, F2, Ctrl+F, and Delete with its confirmation.
 */
@ExtendWith(ApplicationExtension.class)
class GridKeyboardTest {

    private static final int PICTURES = 30;

    @TempDir
    static Path temp;

    private WindowFixture fixture;
    private AppContext context;
    private LibraryViewModel library;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new WindowFixture(stage, temp, SimulatedOllama.start(), prefs -> prefs.analyseAfterImportProperty().set(false));
        context = fixture.context;
        library = fixture.window.library();
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void theGridAndTheViewerWorkFromTheKeyboard(FxRobot robot) throws Exception {
        Path photos = Files.createDirectories(temp.resolve("photos-" + System.nanoTime()));
        for (int i = 0; i < PICTURES; i++) {
            TestImages.jpeg(photos, String.format("p%02d.jpg", i), 120 + i, 90);
        }
        GridTiles.importByName(robot, library, photos, PICTURES, "p00.jpg");
        robot.clickOn(cellShowing(robot, "p00.jpg"));
        assertEquals(0, library.focusedIndex());
        robot.type(KeyCode.RIGHT);
        assertEquals(1, library.focusedIndex());
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        assertEquals(2, library.selectedCountProperty().get());
        int columns = columns(robot);
        robot.type(KeyCode.DOWN);
        assertEquals(2 + columns, library.focusedIndex());
        assertEquals(1, library.selectedCountProperty().get());

        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(PICTURES - 1, library.focusedIndex());
        assertRingedAndInView(robot, "p29.jpg");
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertRingedAndInView(robot, "p00.jpg");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        assertEquals(PICTURES, library.selectedCountProperty().get());

        // Into the viewer (built when first opened, with the keys) and through it.
        assertTrue(robot.lookup(".viewer").tryQuery().isEmpty(), "the viewer is not built before it opens");
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".viewer").query().isVisible());
        assertEquals("3 / 30", robot.lookup(".viewer-position").queryLabeled().getText());
        robot.type(KeyCode.RIGHT);
        assertEquals("4 / 30", robot.lookup(".viewer-position").queryLabeled().getText());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "p03.jpg".equals(robot.lookup(".viewer-file-name").queryLabeled().getText()));
        robot.type(KeyCode.DIGIT4);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.mediaStore().count(MediaQuery.all().withMinRating(4)) == 1);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup(".viewer").query().isVisible());
        assertEquals(3, library.focusedIndex(), "the grid is on the last picture the viewer showed");
        assertEquals(1, library.selectedCountProperty().get());

        // The shortcuts sheet.
        robot.write("?");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".shortcuts-sheet").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".button").queryAll().stream()
                .filter(n -> n instanceof Button b && "Close".equals(b.getText())).findFirst().orElseThrow());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".shortcuts-sheet").tryQuery().isEmpty());

        // F2 edits the title in the detail pane; Ctrl+F goes to the search field.
        robot.clickOn(cellShowing(robot, "p03.jpg"));
        // The pane shows the picture: its scroller replaces the empty state once the item is read.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".detail-scroller").query().isVisible());
        robot.type(KeyCode.F2);
        assertTrue(robot.lookup(".title-field").query().isFocused());
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        assertTrue(robot.lookup(".search-field").query().isFocused());

        // Delete asks first; the files stay. (Another tile first: two quick clicks on one tile open the viewer.)
        robot.clickOn(cellShowing(robot, "p04.jpg"));
        robot.type(KeyCode.LEFT);
        assertEquals(3, library.focusedIndex());
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> button(robot, "Remove from library") != null);
        robot.clickOn(button(robot, "Remove from library"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.mediaStore().count(MediaQuery.all()) == PICTURES - 1);
        assertTrue(Files.exists(photos.resolve("p03.jpg")));
        assertFalse(robot.lookup(".viewer").query().isVisible());
    }

    /** Tiles in the first row, counted from where the cells are. */
    private static int columns(FxRobot robot) {
        double top = cellShowing(robot, "p00.jpg").localToScene(0, 0).getY();
        // Distinct places: the grid keeps a hidden measuring row whose cells sit on the first row.
        return (int) robot.lookup(".thumbnail-cell").match(NodeMatchers.isVisible()).queryAll().stream()
                .filter(cell -> Math.abs(cell.localToScene(0, 0).getY() - top) < 1)
                .mapToDouble(cell -> cell.localToScene(0, 0).getX())
                .distinct()
                .count();
    }

    /** The cell showing {@code caption} has the keyboard ring and lies wholly inside the grid's viewport. */
    private static void assertRingedAndInView(FxRobot robot, String caption) {
        Node cell = cellShowing(robot, caption);
        assertTrue(cell.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("cursor")), caption);
        Node grid = robot.lookup(".library-grid").query();
        Bounds cellBounds = cell.localToScene(cell.getBoundsInLocal());
        Bounds gridBounds = grid.localToScene(grid.getBoundsInLocal());
        assertTrue(gridBounds.contains(cellBounds), caption + " at " + cellBounds + " is outside the grid " + gridBounds);
    }

    private static Node cellShowing(FxRobot robot, String caption) {
        Node cell = GridTiles.find(robot, caption);
        if (cell == null) {
            throw new AssertionError("no visible tile " + caption);
        }
        return cell;
    }


    private static Node button(FxRobot robot, String text) {
        return robot.lookup(".button").queryAll().stream()
                .filter(n -> n instanceof Button b && text.equals(b.getText()) && b.isVisible()).findFirst().orElse(null);
    }
}
