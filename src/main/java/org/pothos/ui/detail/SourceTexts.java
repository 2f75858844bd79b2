package org.pothos.ui.detail;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import org.pothos.library.Source;

/** Says in the user's language who wrote a value: "by you", "from the file", or "by" and the model's name. */
public final class SourceTexts {

    private final ResourceBundle resources;

    /** @param resources a bundle with the detail pane's texts ({@code source.*}, {@code chip.*}) */
    public SourceTexts(ResourceBundle resources) {
        this.resources = resources;
    }

    /** Who, for a value's caption; empty when there is no value (and so no source). */
    String by(Source source) {
        if (source == null) {
            return "";
        }
        return source.kind() == Source.Kind.FILE ? resources.getString("source.fromFile")
                : MessageFormat.format(resources.getString("source.by"), who(source));
    }

    StringBinding by(ObservableValue<Source> source) {
        return Bindings.createStringBinding(() -> by(source.getValue()), source);
    }

    /** For a label chip's tooltip. */
    String added(Source source) {
        String key = switch (source.kind()) {
            case USER -> "chip.added.user";
            case FILE -> "chip.added.file";
            case AI -> "chip.added.ai";
        };
        return MessageFormat.format(resources.getString(key), who(source));
    }

    String remove(String labelName) {
        return MessageFormat.format(resources.getString("chip.remove"), labelName);
    }

    private String who(Source source) {
        return source.isUser() ? resources.getString("source.you") : source.toString();
    }
}
