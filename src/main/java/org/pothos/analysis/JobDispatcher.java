package org.pothos.analysis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.pothos.common.DaemonThreads;
import org.pothos.common.UncaughtExceptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes due jobs from the queue and runs them on a worker pool within the global and per-endpoint
 * limits, spreading jobs over the enabled endpoints that serve their model. Each running job has a
 * deadline that interrupts its worker (a stalled stream would otherwise block for ever); cancelling
 * interrupts it at once. No database transaction is open while a request is in flight: the store is
 * called before and after, each call its own transaction.
 */
public final class JobDispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JobDispatcher.class);
    private static final long IDLE_POLL_MS = 500;
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(2);

    private final JobStore jobs;
    private final EndpointStore endpoints;
    private final JobRunner runner;
    private final ModelCatalog catalog;
    private final AnalysisListener events;
    private final Clock clock;
    private final Supplier<AnalysisSettings> settings;

    private final ExecutorService workers;
    private final ScheduledExecutorService deadlines;
    private final Map<Long, RunningJob> running = new ConcurrentHashMap<>();
    private final Object monitor = new Object();
    /** Held while jobs are taken from the queue, so that queueing and its events can happen before any start. */
    private final Object dispatchLock = new Object();
    private boolean wakeRequested;
    private volatile boolean closed;
    private Thread loop;

    public JobDispatcher(JobStore jobs, EndpointStore endpoints, JobRunner runner, ModelCatalog catalog,
                         AnalysisListener events, Clock clock, Supplier<AnalysisSettings> settings) {
        this.jobs = jobs;
        this.endpoints = endpoints;
        this.runner = runner;
        this.catalog = catalog;
        this.events = events;
        this.clock = clock;
        this.settings = settings;
        this.workers = Executors.newCachedThreadPool(DaemonThreads.named("pothos-analysis-worker"));
        this.deadlines = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("pothos-analysis-deadline"));
    }

    public synchronized void start() {
        if (loop == null) {
            loop = DaemonThreads.named("pothos-analysis-dispatcher").newThread(this::loop);
            loop.start();
        }
    }

    /** Looks at the queue now rather than at the next poll: call after queueing or retrying jobs. */
    public void wake() {
        synchronized (monitor) {
            wakeRequested = true;
            monitor.notifyAll();
        }
    }

    /** Whether {@link #start()} was called: before it, no job leaves the queue. */
    public synchronized boolean isStarted() {
        return loop != null;
    }

    public int runningCount() {
        return running.size();
    }

    public boolean isRunning(long jobId) {
        return running.containsKey(jobId);
    }

    /**
     * Cancels one job: a running one has its request aborted (it ends CANCELLED within moments), a
     * queued one is cancelled in the store. Returns false when the job was neither.
     */
    public boolean cancel(long jobId) {
        RunningJob job = running.get(jobId);
        if (job != null) {
            job.cancel();
            return true;
        }
        List<AnalysisJob> cancelled = jobs.cancelQueued(List.of(jobId), clock.instant());
        cancelled.forEach(j -> emit(JobEvent.Type.CANCELLED, j, 0, "cancelled"));
        return !cancelled.isEmpty();
    }

    /** Cancels every queued and running job. */
    public int cancelAll() {
        List<AnalysisJob> cancelled = jobs.cancelAllQueued(clock.instant());
        cancelled.forEach(j -> emit(JobEvent.Type.CANCELLED, j, 0, "cancelled"));
        running.values().forEach(RunningJob::cancel);
        return cancelled.size() + running.size();
    }

    private void loop() {
        while (!closed) {
            try {
                dispatchDue();
            } catch (RuntimeException e) {
                LOG.error("dispatching analysis jobs failed; trying again", e);
            }
            synchronized (monitor) {
                if (!wakeRequested && !closed) {
                    try {
                        monitor.wait(IDLE_POLL_MS);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                wakeRequested = false;
            }
        }
    }

    /**
     * Runs {@code work} while no job is being taken from the queue: jobs queued inside it, and their
     * QUEUED events, come before any of them can be STARTED.
     */
    public void withoutDispatching(Runnable work) {
        synchronized (dispatchLock) {
            work.run();
        }
    }

    private void dispatchDue() {
        synchronized (dispatchLock) {
            dispatchDueLocked();
        }
    }

    private void dispatchDueLocked() {
        AnalysisSettings current = settings.get();
        int free = current.concurrency() - running.size();
        if (free <= 0) {
            return;
        }
        List<AnalysisJob> due = jobs.due(clock.instant(), free * 4 + 8);
        if (due.isEmpty()) {
            return;
        }
        List<Endpoint> enabled = endpoints.list().stream().filter(Endpoint::enabled).toList();
        Map<Long, List<ModelInfo>> served = new HashMap<>();
        int launched = 0;
        for (AnalysisJob job : due) {
            if (closed || running.size() >= current.concurrency()) {
                prepareNext(due.subList(launched, due.size()), current.concurrency());
                return;
            }
            launched++;
            if (running.containsKey(job.id())) {
                continue;
            }
            if (enabled.isEmpty()) {
                failWithoutRunning(job, "no enabled Ollama endpoint: add one with `endpoints add URL` or enable one in settings");
                continue;
            }
            Optional<Endpoint> endpoint = choose(job, enabled, served);
            if (endpoint.isEmpty()) {
                continue; // its endpoints are busy: it waits for a free slot
            }
            jobs.markRunning(job.id(), endpoint.get().id(), clock.instant())
                    .ifPresent(started -> launch(started, endpoint.get(), current));
        }
    }

    /** Has the images of the jobs next in line prepared while the running ones wait for the model. */
    private void prepareNext(List<AnalysisJob> waiting, int count) {
        waiting.stream().filter(job -> !running.containsKey(job.id())).limit(count).forEach(runner::prepareAhead);
    }

    /**
     * The least loaded endpoint with a free slot among those that serve the model (by the cached
     * model lists), or the job's own endpoint when it names one. When no cache lists the model, the
     * default endpoint takes the job, so that the runner can say clearly that the model is missing.
     */
    private Optional<Endpoint> choose(AnalysisJob job, List<Endpoint> enabled, Map<Long, List<ModelInfo>> served) {
        List<Endpoint> candidates;
        if (job.endpointId() != null) {
            candidates = enabled.stream().filter(e -> e.id() == job.endpointId()).toList();
            if (candidates.isEmpty()) {
                failWithoutRunning(job, "its endpoint is disabled or was removed");
                return Optional.empty();
            }
        } else {
            candidates = enabled.stream()
                    .filter(e -> served.computeIfAbsent(e.id(), endpoints::models).stream()
                            .anyMatch(m -> m.name().equals(job.model()) || m.name().equals(job.model() + ":latest")))
                    .toList();
            if (candidates.isEmpty()) {
                candidates = enabled.stream().filter(Endpoint::isDefault).findFirst().map(List::of).orElse(List.of(enabled.get(0)));
            }
        }
        return candidates.stream()
                .filter(e -> inFlight(e) < e.maxConcurrentRequests())
                .min(Comparator.comparingLong(this::inFlight).thenComparing(e -> !e.isDefault()));
    }

    private long inFlight(Endpoint endpoint) {
        return running.values().stream().filter(r -> r.endpoint.id() == endpoint.id()).count();
    }

    private void failWithoutRunning(AnalysisJob job, String message) {
        // A job fails from RUNNING only, so it passes through it: both moves are checked.
        if (jobs.markRunning(job.id(), null, clock.instant()).isPresent()) {
            emit(JobEvent.Type.FAILED, jobs.fail(job.id(), ErrorKind.NO_ENDPOINT, message, null, null, clock.instant()), 0, message);
        }
    }

    private void launch(AnalysisJob job, Endpoint endpoint, AnalysisSettings current) {
        RunningJob run = new RunningJob(job, endpoint);
        running.put(job.id(), run);
        events.onJob(new JobEvent(JobEvent.Type.STARTED, job, 0, "asking " + job.model() + " on " + endpoint.url()));
        workers.execute(() -> run.execute(current));
    }

    private void record(RunningJob run, JobOutcome outcome) {
        AnalysisJob job = run.job;
        Instant now = clock.instant();
        // The request is over: its slot goes to the next job now, so saving this result (a transaction
        // and its events) overlaps that job's request instead of delaying it. The job stays RUNNING in
        // the store until saved, so it cannot be taken twice.
        running.remove(job.id());
        wake();
        try {
            if (outcome.succeeded()) {
                emit(JobEvent.Type.SUCCEEDED, jobs.succeed(job.id(), outcome.answer(), outcome.rawAnswer(),
                        outcome.bytesUploaded(), now), 1, null);
            } else if (run.cancelRequested) {
                emit(JobEvent.Type.CANCELLED, jobs.markCancelled(job.id(), now), 0, "cancelled");
            } else if (run.stopRequested) {
                // Not the user's cancel: the job was cut short by Pothos stopping and waits for the next start.
                emit(JobEvent.Type.QUEUED, jobs.returnToQueue(job.id(), JobStore.INTERRUPTED), 0, JobStore.INTERRUPTED);
            } else if (outcome.errorKind().isTransient() && job.attempts() < settings.get().maxAttempts()) {
                Instant next = now.plus(backoff(job.attempts()));
                emit(JobEvent.Type.RETRY_SCHEDULED, jobs.requeue(job.id(), next, outcome.errorKind(), outcome.message()), 0,
                        outcome.message() + "; trying again (attempt "
                        + (job.attempts() + 1) + " of " + settings.get().maxAttempts() + ")");
            } else {
                if (outcome.errorKind() == ErrorKind.MODEL_NOT_FOUND) {
                    catalog.invalidate(run.endpoint);
                }
                LOG.warn("Job {} (item {}, {}) failed: {}", job.id(), job.mediaId(), job.model(), outcome.message());
                emit(JobEvent.Type.FAILED, jobs.fail(job.id(), outcome.errorKind(), outcome.message(), outcome.rawAnswer(),
                        outcome.bytesUploaded() == 0 ? null : outcome.bytesUploaded(), now), 0, outcome.message());
            }
        } catch (RuntimeException e) {
            LOG.error("could not record the outcome of job {}", job.id(), e);
            failUnrecorded(job, e);
        }
    }

    /**
     * The outcome could not be saved: the job fails with the reason rather than stay RUNNING; if even
     * that cannot be written, it is recovered as queued at the next start.
     */
    private void failUnrecorded(AnalysisJob job, RuntimeException cause) {
        try {
            String message = "the result could not be saved: " + cause.getMessage();
            emit(JobEvent.Type.FAILED, jobs.fail(job.id(), ErrorKind.INTERNAL, message, null, null, clock.instant()), 0, message);
        } catch (RuntimeException again) {
            LOG.error("job {} stays running until the next start", job.id(), again);
        }
    }

    /** Announces a change with the row as the store's change left it. */
    private void emit(JobEvent.Type type, AnalysisJob changed, double progress, String message) {
        events.onJob(new JobEvent(type, changed, progress, message));
    }

    /** Whole seconds as such, shorter timeouts (tests, impatient settings) with their tenths. */
    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /** Exponential backoff with ±25 % jitter, so many failed jobs do not all return at once. */
    private Duration backoff(int attempts) {
        long base = settings.get().retryBackoff().toMillis() << Math.min(10, Math.max(0, attempts - 1));
        long capped = Math.min(base, MAX_BACKOFF.toMillis());
        long jitter = (long) (capped * (ThreadLocalRandom.current().nextDouble() * 0.5 - 0.25));
        return Duration.ofMillis(Math.max(0, capped + jitter));
    }

    /**
     * Stops taking jobs; running ones have their requests aborted and go back to the queue with the
     * queued ones, for the next start (a result that arrived in time is kept). Waits briefly for the
     * workers to record their outcome; a job still running after that is recovered at the next start.
     */
    @Override
    public void close() {
        closed = true;
        wake();
        running.values().forEach(RunningJob::stop);
        workers.shutdown();
        try {
            if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("analysis workers did not stop in time; their jobs will be recovered at the next start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deadlines.shutdownNow();
    }

    /** A job in flight: its worker thread, so it can be interrupted, and why it was. */
    private final class RunningJob {
        final AnalysisJob job;
        final Endpoint endpoint;
        volatile Thread worker;
        volatile boolean cancelRequested;
        volatile boolean stopRequested;
        volatile boolean deadlineHit;

        RunningJob(AnalysisJob job, Endpoint endpoint) {
            this.job = job;
            this.endpoint = endpoint;
        }

        synchronized void cancel() {
            cancelRequested = true;
            if (worker != null) {
                worker.interrupt();
            }
        }

        synchronized void stop() {
            stopRequested = true;
            if (worker != null) {
                worker.interrupt();
            }
        }

        private synchronized void interruptForDeadline() {
            deadlineHit = true;
            if (worker != null) {
                worker.interrupt();
            }
        }

        void execute(AnalysisSettings current) {
            synchronized (this) {
                worker = Thread.currentThread();
                if (cancelRequested || stopRequested) {
                    worker.interrupt();
                }
            }
            Duration timeout = current.requestTimeout();
            ScheduledFuture<?> deadline = deadlines.schedule(UncaughtExceptions.logged(this::interruptForDeadline),
                    timeout.toMillis(), TimeUnit.MILLISECONDS);
            JobOutcome outcome;
            try {
                outcome = runner.run(job, endpoint, timeout,
                        progress -> events.onJob(new JobEvent(JobEvent.Type.PROGRESS, job, progress, null)));
            } catch (ModelCallException e) {
                outcome = deadlineHit && !cancelRequested && !stopRequested
                        ? JobOutcome.failure(ErrorKind.TIMEOUT, "timed out: no answer from " + job.model() + " within "
                        + seconds(timeout) + " (request timeout)", null, 0)
                        : JobOutcome.failure(e.kind(), e.getMessage(), null, 0);
            } catch (RuntimeException e) {
                LOG.error("job {} failed unexpectedly", job.id(), e);
                outcome = JobOutcome.failure(ErrorKind.INTERNAL, "unexpected error: " + e, null, 0);
            } finally {
                deadline.cancel(false);
                synchronized (this) {
                    worker = null;
                    Thread.interrupted(); // a late cancel must not leak into the next job on this thread
                }
            }
            record(this, outcome);
        }
    }
}
