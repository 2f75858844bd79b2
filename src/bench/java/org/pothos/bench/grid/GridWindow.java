package org.pothos.bench.grid;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.controlsfx.control.GridCell;
import org.controlsfx.control.GridView;
import org.pothos.ui.MainWindow;
import org.pothos.ui.library.LibraryViewModel;

/**
 * The shown main window, watched pulse by pulse. The grid counts as painted at the first pulse
 * after one in which every item cell on screen showed its thumbnail: that earlier pulse's frame has
 * been rendered by then.
 */
final class GridWindow {

    private final Stage stage;
    private final Scene scene;
    private final MainWindow.Loaded loaded;
    private final long start;
    private final CompletableFuture<Double> painted = new CompletableFuture<>();
    private boolean complete;
    private final Runnable paintWatch = this::checkPainted;

    GridWindow(Stage stage, Scene scene, MainWindow.Loaded loaded, long start) {
        this.stage = stage;
        this.scene = scene;
        this.loaded = loaded;
        this.start = start;
        scene.addPostLayoutPulseListener(paintWatch);
    }

    private void checkPainted() {
        if (complete) {
            scene.removePostLayoutPulseListener(paintWatch);
            painted.complete((System.nanoTime() - start) / 1e6);
            return;
        }
        GridView<?> grid = GridCells.find(loaded.root());
        List<GridCell<?>> cells = GridCells.filled(grid);
        complete = !cells.isEmpty() && cells.stream().allMatch(GridCells::showsPicture);
        // Pulses come only when something changed; ask for the one that proves the frame was drawn.
        Platform.requestNextPulse();
    }

    /** Milliseconds from the start of the process's work until the first screen of thumbnails was painted. */
    CompletableFuture<Double> painted() {
        return painted;
    }

    /** Scrolls the grid down through {@code rows} rows; call on any thread. */
    CompletableFuture<GridScroll.Result> scroll(int rows) {
        CompletableFuture<GridScroll.Result> result = new CompletableFuture<>();
        Platform.runLater(() -> new GridScroll(GridCells.find(loaded.root()), rows, result).start());
        return result;
    }

    LibraryViewModel library() {
        return loaded.viewModel().library();
    }

    void close() {
        loaded.close();
        stage.close();
    }
}
