package org.pothos.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.app.AppContext;
import org.pothos.library.Availability;
import org.pothos.library.MediaTile;
import org.pothos.testsupport.TestImages;
import org.pothos.ui.MainWindow;
import org.pothos.ui.common.FxThread;
import org.pothos.ui.common.Texts;
import org.pothos.ui.edit.ItemEdits;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A grid cell reused for another item changes its picture and caption, not its nodes or their style classes: those
 * would make JavaFX restyle and lay out the cell again on every scroll.
 */
@ExtendWith(ApplicationExtension.class)
class ThumbnailCellTest {

    @TempDir
    static Path temp;

    private AppContext context;
    private ExecutorService decoding;
    private ThumbnailCell cell;

    @Start
    void start(Stage stage) throws Exception {
        context = AppContext.open(temp.resolve("library-" + System.nanoTime()));
        decoding = Executors.newSingleThreadExecutor();
        Texts texts = Texts.of(MainWindow.BUNDLE, Locale.ENGLISH);
        LibraryViewModel library = new LibraryViewModel(context.mediaStore(), context.importService(), context.jobStore(),
                new ItemEdits(context.itemEditor(), texts, decoding, FxThread.EXECUTOR), texts, decoding, FxThread.EXECUTOR);
        cell = new ThumbnailCell(new ThumbnailImages(context.thumbnailService(), decoding, FxThread.EXECUTOR), library,
                (item, event) -> { });
        cell.setPrefSize(180, 180);
        stage.setScene(new Scene(new StackPane(cell), 300, 300));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        decoding.shutdownNow();
        context.close();
    }

    @Test
    void aReusedCellKeepsItsNodesAndTheirStyleClasses() throws Exception {
        MediaItemViewModel described = tile(1, "A beach at dusk", true, true);
        MediaItemViewModel plain = tile(2, null, false, false);
        MediaItemViewModel other = tile(3, "Harbour", true, false);
        other.badgeProperty().set(AnalysisBadge.DONE);
        described.badgeProperty().set(AnalysisBadge.DONE);
        // Once the cell has shown each kind of item, showing them again needs nothing new.
        onFx(() -> {
            cell.updateItem(described, false);
            cell.updateItem(plain, false);
            return null;
        });
        Map<Node, List<String>> before = styleClasses(cell);

        String caption = onFx(() -> {
            cell.updateItem(other, false);
            cell.updateItem(plain, false);
            cell.updateItem(described, false);
            return ((Label) cell.lookup(".thumbnail-caption")).getText();
        });

        assertEquals("A beach at dusk", caption);
        Map<Node, List<String>> after = styleClasses(cell);
        assertEquals(describe(before), describe(after), "the same nodes with the same style classes");
    }

    @Test
    void aCellEmptiedAndGivenItsItemBackKeepsItsPicture() throws Exception {
        Path picture = TestImages.jpeg(Files.createDirectories(temp.resolve("photos-" + System.nanoTime())), "a.jpg", 120, 90);
        MediaItemViewModel item = new MediaItemViewModel(new MediaTile(7, picture, "a.jpg", "%064x".formatted(7), null, false,
                Availability.PRESENT, false, null, Instant.EPOCH));
        ImageView view = onFx(() -> {
            cell.updateItem(item, false);
            return (ImageView) cell.lookup(".image-view");
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.getImage() != null);
        Image shown = view.getImage();
        List<Image> changes = new ArrayList<>();
        view.imageProperty().addListener((obs, old, now) -> changes.add(now));

        // What the grid's rows do with every cell on each change of the list and each scroll.
        boolean tileShown = onFx(() -> {
            cell.updateItem(null, true);
            cell.updateItem(item, false);
            return cell.lookup(".thumbnail-caption").getParent().isVisible();
        });

        assertTrue(tileShown);
        assertSame(shown, view.getImage());
        assertEquals(List.of(), changes, "the picture is neither taken down nor put back");
    }

    private static MediaItemViewModel tile(long id, String title, boolean analysed, boolean favourite) {
        return new MediaItemViewModel(new MediaTile(id, Path.of("/pictures/p" + id + ".jpg"), "p" + id + ".jpg",
                "%064x".formatted(id), title, favourite, Availability.PRESENT, analysed, null, Instant.EPOCH));
    }

    private static List<String> describe(Map<Node, List<String>> classes) {
        return classes.entrySet().stream()
                .map(e -> e.getKey().getClass().getSimpleName() + "@" + System.identityHashCode(e.getKey()) + e.getValue())
                .sorted().toList();
    }

    /** Every node under the cell with a copy of its style classes, by identity. */
    private static Map<Node, List<String>> styleClasses(Parent root) throws Exception {
        return onFx(() -> {
            Map<Node, List<String>> classes = new IdentityHashMap<>();
            collect(root, classes);
            return classes;
        });
    }

    private static void collect(Node node, Map<Node, List<String>> classes) {
        classes.put(node, new ArrayList<>(node.getStyleClass()));
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, classes));
        }
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}
