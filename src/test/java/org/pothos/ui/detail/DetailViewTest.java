package org.pothos.ui.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.library.Label;
import org.pothos.library.LabelKind;
import org.pothos.library.LibraryFixture;
import org.pothos.library.MediaItem;
import org.pothos.library.MediaQuery;
import org.pothos.library.Source;
import org.pothos.testsupport.TestImages;
import org.pothos.thumbnails.ThumbnailService;
import org.pothos.ui.common.FxThread;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real pane, headless, on a temporary library: typing, chips, and Shortcut+Z. */
@ExtendWith(ApplicationExtension.class)
class DetailViewTest {

    private static final long TIMEOUT_SECONDS = 10;

    @TempDir
    static Path temp;

    private LibraryFixture library;
    private ThumbnailService thumbnails;
    private ExecutorService background;
    private DetailViewModel viewModel;
    private MediaItem item;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path photos = Files.createDirectories(temp.resolve("photos-" + System.nanoTime()));
        TestImages.jpegWithExif(photos, "bench.jpg", 800, 600,
                TestImages.ExifSpec.empty().camera("Pothos", "Pothos Bench 1").gps(48.858222, 2.2945));
        library = new LibraryFixture(Files.createDirectories(temp.resolve("data-" + System.nanoTime())));
        library.importPaths(photos);
        item = library.store.find(MediaQuery.all(), 0, 1).items().get(0);
        library.store.addLabels(item.id(), LabelKind.TAG, List.of("bench"), Source.ai("llava:13b"));
        thumbnails = new ThumbnailService(temp.resolve("thumbs-" + System.nanoTime()), 256, ThumbnailService.DEFAULT_MAX_PIXELS, 1);
        background = Executors.newFixedThreadPool(2);
        viewModel = new DetailViewModel(library.store, new PreviewImages(thumbnails, PreviewImages.screenEdge()),
                background, FxThread.EXECUTOR);
        stage.setScene(new Scene(DetailView.load(viewModel, Locale.ROOT), 400, 760));
        stage.show();
        viewModel.show(item.id());
    }

    @AfterEach
    void stop(FxRobot robot) throws Exception {
        robot.interact(viewModel::close);
        background.shutdown();
        background.awaitTermination(10, TimeUnit.SECONDS);
        thumbnails.close();
        library.close();
        // Closed first: a pane still showing would be styled again without the theme's colours.
        FxToolkit.cleanupStages();
        robot.interact(() -> Application.setUserAgentStylesheet(null));
    }

    private void waitUntilShown(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> "bench.jpg".equals(robot.lookup(".detail-file-name").queryLabeled().getText()));
    }

    private MediaItem stored() {
        return library.store.findById(item.id()).orElseThrow();
    }

    private static Optional<Node> chip(FxRobot robot, String name) {
        return robot.lookup(".label-chip").queryAll().stream()
                .filter(chip -> robot.from(chip).lookup(".chip-name").queryAll().stream()
                        .anyMatch(label -> name.equals(((Labeled) label).getText())))
                .findFirst();
    }

    @Test
    void theItemShowsWithItsPreviewFactsAndTheModelsTag(FxRobot robot) throws Exception {
        waitUntilShown(robot);
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> robot.lookup("#previewImage").queryAs(ImageView.class).getImage() != null);
        assertTrue(chip(robot, "bench").isPresent());
        assertTrue(robot.lookup(".chip-ai-marker").tryQuery().isPresent(), "the model's tag is marked");
        assertTrue(robot.lookup("48.85822, 2.29450").tryQuery().isPresent());
        assertTrue(robot.lookup("Pothos Bench 1").tryQuery().isPresent());
    }

    @Test
    void aTypedTitleIsSavedAsTheUsers(FxRobot robot) throws Exception {
        waitUntilShown(robot);

        robot.clickOn("#titleField").write("Evening at the pier");

        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> "Evening at the pier".equals(stored().title()));
        assertEquals(Source.USER, stored().titleSource());
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> "by you".equals(robot.lookup("#titleSourceLabel").queryLabeled().getText()));
    }

    @Test
    void aTagIsAddedRemovedAndBroughtBackWithShortcutZ(FxRobot robot) throws Exception {
        waitUntilShown(robot);

        robot.clickOn("#newTagField").write("sunset").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> chip(robot, "sunset").isPresent()
                && stored().tags().contains(new Label("sunset", Source.USER)));

        // Found and pressed in one step on the FX thread: the answer to the save above rebuilds the chips, and a chip
        // looked up before it would be gone from the scene by the time a robot's click reached it.
        robot.interact(() -> robot.from(chip(robot, "sunset").orElseThrow()).lookup(".chip-remove").queryButton().fire());
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> chip(robot, "sunset").isEmpty()
                && !stored().tags().contains(new Label("sunset", Source.USER)));

        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> chip(robot, "sunset").isPresent()
                && stored().tags().contains(new Label("sunset", Source.USER)));
        assertTrue(chip(robot, "bench").isPresent());
    }
}
