package org.pothos.ui.detail;

import org.pothos.library.MediaItem;

/** What the editable parts of the detail pane need from its coordinator: the item on display and the undo history. */
interface EditTarget {

    /** The item on display; null when none is. */
    MediaItem shown();

    /** Saves an edit in the background and remembers it for undo. */
    void record(Edit edit);
}
