package org.pothos.ui.detail;

import java.util.Objects;

/**
 * One change the user made to an item, with the store call that makes it and the one that takes it back.
 * Both run on the background executor, so they may block on the store.
 */
record Edit(long mediaId, Runnable apply, Runnable revert) {

    Edit {
        Objects.requireNonNull(apply, "apply");
        Objects.requireNonNull(revert, "revert");
    }
}
