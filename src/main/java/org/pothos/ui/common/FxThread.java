package org.pothos.ui.common;

import java.util.concurrent.Executor;
import javafx.application.Platform;

/** Executors a ViewModel is given: tests pass a direct one, the application the JavaFX thread. */
public final class FxThread {

    private FxThread() {
    }

    /** Runs tasks on the JavaFX thread (at once when already on it). */
    public static final Executor EXECUTOR = task -> {
        if (Platform.isFxApplicationThread()) {
            task.run();
        } else {
            Platform.runLater(task);
        }
    };
}
