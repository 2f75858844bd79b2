package org.pothos.ui.common;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/**
 * A part of the window nobody sees at start (the review, the viewer, the selection editor) is built the first time it
 * is shown: hidden, it would still cost the start its FXML and the CSS and layout of all its nodes on the JavaFX thread.
 */
public final class FirstShow {

    private FirstShow() {
    }

    /**
     * Builds the part with {@code build} and gives it to {@code place} (which puts it into the window) when {@code shown}
     * first holds, or at once if it holds already.
     */
    public static void build(ObservableBooleanValue shown, Supplier<? extends Node> build, Consumer<? super Node> place) {
        if (shown.get()) {
            place.accept(build.get());
            return;
        }
        shown.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (now) {
                    shown.removeListener(this);
                    place.accept(build.get());
                }
            }
        });
    }
}
