package org.pothos.ui.detail;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Runs an action once input has been quiet for a while, so that typing saves once per pause rather than once
 * per key. Call {@link #touch()} on every change, {@link #flush()} when the value must be saved now (Enter,
 * focus loss, another item shown). The action always runs on the UI executor; call the methods from it too.
 * <p>
 * The wait needs no thread of Pothos': the JDK's shared delay thread hands the action to the UI executor when
 * the pause is over, so there is no pool to own and shut down.
 */
final class Debouncer {

    private final Executor afterPause;
    private final Runnable action;
    private boolean pending;
    /** Counts touches: a wait that ends after it was superseded finds a newer ticket and does nothing. */
    private long ticket;

    Debouncer(Duration quiet, Executor ui, Runnable action) {
        this.afterPause = CompletableFuture.delayedExecutor(quiet.toMillis(), TimeUnit.MILLISECONDS, ui);
        this.action = action;
    }

    void touch() {
        cancel();
        long mine = ticket;
        pending = true;
        afterPause.execute(() -> fire(mine));
    }

    /** Runs the waiting action at once; does nothing when none waits. */
    void flush() {
        if (pending) {
            cancel();
            action.run();
        }
    }

    void cancel() {
        pending = false;
        ticket++;
    }

    private void fire(long mine) {
        if (mine == ticket && pending) {
            pending = false;
            ticket++;
            action.run();
        }
    }
}
