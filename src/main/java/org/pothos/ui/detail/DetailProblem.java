package org.pothos.ui.detail;

/** What went wrong in the pane, for the view to put into words. */
public enum DetailProblem {
    /** The item was deleted from the library. */
    NOT_FOUND,
    /** The store could not be read. */
    LOAD_FAILED,
    /** An edit could not be written. */
    SAVE_FAILED
}
