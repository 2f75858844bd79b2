package org.pothos.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.app.AppContext;
import org.pothos.library.Label;
import org.pothos.library.MediaItem;
import org.pothos.review.ReviewItem;
import org.pothos.review.Suggestion;
import org.pothos.simulation.SimulatedOllama;
import org.pothos.testsupport.TestImages;
import org.pothos.ui.review.ReviewViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The review of a model's suggestions in the real window, driven by the keyboard: the sidebar counts what waits,
 * A and R accept and reject the suggestion at the keyboard's place, the arrows move it, Shift+A and Shift+R
 * decide for a whole picture and move on; every decision reaches the library.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewWindowTest {

    private static final String ANSWER = "{\"title\":\"Red kite\",\"description\":\"A kite against a blue sky.\","
            + "\"tags\":[\"kite\",\"sky\",\"cloud\"],\"categories\":[\"Outdoors\"]}";

    @TempDir
    static Path temp;

    private WindowFixture fixture;
    private AppContext context;
    private MainViewModel window;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new WindowFixture(stage, temp, SimulatedOllama.start().withVisionModel("llava:7b").answer(ANSWER), prefs -> { });
        context = fixture.context;
        window = fixture.window;
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void suggestionsAreAcceptedAndRejectedByKeyboard(FxRobot robot) throws Exception {
        context.librarySettings().setReviewMode(true);
        Path photos = Files.createDirectories(temp.resolve("photos-" + System.nanoTime()));
        TestImages.jpeg(photos, "one.jpg", 400, 300);
        TestImages.jpeg(photos, "two.jpg", 300, 400);
        // Analysis after import is on: both answers arrive as suggestions, since the library reviews.
        robot.interact(() -> window.library().importPaths(List.of(photos)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.reviewStore().pendingCount() == 2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "To review (2)".equals(
                robot.lookup(".review-entry").queryButton().getText()));

        assertTrue(robot.lookup(".review-view").tryQuery().isEmpty(), "the review is not built before it opens");
        robot.clickOn(".review-entry");
        ReviewViewModel review = window.review();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> review.currentProperty().get() != null
                && robot.lookup(".suggestion-chip").queryAll().size() == 4);
        long first = review.currentProperty().get().id();
        assertEquals("1 of 2", robot.lookup(".review-position").queryLabeled().getText());

        robot.type(KeyCode.A);                       // the title, where the keyboard starts
        robot.type(KeyCode.R);                       // then the description
        robot.type(KeyCode.A);                       // the first tag: kite
        robot.type(KeyCode.DOWN).type(KeyCode.R);    // skip sky, reject cloud
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".rejected-chip").queryAll().size() == 1);
        robot.press(KeyCode.SHIFT).type(KeyCode.A).release(KeyCode.SHIFT);   // the rest: sky and the category
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> review.currentProperty().get() != null
                && review.currentProperty().get().id() != first);
        assertEquals("1 of 1", robot.lookup(".review-position").queryLabeled().getText());
        long second = review.currentProperty().get().id();

        robot.press(KeyCode.SHIFT).type(KeyCode.R).release(KeyCode.SHIFT);   // nothing of the second picture
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".review-empty").query().isVisible());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context.reviewStore().pendingCount() == 0
                && context.reviewStore().find(second).orElseThrow().rejected().size() == 6);

        MediaItem accepted = context.mediaStore().findById(first).orElseThrow();
        assertEquals("Red kite", accepted.title());
        assertNull(accepted.description(), "the description was rejected");
        assertEquals(List.of("kite", "sky"), accepted.tags().stream().map(Label::name).toList());
        assertEquals(List.of("Outdoors"), accepted.categories().stream().map(Label::name).toList());
        ReviewItem firstReview = context.reviewStore().find(first).orElseThrow();
        assertEquals(List.of("A kite against a blue sky.", "cloud"), firstReview.rejected().stream().map(Suggestion::value).toList());
        MediaItem rejected = context.mediaStore().findById(second).orElseThrow();
        assertNull(rejected.title());
        assertTrue(rejected.tags().isEmpty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "To review (0)".equals(
                robot.lookup(".review-entry").queryButton().getText()));

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".library-grid").query().isVisible());
    }
}
