package org.pothos.ui.jobs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.pothos.analysis.AnalysisListener;
import org.pothos.analysis.BatchProgress;
import org.pothos.analysis.EndpointStatus;
import org.pothos.analysis.JobEvent;

/**
 * Turns engine events, which arrive on engine threads and may come by the thousand per second,
 * into at most one UI task per interval. Between flushes it keeps only the latest state of each job
 * and the ids of the batches that moved, so the UI's work grows with the number of jobs that
 * changed, not with the number of events.
 */
final class JobEventBuffer implements AnalysisListener {

    static final Duration DEFAULT_INTERVAL = Duration.ofMillis(100);

    /** What changed since the last flush; {@code endpointsMoved}: an endpoint stopped or started answering. */
    record Changes(List<JobState> jobs, Set<String> batchIds, boolean endpointsMoved) {
    }

    private final Executor ui;
    private final Consumer<Changes> sink;
    private final long intervalNanos;
    private final Map<Long, JobState> jobs = new ConcurrentHashMap<>();
    private final Set<String> batches = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean endpointsMoved = new AtomicBoolean();
    private final AtomicBoolean flushScheduled = new AtomicBoolean();
    private volatile long lastFlush;

    JobEventBuffer(Executor ui, Duration interval, Consumer<Changes> sink) {
        this.ui = ui;
        this.sink = sink;
        this.intervalNanos = interval.toNanos();
        this.lastFlush = System.nanoTime() - intervalNanos;
    }

    @Override
    public void onJob(JobEvent event) {
        jobs.merge(event.job().id(), JobState.of(event), JobState::then);
        schedule();
    }

    @Override
    public void onBatch(BatchProgress progress) {
        batches.add(progress.batchId());
        schedule();
    }

    @Override
    public void onEndpoint(EndpointStatus status) {
        endpointsMoved.set(true);
        schedule();
    }

    /**
     * Schedules one flush unless one is pending. A flush less than an interval after the previous one
     * is delayed (on the JDK's shared timer, then handed to the UI executor) rather than run at once,
     * so even a UI executor that runs tasks immediately sees at most one flush per interval.
     */
    private void schedule() {
        if (!flushScheduled.compareAndSet(false, true)) {
            return;
        }
        long wait = lastFlush + intervalNanos - System.nanoTime();
        if (wait <= 0) {
            ui.execute(this::flush);
        } else {
            CompletableFuture.delayedExecutor(wait, TimeUnit.NANOSECONDS, ui).execute(this::flush);
        }
    }

    private void flush() {
        lastFlush = System.nanoTime();
        // Open the gate before draining: an event that lands during the drain schedules the next flush.
        flushScheduled.set(false);
        List<JobState> changed = new ArrayList<>();
        for (Long id : jobs.keySet()) {
            JobState state = jobs.remove(id);
            if (state != null) {
                changed.add(state);
            }
        }
        Set<String> moved = Set.copyOf(batches);
        batches.removeAll(moved);
        boolean endpoints = endpointsMoved.getAndSet(false);
        if (!changed.isEmpty() || !moved.isEmpty() || endpoints) {
            sink.accept(new Changes(changed, moved, endpoints));
        }
    }
}
