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
 * The window's edits of the user's values on one or many items (the viewer, the selection editor): each runs in
 * the background, in the order made, with its progress; each is one undo step however many items it touched; a
 * failure is shown and leaves the items as the store has them. Properties change on the UI thread; call every
 * method from it.
 */
public final class ItemEdits {

    static final int UNDO_LIMIT = 50;
    private static final Logger LOG = LoggerFactory.getLogger(ItemEdits.class);

    private final ItemEditor editor;
    private final Texts texts;
    /** Edits run one at a time, in the order made. */
    private final TaskExecutor edits;
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
        this.edits = TaskExecutor.of(new SerialExecutor(background), ui);
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
        apply(ids, changes, () -> { });
    }

    /**
     * Like {@link #apply(List, ItemChanges)}; {@code takeBack} runs on the UI thread when the edit failed, for a
     * caller that showed the change before it was stored to show the stored values again.
     */
    public void apply(List<Long> ids, ItemChanges changes, Runnable takeBack) {
        if (ids.isEmpty() || changes.isEmpty()) {
            return;
        }
        List<Long> chosen = List.copyOf(ids);
        Cancellation mine = cancellation;
        started();
        Coalescer<Double> shown = new Coalescer<>(ui, progress::set);
        BackgroundTask.wrap("Editing " + chosen.size() + " item(s): " + changes, () -> allOrNothing(() -> editor.apply(chosen, changes,
                        (done, total) -> shown.offer(total == 0 ? 1.0 : (double) done / total), mine)))
                .onSuccess(outcome -> {
                    remember(outcome);
                    finished(outcome.before().stream().map(before -> changes.forItem(before.id())).toList());
                })
                .onFailure(failure -> {
                    takeBack.run();
                    failed(failure);
                })
                .executeWith(edits);
    }

    /** Takes back the newest edit, however many items it touched. */
    public void undo() {
        ItemEditor.Outcome last = history.poll();
        canUndo.set(!history.isEmpty());
        if (last == null) {
            return;
        }
        started();
        Coalescer<Double> shown = new Coalescer<>(ui, progress::set);
        BackgroundTask.wrap("Undoing an edit of " + last.before().size() + " item(s)", () -> allOrNothing(() -> {
                    editor.undo(last, (done, total) -> shown.offer(total == 0 ? 1.0 : (double) done / total));
                    return last;
                }))
                .onSuccess(undone -> finished(undone.before()))
                .onFailure(failure -> {
                    remember(last); // still there to undo
                    failed(failure);
                })
                .executeWith(edits);
    }

    /**
     * Runs an edit in the background; when it fails after changing some items, takes that back there too, so that
     * an edit changes all of its items or none.
     */
    private ItemEditor.Outcome allOrNothing(BackgroundTask.Work<ItemEditor.Outcome> edit) throws Exception {
        try {
            return edit.call();
        } catch (ItemEditor.PartlyDoneException e) {
            throw new TakenBack(e, rollBack(e.done()));
        }
    }

    /** An edit that failed part way, with the values its taking back restored. */
    private static final class TakenBack extends RuntimeException {

        private final transient List<ItemValues> restored;

        TakenBack(RuntimeException cause, List<ItemValues> restored) {
            super(cause.getMessage(), cause);
            this.restored = restored;
        }
    }

    /** Takes back what a failed edit did before it failed, so that it changes all of its items or none. */
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

    /** Stops the running edits between chunks; what they did stays, and one undo takes it back. */
    public void cancel() {
        cancellation.cancel();
        cancellation = new Cancellation();
    }

    /** Forgets the undo steps (for instance when the library is reloaded from elsewhere). */
    public void forgetHistory() {
        history.clear();
        canUndo.set(false);
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

    private void failed(Throwable failure) {
        ended();
        error.set(texts.get("edit.failed", Failures.reason(failure)));
        if (failure instanceof TakenBack takenBack && !takenBack.restored.isEmpty()) {
            onStored.accept(takenBack.restored);
        }
    }

    private void ended() {
        running--;
        busy.set(running > 0);
        progress.set(running > 0 ? progress.get() : 0);
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
}
