package org.pothos.analysis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 *
 * <p>What an endpoint says about itself never uses up a job's tries: one that cannot be reached is left
 * alone until it answers a probe again ({@link EndpointHealth}), one that answers "busy" gets fewer
 * requests at once and a pause ({@link EndpointPressure}); their jobs wait in the queue meanwhile. An
 * answer that could not be saved is kept on the job and saved at its next try, without asking again.
 */
public final class JobDispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JobDispatcher.class);
    private static final long IDLE_POLL_MS = 500;
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(2);
    /** Tries to record an outcome whose saving keeps failing before the job is left for the next start. */
    private static final int RECORD_TRIES = 30;
    /** How the message of a job that waits for its endpoint to answer again begins. */
    public static final String WAITING_FOR_ENDPOINT = "waiting for Ollama to answer again: ";

    private final JobStore jobs;
    private final EndpointStore endpoints;
    private final JobRunner runner;
    private final ModelCatalog catalog;
    private final AnalysisListener events;
    private final Clock clock;
    private final Supplier<AnalysisSettings> settings;
    private final EndpointHealth health;
    private final Map<Long, EndpointPressure> pressure = new ConcurrentHashMap<>();
    /** Jobs held to an endpoint used for this run only (the library cannot refer to it); a command's run is short. */
    private final Map<Long, Long> pinned = new ConcurrentHashMap<>();
    /**
     * Jobs whose endpoint this dispatcher chose (none was asked for). Starting a job records its endpoint on it, which
     * would otherwise hold its next try to that endpoint: to one that stopped answering while another could take it.
     */
    private final Set<Long> placedFreely = ConcurrentHashMap.newKeySet();

    private final ExecutorService workers;
    private final ScheduledExecutorService deadlines;
    private final Map<Long, RunningJob> running = new ConcurrentHashMap<>();
    private final Object monitor = new Object();
    /** Held while jobs are taken from the queue, so that queueing and its events can happen before any start. */
    private final Object dispatchLock = new Object();
    private boolean wakeRequested;
    private volatile boolean closed;
    private Thread loop;

    /** @param client probes endpoints that stopped answering (see {@link EndpointHealth}) */
    public JobDispatcher(JobStore jobs, EndpointStore endpoints, JobRunner runner, ModelCatalog catalog, VisionModelClient client,
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
        this.health = new EndpointHealth(client, clock, events, this::wake);
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

    /** Holds jobs to an endpoint that is used for this run only. */
    void pin(List<Long> jobIds, long endpointId) {
        jobIds.forEach(id -> pinned.put(id, endpointId));
    }

    /** The endpoints that do not answer now; their jobs wait until a probe finds them back. */
    public List<EndpointStatus> unreachableEndpoints() {
        return health.unreachable();
    }

    /**
     * The endpoints that do not answer when none of those that could take jobs does: then no job can run, and
     * analysis is paused until one answers again. Empty while one answers (its jobs carry on). An endpoint can take
     * jobs when it is enabled and is the default or lists models (see {@link #choose}). Reads the endpoint list: not
     * for a UI thread.
     */
    public List<EndpointStatus> pausedBy() {
        List<EndpointStatus> down = health.unreachable();
        if (down.isEmpty()) {
            return List.of();
        }
        boolean oneAnswers = endpoints.list().stream()
                .filter(e -> e.enabled() && (e.isDefault() || !endpoints.models(e.id()).isEmpty()))
                .anyMatch(e -> health.isReachable(e.id()));
        return oneAnswers ? List.of() : down;
    }

    /** Asks the endpoints that do not answer again now rather than at their next probe (a person said "check again"). */
    public void probeNow() {
        health.probeNow();
        wake();
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
            health.probeDue();
            synchronized (monitor) {
                if (!wakeRequested && !closed) {
                    try {
                        monitor.wait(idleWaitMillis());
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                wakeRequested = false;
            }
        }
    }

    /** Until the next poll, or sooner when an endpoint's pause or probe ends before it. */
    private long idleWaitMillis() {
        Instant now = clock.instant();
        long wait = IDLE_POLL_MS;
        for (EndpointPressure p : pressure.values()) {
            if (p.waiting(now)) {
                wait = Math.min(wait, Duration.between(now, p.quietUntil()).toMillis() + 1);
            }
        }
        Instant probe = health.nextProbe();
        if (probe != null) {
            wait = Math.min(wait, Math.max(1, Duration.between(now, probe).toMillis() + 1));
        }
        return Math.max(1, wait);
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
            if (job.errorKind() == ErrorKind.NOT_SAVED) {
                // Its answer is kept: saving it needs no endpoint.
                jobs.markRunning(job.id(), job.endpointId(), clock.instant()).ifPresent(started -> launch(started, null, current));
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
            Long stored = RunEndpoints.isRunOnly(endpoint.get().id()) ? null : endpoint.get().id();
            jobs.markRunning(job.id(), stored, clock.instant()).ifPresent(started -> launch(started, endpoint.get(), current));
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
        Long wanted = pinned.containsKey(job.id()) ? pinned.get(job.id())
                : placedFreely.contains(job.id()) ? null : job.endpointId();
        if (wanted == null) {
            placedFreely.add(job.id());
        }
        if (wanted != null) {
            candidates = enabled.stream().filter(e -> e.id() == wanted).toList();
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
        Instant now = clock.instant();
        return candidates.stream()
                .filter(e -> health.isReachable(e.id()))
                .filter(e -> !pressureOf(e).waiting(now) && inFlight(e) < pressureOf(e).allowed(e.maxConcurrentRequests()))
                .min(Comparator.comparingLong(this::inFlight).thenComparing(e -> !e.isDefault()));
    }

    private long inFlight(Endpoint endpoint) {
        return running.values().stream().filter(r -> r.endpoint != null && r.endpoint.id() == endpoint.id()).count();
    }

    private EndpointPressure pressureOf(Endpoint endpoint) {
        return pressure.computeIfAbsent(endpoint.id(), id -> new EndpointPressure(endpoint.maxConcurrentRequests()));
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
        events.onJob(new JobEvent(JobEvent.Type.STARTED, job, 0, endpoint == null ? "saving the answer kept from its last try"
                : "asking " + job.model() + " on " + endpoint.url()));
        workers.execute(() -> run.execute(current));
    }

    private void record(RunningJob run, JobOutcome outcome) {
        // The request is over: its slot goes to the next job now, so saving this result (a transaction
        // and its events) overlaps that job's request instead of delaying it. The job stays RUNNING in
        // the store until saved, so it cannot be taken twice.
        running.remove(run.job.id());
        wake();
        record(run, outcome, 1);
    }

    private void record(RunningJob run, JobOutcome outcome, int attempt) {
        AnalysisJob job = run.job;
        try {
            if (outcome.succeeded()) {
                saveAnswer(run, outcome);
            } else if (run.cancelRequested) {
                emit(JobEvent.Type.CANCELLED, jobs.markCancelled(job.id(), clock.instant()), 0, "cancelled");
            } else if (run.stopRequested) {
                // Not the user's cancel: the job was cut short by Pothos stopping and waits for the next start.
                emit(JobEvent.Type.QUEUED, jobs.returnToQueue(job.id(), JobStore.INTERRUPTED), 0, JobStore.INTERRUPTED);
            } else if (outcome.errorKind() == ErrorKind.BUSY) {
                waitForBusyEndpoint(run, outcome);
            } else if (isConnectionFailure(outcome) && !health.confirmReachable(run.endpoint, outcome.message(), run.outagesBefore)) {
                // Back in the queue as a wait, not as a new job: the job was running, and waits for the endpoint now.
                String message = WAITING_FOR_ENDPOINT + outcome.message();
                emit(JobEvent.Type.RETRY_SCHEDULED, jobs.postpone(job.id(), null, outcome.errorKind(), message), 0, message);
            } else if (outcome.errorKind().isTransient() && job.attempts() < settings.get().maxAttempts()) {
                Instant next = clock.instant().plus(backoff(job.attempts()));
                LOG.info("Job {} (item {}) is tried again after try {}: {}", job.id(), job.mediaId(), job.attempts(), outcome.message());
                emit(JobEvent.Type.RETRY_SCHEDULED, jobs.requeue(job.id(), next, outcome.errorKind(), outcome.message()), 0,
                        outcome.message() + "; trying again (attempt "
                        + (job.attempts() + 1) + " of " + settings.get().maxAttempts() + ")");
            } else {
                if (outcome.errorKind() == ErrorKind.MODEL_NOT_FOUND) {
                    catalog.invalidate(run.endpoint);
                }
                LOG.warn("Job {} (item {}, {}) failed: {}", job.id(), job.mediaId(), job.model(), outcome.message());
                emit(JobEvent.Type.FAILED, jobs.fail(job.id(), outcome.errorKind(), outcome.message(), outcome.rawAnswer(),
                        outcome.bytesUploaded() == 0 ? null : outcome.bytesUploaded(), clock.instant()), 0, outcome.message());
            }
        } catch (RuntimeException | Error e) {
            recordLater(run, outcome, attempt, e);
        }
    }

    /**
     * Saves the answer; when the database stays busy past the store's own retries, the answer is kept on the
     * job, which saves it at its next try instead of asking the model again.
     */
    private void saveAnswer(RunningJob run, JobOutcome outcome) {
        AnalysisJob job = run.job;
        AnalysisJob saved;
        try {
            saved = jobs.succeed(job.id(), outcome.answer(), outcome.rawAnswer(), outcome.bytesUploaded(), clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("The answer of job {} could not be saved ({}); it is kept on the job for its next try", job.id(), describe(e));
            String message = "the answer could not be saved yet (" + describe(e) + "); it is kept and saved at the next try";
            emit(JobEvent.Type.RETRY_SCHEDULED, jobs.keepAnswer(job.id(), outcome.answer(), outcome.rawAnswer(),
                    outcome.bytesUploaded(), clock.instant().plus(backoff(1)), message), 0, message);
            return;
        }
        if (run.endpoint != null) {
            pressureOf(run.endpoint).onSuccess(run.endpoint.maxConcurrentRequests());
        }
        emit(JobEvent.Type.SUCCEEDED, saved, 1, null);
    }

    /** A busy endpoint is backpressure, not a failure: the job waits without using up a try. */
    private void waitForBusyEndpoint(RunningJob run, JobOutcome outcome) {
        Instant now = clock.instant();
        Instant next = pressureOf(run.endpoint).onBusy(outcome.retryAfter(), settings.get().retryBackoff(), now);
        String message = outcome.message() + "; sending it again in " + seconds(Duration.between(now, next))
                + " (busy answers do not use up tries)";
        emit(JobEvent.Type.RETRY_SCHEDULED, jobs.postpone(run.job.id(), next, ErrorKind.BUSY, message), 0, message);
    }

    /** A refused, reset or dropped connection may mean the server went away: a probe tells. */
    private static boolean isConnectionFailure(JobOutcome outcome) {
        return outcome.errorKind() == ErrorKind.CONNECTION || outcome.errorKind() == ErrorKind.BAD_RESPONSE;
    }

    /**
     * The outcome could not be written (the database failed even after its retries): try again a little later
     * rather than leave the job RUNNING for a batch that would wait on it for ever. If it never works, the job
     * is recovered as queued at the next start; the batch is told it failed.
     */
    private void recordLater(RunningJob run, JobOutcome outcome, int attempt, Throwable cause) {
        if (attempt < RECORD_TRIES && !closed) {
            LOG.warn("could not record the outcome of job {} (try {}): {}", run.job.id(), attempt, describe(cause));
            try {
                deadlines.schedule(UncaughtExceptions.logged(() -> record(run, outcome, attempt + 1)),
                        backoff(Math.min(attempt, 4)).toMillis(), TimeUnit.MILLISECONDS);
                return;
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // closing: fall through
            }
        }
        LOG.error("job {} stays running until the next start: its outcome could not be recorded", run.job.id(), cause);
        events.onJob(new JobEvent(JobEvent.Type.FAILED, run.job, 0, "the outcome could not be saved: " + describe(cause)));
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Announces a change with the row as the store's change left it. */
    private void emit(JobEvent.Type type, AnalysisJob changed, double progress, String message) {
        if (changed.status().isFinished()) {
            placedFreely.remove(changed.id());
        }
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
        health.close();
    }

    /** A job in flight: where it may be interrupted, and why it was. */
    private final class RunningJob {
        final AnalysisJob job;
        final Endpoint endpoint;
        /** Where cancel, stop and the deadline interrupt the worker: never inside a database call. */
        private final InterruptibleSection waits = new InterruptibleSection();
        volatile boolean cancelRequested;
        volatile boolean stopRequested;
        volatile boolean deadlineHit;
        /** The endpoint's outages before the job began: a connection broken by a later one costs no try. */
        final long outagesBefore;

        RunningJob(AnalysisJob job, Endpoint endpoint) {
            this.job = job;
            this.endpoint = endpoint;
            this.outagesBefore = endpoint == null ? 0 : health.outages(endpoint.id());
        }

        void cancel() {
            cancelRequested = true;
            waits.interrupt();
        }

        void stop() {
            stopRequested = true;
            waits.interrupt();
        }

        private void interruptForDeadline() {
            deadlineHit = true;
            waits.interrupt();
        }

        void execute(AnalysisSettings current) {
            Duration timeout = current.requestTimeout();
            ScheduledFuture<?> deadline = deadlines.schedule(UncaughtExceptions.logged(this::interruptForDeadline),
                    timeout.toMillis(), TimeUnit.MILLISECONDS);
            JobOutcome outcome;
            try {
                outcome = endpoint == null ? keptAnswer() : runner.run(job, endpoint, timeout,
                        progress -> events.onJob(new JobEvent(JobEvent.Type.PROGRESS, job, progress, null)), waits);
            } catch (ModelCallException e) {
                outcome = deadlineHit && !cancelRequested && !stopRequested
                        ? JobOutcome.failure(ErrorKind.TIMEOUT, "timed out: no answer from " + job.model() + " within "
                        + seconds(timeout) + " (request timeout)", null, 0)
                        : JobOutcome.failure(e);
            } catch (RuntimeException e) {
                LOG.error("job {} failed unexpectedly", job.id(), e);
                outcome = JobOutcome.failure(ErrorKind.INTERNAL, "unexpected error: " + e, null, 0);
            } catch (OutOfMemoryError e) {
                // Whatever ran out, this job ends with its reason and the batch goes on; no run waits on a dead worker.
                LOG.error("job {} ran out of memory", job.id(), e);
                outcome = JobOutcome.failure(ErrorKind.INTERNAL, "not enough memory for this job: " + e.getMessage(), null, 0);
            } catch (Error e) {
                LOG.error("job {} failed unexpectedly", job.id(), e);
                outcome = JobOutcome.failure(ErrorKind.INTERNAL, "unexpected error: " + e, null, 0);
            } finally {
                deadline.cancel(false);
            }
            record(this, outcome);
        }

        private JobOutcome keptAnswer() {
            return jobs.keptAnswer(job.id())
                    .map(answer -> JobOutcome.success(answer, job.rawAnswer(), job.bytesUploaded() == null ? 0 : job.bytesUploaded()))
                    .orElseGet(() -> JobOutcome.failure(ErrorKind.INTERNAL, "the answer kept on the job is gone", null, 0));
        }
    }
}
