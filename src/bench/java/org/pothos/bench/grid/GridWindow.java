package org.pothos.bench.grid;

import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.pothos.ui.MainWindow;
import org.pothos.ui.library.FirstScreenWatch;
import org.pothos.ui.library.GridCells;
import org.pothos.ui.library.LibraryViewModel;

/**
 * The shown main window. The grid counts as painted when the application's own watch says so (see
 * {@link FirstScreenWatch}), as the installed window reports it in its log.
 */
final class GridWindow {

    private final Stage stage;
    private final MainWindow.Loaded loaded;
    private final CompletableFuture<Double> painted = new CompletableFuture<>();

    GridWindow(Stage stage, Scene scene, MainWindow.Loaded loaded, long start) {
        this.stage = stage;
        this.loaded = loaded;
        FirstScreenWatch.watch(scene, loaded.viewModel().library(), () -> painted.complete((System.nanoTime() - start) / 1e6));
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
