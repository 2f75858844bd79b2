package org.pothos.ui.selection;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A title or description written for every selected picture, only when the user asks for it: the field opens on
 * request, and nothing is stored until Apply (which may clear the text of all of them).
 */
public final class TextForAll {

    private final BooleanProperty open = new SimpleBooleanProperty(this, "open");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final Consumer<String> apply;

    TextForAll(Consumer<String> apply) {
        this.apply = apply;
    }

    /** Opens the field, empty. */
    public void request() {
        text.set("");
        open.set(true);
    }

    /** Stores the text for every selected picture and closes the field. */
    public void apply() {
        if (open.get()) {
            open.set(false);
            apply.accept(text.get() == null ? "" : text.get().strip());
        }
    }

    /** Closes the field without storing anything. */
    public void cancel() {
        open.set(false);
    }

    public BooleanProperty openProperty() {
        return open;
    }

    public StringProperty textProperty() {
        return text;
    }
}
