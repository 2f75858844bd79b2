package org.pothos.ui.settings;

import java.util.concurrent.Executor;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.pothos.library.LabelWriteMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings' "Files" page: whether this library writes its labels into the pictures' files (off, XMP sidecars,
 * or embedded, which asks for a clear warning), and how many pictures differ from their files now. The mode is
 * staged like the other settings and saved on apply; it belongs to the library, not to the user's preferences.
 */
public final class FileWritingViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(FileWritingViewModel.class);

    /** What this page needs of the library. Blocking: called on the background executor. */
    public interface Library {
        LabelWriteMode mode();

        void setMode(LabelWriteMode mode);

        /** How many items have labels their files do not hold. */
        long differing();
    }

    private final Library library;
    private final SettingsTexts texts;
    private final Executor background;
    private final Executor ui;
    private final ObjectProperty<LabelWriteMode> mode = new SimpleObjectProperty<>(this, "mode", LabelWriteMode.OFF);
    private final ReadOnlyObjectWrapper<LabelWriteMode> saved = new ReadOnlyObjectWrapper<>(this, "saved", LabelWriteMode.OFF);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final BooleanBinding embedChosen = mode.isEqualTo(LabelWriteMode.EMBED);
    private final BooleanBinding dirty = mode.isNotEqualTo(saved);
    private Runnable onSaved = () -> { };

    public FileWritingViewModel(Library library, SettingsTexts texts, Executor background, Executor ui) {
        this.library = library;
        this.texts = texts;
        this.background = background;
        this.ui = ui;
    }

    /** Reads the library's mode and counts the pictures that differ from their files, in the background. */
    public void load() {
        status.set(texts.get("files.status.counting"));
        background.execute(() -> {
            try {
                LabelWriteMode current = library.mode();
                long differing = library.differing();
                ui.execute(() -> {
                    boolean edited = dirty.get();
                    saved.set(current);
                    if (!edited) {
                        mode.set(current);
                    }
                    status.set(differing == 0 ? texts.get("files.status.inStep") : texts.get("files.status.differ", differing));
                });
            } catch (RuntimeException e) {
                LOG.warn("Reading how the library's files stand failed", e);
                ui.execute(() -> status.set(texts.get("files.status.failed")));
            }
        });
    }

    /** Saves a changed mode in the background; {@link #setOnSaved} hears when it is saved. */
    public void apply() {
        if (!dirty.get()) {
            return;
        }
        LabelWriteMode chosen = mode.get();
        saved.set(chosen);
        background.execute(() -> {
            try {
                library.setMode(chosen);
                ui.execute(onSaved);
            } catch (RuntimeException e) {
                LOG.warn("Saving the write mode failed", e);
                ui.execute(() -> status.set(texts.get("files.status.failed")));
            }
        });
    }

    public void cancel() {
        mode.set(saved.get());
    }

    /** Runs on the UI thread once a new mode is saved (the window's writer then looks at once). */
    public void setOnSaved(Runnable onSaved) {
        this.onSaved = onSaved == null ? () -> { } : onSaved;
    }

    public ObjectProperty<LabelWriteMode> modeProperty() {
        return mode;
    }

    public BooleanBinding embedChosenProperty() {
        return embedChosen;
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
