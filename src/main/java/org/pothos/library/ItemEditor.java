package org.pothos.library;

import java.util.ArrayList;
import java.util.List;
import org.pothos.common.Cancellation;

/**
 * Applies one change to many items (a selection in the window, or the items a command names) in chunks of
 * one transaction each, reporting progress and stopping between chunks when cancelled, and takes such an
 * edit back. Ten thousand items never hold one long transaction that blocks analysis results.
 */
public final class ItemEditor {

    static final int CHUNK = 500;

    private final MediaStore store;

    public ItemEditor(MediaStore store) {
        this.store = store;
    }

    /** Told how many items are done out of how many; called from the editing thread after each chunk. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(int done, int total);
    }

    /**
     * What an edit did: how many items it went through, whether it reached the end (or was cancelled), and the
     * before-image of every part it changed, which {@link #undo} writes back.
     */
    public record Outcome(int items, boolean complete, List<ItemValues> before) {

        public Outcome {
            before = List.copyOf(before);
        }

        /** Items a part of which changed. */
        public int changedItems() {
            return before.size();
        }

        /** Items that did not have the label before and got it, or had it and lost it. */
        public int itemsWhoseLabelChanged(ItemValues.LabelState label) {
            String key = LabelNames.normalise(label.name());
            return (int) before.stream()
                    .filter(v -> v.labels().stream().anyMatch(l -> l.kind() == label.kind()
                            && LabelNames.normalise(l.name()).equals(key) && l.present() != label.present()))
                    .count();
        }
    }

    /**
     * An edit stopped by a failure after some chunks were written: {@link #done()} is what they changed, so the
     * caller can take it back or keep it.
     */
    public static final class PartlyDoneException extends RuntimeException {

        private final transient Outcome done;

        PartlyDoneException(Outcome done, RuntimeException cause) {
            super(cause.getMessage(), cause);
            this.done = done;
        }

        public Outcome done() {
            return done;
        }
    }

    /**
     * Applies {@code changes} to every item of {@code ids}; blocks, so never call it on the JavaFX thread. A chunk
     * that fails is rolled back and ends the edit with a {@link PartlyDoneException}.
     */
    public Outcome apply(List<Long> ids, ItemChanges changes, Progress progress, Cancellation cancelled) {
        List<ItemValues> values = ids.stream().distinct().map(changes::forItem).toList();
        return assignInChunks(values, progress, cancelled);
    }

    /** Writes back what {@code edit} changed; its own outcome undoes the undo. */
    public Outcome undo(Outcome edit, Progress progress) {
        return assignInChunks(edit.before(), progress, new Cancellation());
    }

    private Outcome assignInChunks(List<ItemValues> values, Progress progress, Cancellation cancelled) {
        List<ItemValues> before = new ArrayList<>();
        int done = 0;
        progress.update(0, values.size());
        while (done < values.size()) {
            if (cancelled.isCancelled()) {
                return new Outcome(done, false, before);
            }
            List<ItemValues> chunk = values.subList(done, Math.min(values.size(), done + CHUNK));
            try {
                before.addAll(store.assign(chunk));
            } catch (RuntimeException e) {
                throw new PartlyDoneException(new Outcome(done, false, before), e);
            }
            done += chunk.size();
            progress.update(done, values.size());
        }
        return new Outcome(done, true, before);
    }
}
