package org.pothos.bench.grid;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import org.pothos.common.DaemonThreads;

/**
 * Measures how long the JavaFX thread keeps work waiting: every few milliseconds a tiny task is
 * posted to it, and the longest wait between posting and running is the longest stall.
 */
final class StallMeter implements AutoCloseable {

    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("bench-fx-heartbeat"));
    private final AtomicLong longestNanos = new AtomicLong();

    StallMeter() {
        heartbeat.scheduleAtFixedRate(this::probe, 0, 5, TimeUnit.MILLISECONDS);
    }

    private void probe() {
        long posted = System.nanoTime();
        Platform.runLater(() -> longestNanos.accumulateAndGet(System.nanoTime() - posted, Math::max));
    }

    /** Forgets what was measured so far (e.g. the start-up, measured on its own). */
    void reset() {
        longestNanos.set(0);
    }

    double longestMillis() {
        return longestNanos.get() / 1e6;
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
    }
}
