package org.pothos.common;

import java.util.concurrent.atomic.AtomicBoolean;

/** A flag a long operation checks between steps; set from any thread to stop it early. */
public final class Cancellation {

    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }
}
