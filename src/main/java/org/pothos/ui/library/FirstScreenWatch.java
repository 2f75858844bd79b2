package org.pothos.ui.library;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.controlsfx.control.GridView;

/**
 * Notices when the window first shows a full screen of thumbnails (or an empty library): at the first pulse after one
 * in which every tile on screen showed its picture, that earlier pulse's frame has been drawn. Watches pulse by pulse
 * until then, and not after.
 */
public final class FirstScreenWatch {

    private final Scene scene;
    private final GridView<?> grid;
    private final LibraryViewModel library;
    private final Runnable onShown;
    private final Runnable check = this::check;
    private boolean complete;
    private boolean reported;

    private FirstScreenWatch(Scene scene, GridView<?> grid, LibraryViewModel library, Runnable onShown) {
        this.scene = scene;
        this.grid = grid;
        this.library = library;
        this.onShown = onShown;
    }

    /** Starts watching the window in {@code scene}; {@code onShown} runs once, on the JavaFX thread. */
    public static void watch(Scene scene, LibraryViewModel library, Runnable onShown) {
        FirstScreenWatch watch = new FirstScreenWatch(scene, GridCells.find(scene.getRoot()), library, onShown);
        scene.addPostLayoutPulseListener(watch.check);
        Platform.requestNextPulse();
    }

    private void check() {
        if (reported) {
            return;
        }
        if (complete) {
            reported = true;
            scene.removePostLayoutPulseListener(check);
            onShown.run();
            return;
        }
        // The grid starts loading before the window shows, so "not loading and nothing in it" means nothing to show.
        boolean empty = !library.loadingProperty().get() && library.items().isEmpty();
        complete = empty || GridCells.screenFilled(grid);
        // Pulses come only when something changed; ask for the one that proves the frame was drawn.
        Platform.requestNextPulse();
    }

    /** How long ago this process started (for the log line that reports the first screen). */
    public static Duration sinceProcessStart() {
        Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        return Duration.between(start, Instant.now());
    }
}
