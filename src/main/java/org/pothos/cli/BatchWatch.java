package org.pothos.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.pothos.analysis.AnalysisListener;
import org.pothos.analysis.BatchProgress;
import org.pothos.analysis.EndpointStatus;
import org.pothos.common.Cancellation;

/**
 * Follows one batch for the command line: a progress line with true counts, one line when the batch pauses
 * because no endpoint it can use answers (and one when it resumes), and how it ended: finished, stopped by
 * Ctrl-C, or given up after waiting {@code --wait} for an endpoint.
 */
final class BatchWatch implements AnalysisListener {

    enum End { FINISHED, INTERRUPTED, GAVE_UP }

    private final String batchId;
    private final ProgressLine progress;
    private final PrintWriter out;
    private final Duration wait;
    private final Supplier<Set<Long>> usableEndpoints;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Object lock = new Object();
    private final java.util.Map<Long, EndpointStatus> down = new java.util.HashMap<>();
    private long pausedSince = -1;

    /**
     * @param usableEndpoints the ids of the endpoints the batch can use; when none of them answers, it is paused
     * @param wait            how long a pause may last before the command gives up (jobs stay queued)
     */
    BatchWatch(String batchId, ProgressLine progress, PrintWriter out, Duration wait, Supplier<Set<Long>> usableEndpoints) {
        this.batchId = batchId;
        this.progress = progress;
        this.out = out;
        this.wait = wait;
        this.usableEndpoints = usableEndpoints;
    }

    @Override
    public void onBatch(BatchProgress p) {
        if (!p.batchId().equals(batchId)) {
            return;
        }
        progress.update(describe(p));
        if (p.finished()) {
            finished.countDown();
        }
    }

    static String describe(BatchProgress p) {
        StringBuilder line = new StringBuilder(String.format("Analysing: %d of %d done, %d failed", p.succeeded(), p.total(), p.failed()));
        if (p.cancelled() > 0) {
            line.append(", ").append(p.cancelled()).append(" cancelled");
        }
        line.append(", ").append(p.remaining()).append(" left");
        if (p.eta() != null) {
            line.append(String.format(java.util.Locale.ROOT, "; %.1f images/min, about %s left", p.imagesPerMinute(),
                    Durations.describe(p.eta())));
        }
        return line.toString();
    }

    @Override
    public void onEndpoint(EndpointStatus status) {
        synchronized (lock) {
            if (status.reachable()) {
                down.remove(status.endpoint().id());
            } else {
                down.put(status.endpoint().id(), status);
            }
            boolean paused = !usableEndpoints.get().isEmpty() && down.keySet().containsAll(usableEndpoints.get());
            if (paused && pausedSince < 0) {
                pausedSince = System.nanoTime();
                progress.finish();
                out.printf("Paused: Ollama at %s is not reachable (%s). Waiting up to %s for it to answer (--wait)…%n",
                        status.endpoint().url(), status.reason(), Durations.describe(wait));
                out.flush();
            } else if (!paused && pausedSince >= 0) {
                pausedSince = -1;
                progress.finish();
                out.printf("Resumed: Ollama at %s answers again.%n", status.endpoint().url());
                out.flush();
            }
        }
    }

    /** Waits for the end of the batch, Ctrl-C, or a pause longer than the wait allowed. */
    End await(Cancellation cancellation) {
        try {
            while (!finished.await(200, TimeUnit.MILLISECONDS)) {
                if (cancellation.isCancelled()) {
                    return End.INTERRUPTED;
                }
                if (pausedTooLong()) {
                    return End.GAVE_UP;
                }
            }
            return End.FINISHED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return End.INTERRUPTED;
        }
    }

    private boolean pausedTooLong() {
        synchronized (lock) {
            return pausedSince >= 0 && System.nanoTime() - pausedSince >= wait.toNanos();
        }
    }

    /** What the endpoints that stopped answering said, for the final message. */
    String unreachable() {
        synchronized (lock) {
            return down.values().stream().map(s -> "Ollama at " + s.endpoint().url() + " (" + s.reason() + ")")
                    .reduce((a, b) -> a + "; " + b).orElse("Ollama");
        }
    }
}
