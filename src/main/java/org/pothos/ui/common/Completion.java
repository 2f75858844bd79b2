package org.pothos.ui.common;

import java.util.List;
import java.util.function.Function;
import javafx.scene.control.TextField;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/** Name completion under a text field (tags, categories), in the window's theme (with {@link Popups}). */
public final class Completion {

    private Completion() {
    }

    /**
     * Offers {@code suggestions} of what is typed (asked from the completion's own thread) and runs
     * {@code onChosen} when one is taken.
     */
    public static void bind(TextField field, Function<String, List<String>> suggestions, Runnable onChosen) {
        AutoCompletionBinding<String> binding = TextFields.bindAutoCompletion(field,
                request -> suggestions.apply(request.getUserText()));
        binding.setOnAutoCompleted(event -> onChosen.run());
        // The list is shown for the window, not for the field, so it inherits no theme variables (-color-*) from the
        // window's root: as a root itself it gets them from the theme. Its colours are in Popups.css.
        binding.getAutoCompletionPopup().getStyleClass().add("root");
    }
}
