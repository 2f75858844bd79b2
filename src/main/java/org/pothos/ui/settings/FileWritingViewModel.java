package org.pothos.ui.settings;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.pothos.labelsync.LabelSyncService;
import org.pothos.library.LabelWriteMode;
import org.pothos.ui.common.BackgroundTask;
import org.pothos.ui.common.Failures;
import org.pothos.ui.common.TaskExecutor;

/**
 * The settings' "Files" page: whether this library writes its labels into the pictures' files (off, XMP sidecars,
 * or embedded, which asks for a clear warning), and how many pictures differ from their files now. The mode is
 * staged like the other settings and saved on apply; it belongs to the library, not to the user's preferences.
 */
public final class FileWritingViewModel {

    /** What this page needs of the library. Blocking: called on the background executor. */
    public interface Library {
        LabelWriteMode mode();

        void setMode(LabelWriteMode mode);

        /** How many items have labels their files do not hold. */
        long differing();

        /** The library's label writing as this page sees it. */
        static Library of(LabelSyncService sync) {
            return new Library() {
                @Override
                public LabelWriteMode mode() {
                    return sync.mode();
                }

                @Override
                public void setMode(LabelWriteMode mode) {
                    sync.setMode(mode);
                }

                @Override
                public long differing() {
                    return sync.status().differ();
                }
            };
        }
    }

    private final Library library;
    private final SettingsTexts texts;
    private final TaskExecutor tasks;
    private final ObjectProperty<LabelWriteMode> mode = new SimpleObjectProperty<>(this, "mode", LabelWriteMode.OFF);
    private final ReadOnlyObjectWrapper<LabelWriteMode> saved = new ReadOnlyObjectWrapper<>(this, "saved", LabelWriteMode.OFF);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final BooleanBinding embedChosen = mode.isEqualTo(LabelWriteMode.EMBED);
    private final BooleanBinding dirty = mode.isNotEqualTo(saved);
    private Runnable onSaved = () -> { };
    private Consumer<String> onSaveFailed = message -> { };

    public FileWritingViewModel(Library library, SettingsTexts texts, Executor background, Executor ui) {
        this.library = library;
        this.texts = texts;
        this.tasks = TaskExecutor.of(background, ui);
    }

    /** Reads the library's mode and counts the pictures that differ from their files, in the background. */
    public void load() {
        status.set(texts.get("files.status.counting"));
        BackgroundTask.wrap("Reading how the library's files stand", () -> new Standing(library.mode(), library.differing()))
                .onSuccess(standing -> {
                    boolean edited = dirty.get();
                    saved.set(standing.mode());
                    if (!edited) {
                        mode.set(standing.mode());
                    }
                    status.set(standing.differing() == 0 ? texts.get("files.status.inStep")
                            : texts.get("files.status.differ", standing.differing()));
                })
                .onFailure(failure -> status.set(texts.get("files.status.failed", Failures.reason(failure))))
                .executeWith(tasks);
    }

    /**
     * Saves a changed mode in the background; {@link #setOnSaved} hears when it is saved. When it cannot be saved,
     * the page shows the mode the library keeps again and says why, and {@link #setOnSaveFailed} hears it too (the
     * dialog may have closed on OK).
     */
    public void apply() {
        if (!dirty.get()) {
            return;
        }
        LabelWriteMode before = saved.get();
        LabelWriteMode chosen = mode.get();
        saved.set(chosen);
        BackgroundTask.wrap("Saving the write mode", () -> library.setMode(chosen))
                .onSuccess(done -> onSaved.run())
                .onFailure(failure -> {
                    if (saved.get() == chosen) {
                        saved.set(before);
                        if (mode.get() == chosen) {
                            mode.set(before);
                        }
                    }
                    String message = texts.get("files.status.saveFailed", Failures.reason(failure));
                    status.set(message);
                    onSaveFailed.accept(message);
                })
                .executeWith(tasks);
    }

    public void cancel() {
        mode.set(saved.get());
    }

    /** Runs on the UI thread once a new mode is saved (the window's writer then looks at once). */
    public void setOnSaved(Runnable onSaved) {
        this.onSaved = onSaved == null ? () -> { } : onSaved;
    }

    /** Runs on the UI thread with the sentence to show when a chosen mode could not be saved. */
    public void setOnSaveFailed(Consumer<String> onSaveFailed) {
        this.onSaveFailed = onSaveFailed == null ? message -> { } : onSaveFailed;
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

    /** The library's mode and how many pictures differ from their files, read together. */
    private record Standing(LabelWriteMode mode, long differing) {
    }
}
