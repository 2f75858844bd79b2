package org.pothos.ui.detail;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.pothos.library.MediaItem;
import org.pothos.library.Source;

/**
 * A text the user edits in place (title, description): saved after a pause in typing or on request, remembering
 * what the store holds so that an unchanged text is not saved again and undo can restore it. UI thread only.
 */
public final class EditableTextViewModel {

    /** Writes one text field of an item to the store. */
    @FunctionalInterface
    interface TextWriter {
        void write(long mediaId, String text, Source source);
    }

    private final StringProperty text;
    private final ReadOnlyObjectWrapper<Source> source;
    private final Debouncer saver;
    private final TextWriter writer;
    private final boolean singleLine;
    private final EditTarget target;
    private String saved;
    private Source savedSource;
    /** True while the stored text is put into the field, which must not count as typing. */
    private boolean loading;

    /**
     * @param singleLine line breaks (pasted text) become spaces, as a title is one line
     * @param quiet      the pause in typing after which the text is saved
     */
    EditableTextViewModel(String name, boolean singleLine, TextWriter writer, EditTarget target, Duration quiet, Executor ui) {
        this.text = new SimpleStringProperty(this, name, "");
        this.source = new ReadOnlyObjectWrapper<>(this, name + "Source");
        this.writer = writer;
        this.singleLine = singleLine;
        this.target = target;
        this.saver = new Debouncer(quiet, ui, this::commit);
        text.addListener((obs, old, now) -> {
            if (!loading && target.shown() != null) {
                saver.touch();
            }
        });
    }

    /** Puts the stored text into the field, replacing what was typed and not yet saved. */
    void load(String value, Source valueSource) {
        saver.cancel();
        loading = true;
        try {
            text.set(value == null ? "" : value);
        } finally {
            loading = false;
        }
        saved = normalise(value);
        savedSource = saved == null ? null : valueSource;
        source.set(savedSource);
    }

    /** Shows who wrote the stored text, leaving what the user is typing alone. */
    void showStoredSource(Source storedSource) {
        source.set(storedSource);
    }

    /** Saves the text now (Enter, focus leaving the field) instead of after the typing pause. */
    public void commit() {
        saver.cancel();
        MediaItem current = target.shown();
        String typed = text.get();
        String now = normalise(singleLine && typed != null ? typed.replaceAll("\\s*\\R\\s*", " ") : typed);
        if (current == null || Objects.equals(now, saved)) {
            return;
        }
        long id = current.id();
        String before = saved;
        Source beforeSource = savedSource == null ? Source.USER : savedSource;
        saved = now;
        savedSource = now == null ? null : Source.USER;
        source.set(savedSource);
        target.record(new Edit(id, () -> writer.write(id, now, Source.USER), () -> writer.write(id, before, beforeSource)));
    }

    /** Saves typing that is still waiting for its pause. */
    void flush() {
        saver.flush();
    }

    /** How the store keeps text: blank is none, outer white space is dropped. */
    private static String normalise(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public StringProperty textProperty() {
        return text;
    }

    /** Who wrote the text as stored: {@link Source#USER} or a model; null when there is none. */
    public ReadOnlyObjectProperty<Source> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public Source getSource() {
        return source.get();
    }
}
