package org.pothos.ui.detail;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.pothos.common.DaemonThreads;
import org.pothos.common.UncaughtExceptions;

/**
 * Runs an action once input has been quiet for a while, so that typing saves once per pause rather than once
 * per key. Call {@link #touch()} on every change, {@link #flush()} when the value must be saved now (Enter,
 * focus loss, another item shown). The action always runs on the UI executor; call the methods from it too.
 */
final class Debouncer {

    /** One timer thread for every pane: it only waits, the action itself runs on the UI executor. */
    private static final ScheduledExecutorService TIMER =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("pothos-debounce"));

    private final long quietMillis;
    private final Executor ui;
    private final Runnable action;
    private ScheduledFuture<?> pending;
    /** Counts touches: a timer that fires after it was superseded finds a newer ticket and does nothing. */
    private long ticket;

    Debouncer(Duration quiet, Executor ui, Runnable action) {
        this.quietMillis = quiet.toMillis();
        this.ui = ui;
        this.action = action;
    }

    void touch() {
        cancel();
        long mine = ticket;
        pending = TIMER.schedule(UncaughtExceptions.logged(() -> ui.execute(() -> fire(mine))), quietMillis, TimeUnit.MILLISECONDS);
    }

    /** Runs the waiting action at once; does nothing when none waits. */
    void flush() {
        if (pending != null) {
            cancel();
            action.run();
        }
    }

    void cancel() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        ticket++;
    }

    private void fire(long mine) {
        if (mine == ticket && pending != null) {
            pending = null;
            ticket++;
            action.run();
        }
    }
}
