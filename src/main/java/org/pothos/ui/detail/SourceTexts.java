package org.pothos.ui.detail;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import org.pothos.library.Source;

/** Says in the user's language who wrote a value: "by you" or "by" and the model's name. */
public final class SourceTexts {

    private final ResourceBundle resources;

    /** @param resources a bundle with the detail pane's texts ({@code source.*}, {@code chip.*}) */
    public SourceTexts(ResourceBundle resources) {
        this.resources = resources;
    }

    /** Who, for a value's caption; empty when there is no value (and so no source). */
    String by(Source source) {
        return source == null ? "" : MessageFormat.format(resources.getString("source.by"), who(source));
    }

    StringBinding by(ObservableValue<Source> source) {
        return Bindings.createStringBinding(() -> by(source.getValue()), source);
    }

    /** For a label chip's tooltip. */
    String added(Source source) {
        return MessageFormat.format(resources.getString(source.isUser() ? "chip.added.user" : "chip.added.ai"), who(source));
    }

    String remove(String labelName) {
        return MessageFormat.format(resources.getString("chip.remove"), labelName);
    }

    private String who(Source source) {
        return source.isUser() ? resources.getString("source.you") : source.toString();
    }
}
