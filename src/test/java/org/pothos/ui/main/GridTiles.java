package org.pothos.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.pothos.library.SortOrder;
import org.pothos.ui.library.LibraryViewModel;
import org.testfx.api.FxRobot;
import org.testfx.matcher.base.NodeMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The grid's tiles as the window tests find and wait for them. */
final class GridTiles {

    private GridTiles() {
    }

    /** The visible tile whose caption is {@code caption}, or null. */
    static Node find(FxRobot robot, String caption) {
        return robot.lookup(".thumbnail-cell").match(NodeMatchers.isVisible()).queryAll().stream()
                .filter(cell -> robot.from(cell).lookup(".thumbnail-caption").queryAll().stream()
                        .anyMatch(l -> l instanceof Labeled label && caption.equals(label.getText())))
                .findFirst().orElse(null);
    }

    /**
     * Imports the pictures of {@code folder} into a grid sorted by name and waits as {@link #awaitImported} does, for
     * {@code count} pictures and the tile of {@code first}.
     */
    static void importByName(FxRobot robot, LibraryViewModel library, Path folder, int count, String first) throws TimeoutException {
        robot.interact(() -> library.sortProperty().set(SortOrder.NAME));
        robot.interact(() -> library.importPaths(List.of(folder)));
        awaitImported(robot, library, count, first);
    }

    /**
     * Waits until an import of {@code count} pictures has ended and the grid shows {@code caption}. The import's end
     * reloads the grid once more: tiles are looked up only after that, or a reused cell moves under the click.
     */
    static void awaitImported(FxRobot robot, LibraryViewModel library, int count, String caption) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> library.items().size() == count && !library.loadingProperty().get()
                && !library.importingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !library.loadingProperty().get() && find(robot, caption) != null);
    }
}
