package org.pothos.ui.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.pothos.common.Cancellation;
import org.pothos.library.ItemChanges;
import org.pothos.library.ItemEditor;
import org.pothos.library.ItemValues;
import org.pothos.ui.common.BackgroundTask;
import org.pothos.ui.common.Coalescer;
import org.pothos.ui.common.Failures;
import org.pothos.ui.common.SerialExecutor;
import org.pothos.ui.common.TaskExecutor;
import org.pothos.ui.common.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's edits of the user's values on one or many items (the viewer, the selection editor, the grid's
 * rating and favourite): each runs in the background, in the order made, with its progress; each is one undo step
 * however many items it touched. An edit that fails is taken back whole, so it changes all of its items or none,
 * and the user is told why. Properties change on the UI thread; call every method from it.
 */
public final class ItemEdits {

    static final int UNDO_LIMIT = 50;
    private static final Logger LOG = LoggerFactory.getLogger(ItemEdits.class);

    private final ItemEditor editor;
    private final Texts texts;
    /** One edit at a time, in the order made: a later one must never overtake an earlier one. */
    private final TaskExecutor tasks;
    private final Executor ui;
    private final Deque<ItemEditor.Outcome> history = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private int running;
    private Cancellation cancellation = new Cancellation();
    private Consumer<List<ItemValues>> onStored = stored -> { };

    /** @param texts for the failure message ({@code edit.failed}) */
    public ItemEdits(ItemEditor editor, Texts texts, Executor background, Executor ui) {
        this.editor = editor;
        this.texts = texts;
        this.tasks = TaskExecutor.of(new SerialExecutor(background), ui);
        this.ui = ui;
    }

    /**
     * Called on the UI thread after each edit or undo with the values now stored, per item whose values changed
     * (only the parts the edit touched are set), so that tiles, the detail pane and counts can follow.
     */
    public void setOnStored(Consumer<List<ItemValues>> onStored) {
        this.onStored = Objects.requireNonNull(onStored);
    }

    /** Applies {@code changes} to {@code ids} in the background; nothing happens for no ids or no change. */
    public void apply(List<Long> ids, ItemChanges changes) {
        if (ids.isEmpty() || changes.isEmpty()) {
            return;
        }
        List<Long> chosen = List.copyOf(ids);
        Cancellation mine = cancellation;
        started();
        ItemEditor.Progress shown = progressShown();
        BackgroundTask.wrap("Editing " + chosen.size() + " picture(s): " + changes, () -> {
            try {
                return editor.apply(chosen, changes, shown, mine);
            } catch (ItemEditor.PartlyDoneException e) {
                throw new EditFailed(e, rollBack(e.done()));
            }
        }).onSuccess(outcome -> {
            remember(outcome);
            finished(outcome.before().stream().map(before -> changes.forItem(before.id())).toList());
        }).onFailure(this::failed).executeWith(tasks);
    }

    /** Takes back the newest edit, however many items it touched. */
    public void undo() {
        ItemEditor.Outcome last = history.poll();
        canUndo.set(!history.isEmpty());
        if (last == null) {
            return;
        }
        started();
        ItemEditor.Progress shown = progressShown();
        BackgroundTask.wrap("Undoing an edit of " + last.changedItems() + " picture(s)", () -> {
            try {
                return editor.undo(last, shown);
            } catch (ItemEditor.PartlyDoneException e) {
                throw new EditFailed(e, rollBack(e.done()));
            }
        }).onSuccess(undone -> finished(last.before()))
                .onFailure(e -> {
                    remember(last); // still there to undo
                    failed(e);
                })
                .executeWith(tasks);
    }

    /** Stops the running edits between chunks; what they did stays, and one undo takes it back. */
    public void cancel() {
        cancellation.cancel();
        cancellation = new Cancellation();
    }

    /**
     * Takes back what a failed edit did before it failed (on the editing thread). Returns the values restored, or
     * none when that failed too; then what was done stays as an undo step.
     */
    private List<ItemValues> rollBack(ItemEditor.Outcome partial) {
        if (partial.changedItems() == 0) {
            return List.of();
        }
        try {
            editor.undo(partial, ItemEditor.Progress.NONE);
            return partial.before();
        } catch (RuntimeException e) {
            LOG.warn("Taking back a failed edit of {} item(s) failed too; it stays as an undo step", partial.changedItems(), e);
            ui.execute(() -> remember(partial));
            return List.of();
        }
    }

    private ItemEditor.Progress progressShown() {
        Coalescer<Double> shown = new Coalescer<>(ui, value -> {
            if (running > 0) {
                progress.set(value);
            }
        });
        return (done, total) -> shown.offer(total == 0 ? 1.0 : (double) done / total);
    }

    private void started() {
        running++;
        busy.set(true);
        progress.set(0);
        error.set(null);
    }

    private void remember(ItemEditor.Outcome outcome) {
        if (outcome.changedItems() == 0) {
            return;
        }
        history.push(outcome);
        if (history.size() > UNDO_LIMIT) {
            history.removeLast();
        }
        canUndo.set(true);
    }

    private void finished(List<ItemValues> stored) {
        ended();
        if (!stored.isEmpty()) {
            onStored.accept(stored);
        }
    }

    private void failed(Throwable e) {
        ended();
        error.set(texts.get("edit.failed", Failures.reason(e instanceof EditFailed failed ? failed.getCause() : e)));
        if (e instanceof EditFailed failed && !failed.restored.isEmpty()) {
            onStored.accept(failed.restored);
        }
    }

    private void ended() {
        running--;
        busy.set(running > 0);
        if (running == 0) {
            progress.set(0);
        }
    }

    /** True while an edit or undo runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** How far the running edit is, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** Why the last edit failed, in the user's language; null when it did not. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** An edit that failed part-way, with the values its rollback restored. */
    private static final class EditFailed extends RuntimeException {

        private final transient List<ItemValues> restored;

        EditFailed(ItemEditor.PartlyDoneException cause, List<ItemValues> restored) {
            super(cause.getMessage(), cause.getCause());
            this.restored = restored;
        }
    }
}
