package org.pothos.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.library.LabelKind;
import org.pothos.library.MediaQuery;
import org.pothos.library.MediaStore;
import org.pothos.library.Source;
import org.pothos.simulation.SimulatedOllama;
import org.pothos.testsupport.TestImages;
import org.pothos.ui.library.LibraryViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The selection editor in the real window: Shift+click selects several pictures and the detail pane becomes the
 * editor; a rating and a favourite given in the grid reach all of them and Ctrl+Z there takes each back in one step; a
 * tag typed in the editor reaches all of them, its undo button takes it back in one step, a partial tag's + gives it
 * to all; one picture selected again brings the detail pane back.
 */
@ExtendWith(ApplicationExtension.class)
class SelectionEditorWindowTest {

    private static final int PICTURES = 6;

    @TempDir
    static Path temp;

    private WindowFixture fixture;
    private LibraryViewModel library;
    private MediaStore store;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new WindowFixture(stage, temp, SimulatedOllama.start(), prefs -> prefs.analyseAfterImportProperty().set(false));
        library = fixture.window.library();
        store = fixture.context.mediaStore();
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void severalPicturesAreEditedTogether(FxRobot robot) throws Exception {
        Path photos = Files.createDirectories(temp.resolve("photos-" + System.nanoTime()));
        for (int i = 0; i < PICTURES; i++) {
            TestImages.jpeg(photos, "s" + i + ".jpg", 100 + i, 80);
        }
        GridTiles.importByName(robot, library, photos, PICTURES, "s0.jpg");
        long first = library.items().get(0).getId();
        robot.interact(() -> store.addLabels(first, LabelKind.TAG, List.of("boat"), Source.USER));

        robot.clickOn(GridTiles.find(robot, "s0.jpg"));
        // One picture: the detail pane; the editor is not shown (nor built yet: it is made when first needed).
        assertFalse(robot.lookup(".selection-editor").tryQuery().map(Node::isVisible).orElse(false), "one picture: the detail pane");
        robot.press(KeyCode.SHIFT).clickOn(GridTiles.find(robot, "s2.jpg")).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".selection-editor").query().isVisible());
        assertEquals("3 pictures selected", robot.lookup(".selection-headline").queryLabeled().getText());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> chip(robot, "boat") != null);
        assertEquals("1/3", robot.from(chip(robot, "boat")).lookup(".chip-count").queryLabeled().getText(), "a partial tag");

        // In the grid, 3 rates the three and Ctrl+D marks them; Ctrl+Z there takes back each for all three in one step.
        robot.type(KeyCode.DIGIT3);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> store.count(MediaQuery.all().withMinRating(3)) == 3);
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> favourites() == 3);
        assertEquals(3, heartsOnTiles());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> favourites() == 0);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> heartsOnTiles() == 0);
        assertEquals(3, store.count(MediaQuery.all().withMinRating(3)), "one undo takes back one change");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> store.count(MediaQuery.all().withMinRating(1)) == 0);

        robot.clickOn(".selection-new-tag").write("harbour").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> tagged("harbour") == 3);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> chip(robot, "harbour") != null);
        assertTrue(robot.from(chip(robot, "harbour")).lookup(".chip-count").tryQuery().isEmpty(), "all carry it");

        robot.clickOn(robot.from(chip(robot, "boat")).lookup(".chip-add").<Node>query());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> tagged("boat") == 3);

        robot.clickOn(".selection-editor .undo-button");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> tagged("boat") == 1);
        assertEquals(3, tagged("harbour"), "one undo takes back one change");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> tagged("harbour") == 0);

        robot.clickOn(GridTiles.find(robot, "s4.jpg"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup(".selection-editor").query().isVisible());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".detail-scroller").query().isVisible());
    }

    private long favourites() {
        return store.count(MediaQuery.all().withFavourite(true));
    }

    /** Tiles showing the heart, read on the JavaFX thread. */
    private long heartsOnTiles() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> library.items().stream().filter(tile -> tile.favouriteProperty().get()).count())
                .get(5, TimeUnit.SECONDS);
    }

    private long tagged(String tag) {
        return store.count(MediaQuery.builder().tags(List.of(tag)).build());
    }

    private static Node chip(FxRobot robot, String name) {
        return robot.lookup(".share-chips .label-chip").queryAll().stream()
                .filter(chip -> robot.from(chip).lookup(".chip-name").queryAll().stream()
                        .anyMatch(l -> l instanceof Labeled label && name.equals(label.getText())))
                .findFirst().orElse(null);
    }

}
