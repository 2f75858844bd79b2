package org.pothos.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.library.LibraryFixture;
import org.pothos.testsupport.TestImages;
import org.pothos.thumbnails.ThumbnailService;
import org.pothos.ui.common.FxThread;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: the drop zone on an empty library, then thumbnails after an import. */
@ExtendWith(ApplicationExtension.class)
class LibraryViewTest {

    @TempDir
    static Path temp;

    private LibraryFixture library;
    private ThumbnailService thumbnails;
    private ExecutorService background;
    private LibraryViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        library = new LibraryFixture(Files.createDirectories(temp.resolve("data-" + System.nanoTime())));
        thumbnails = new ThumbnailService(temp.resolve("thumbs-" + System.nanoTime()), 256, ThumbnailService.DEFAULT_MAX_PIXELS, 2);
        background = Executors.newSingleThreadExecutor();
        viewModel = new LibraryViewModel(library.store, library.importer, background, FxThread.EXECUTOR);
        FXMLLoader loader = new FXMLLoader(LibraryView.class.getResource("LibraryView.fxml"));
        ThumbnailImages images = new ThumbnailImages(thumbnails, FxThread.EXECUTOR);
        loader.setControllerFactory(type -> new LibraryView(viewModel, images));
        stage.setScene(new Scene(loader.load(), 900, 600));
        stage.show();
        viewModel.reload();
    }

    @AfterEach
    void stop() throws Exception {
        background.shutdownNow();
        background.awaitTermination(10, TimeUnit.SECONDS);
        thumbnails.close();
        library.close();
    }

    @Test
    void importedPicturesAppearAsThumbnails(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".drop-zone").query().isVisible());

        Path photos = Files.createDirectories(temp.resolve("photos-" + System.nanoTime()));
        TestImages.jpeg(photos, "one.jpg", 400, 300);
        TestImages.jpeg(photos, "two.jpg", 300, 400);
        robot.interact(() -> viewModel.importPaths(List.of(photos)));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".thumbnail-cell").queryAll().stream()
                .filter(Node::isVisible)
                .filter(cell -> !robot.from(cell).lookup((ImageView v) -> v.getImage() != null).queryAll().isEmpty())
                .count() == 2);
        assertFalse(robot.lookup(".drop-zone").query().isVisible());
        assertEquals("2 items", robot.lookup(".status-bar .label").queryLabeled().getText());
        assertTrue(thumbnails.isCached(library.store.find(org.pothos.library.MediaQuery.all(), 0, 1).items().get(0).contentHash()));
    }
}
