package org.pothos.ui.detail;

import java.util.ArrayDeque;
import java.util.Deque;

/** The undo stack: the newest edit on top, the oldest forgotten once the limit is reached. UI thread only. */
final class EditHistory {

    private final int limit;
    private final Deque<Edit> edits = new ArrayDeque<>();

    EditHistory(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        this.limit = limit;
    }

    void push(Edit edit) {
        edits.push(edit);
        if (edits.size() > limit) {
            edits.removeLast();
        }
    }

    /** The newest edit, removed from the stack; null when there is nothing to undo. */
    Edit pop() {
        return edits.poll();
    }

    boolean isEmpty() {
        return edits.isEmpty();
    }

    void clear() {
        edits.clear();
    }
}
