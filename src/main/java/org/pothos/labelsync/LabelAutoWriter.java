package org.pothos.labelsync;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.pothos.common.DaemonThreads;
import org.pothos.library.LabelWriteMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes labels into files in the background as the library changes, the window's way of keeping files in step:
 * every few seconds it asks for items changed since it last looked and quiet for a moment since (so typing, an undo
 * and a running analysis settle first), and writes those whose labels differ from their files, in the library's
 * mode. The first look after start, or after writing is turned on, covers the whole library. Nothing is written
 * while the mode is off. Progress and problems go to listeners, on the writer's own thread.
 */
public final class LabelAutoWriter implements AutoCloseable {

    /** How long an item must stay unchanged before it is written. */
    public static final Duration SETTLE = Duration.ofSeconds(3);
    public static final Duration INTERVAL = Duration.ofSeconds(5);
    /** Problems kept for the window; older ones drop off. */
    static final int PROBLEM_LIMIT = 200;

    private static final Logger LOG = LoggerFactory.getLogger(LabelAutoWriter.class);

    /** A file that could not be written, and why. */
    public record Problem(long id, Path path, String reason) {
    }

    /**
     * Where writing stands: while {@code running}, {@code done} of {@code total} items of the current round;
     * {@code written} and {@code failed} count that round; {@code problems} are the latest failures, newest first.
     */
    public record Progress(boolean running, int done, int total, int written, int failed, List<Problem> problems) {

        public Progress {
            problems = List.copyOf(problems);
        }

        static final Progress IDLE = new Progress(false, 0, 0, 0, 0, List.of());
    }

    /** Hears of progress on the writer's thread; the window moves it onto its own. */
    @FunctionalInterface
    public interface Listener {
        void onProgress(Progress progress);
    }

    private final LabelSyncService service;
    private final LabelSyncStore store;
    private final Clock clock;
    private final Duration settle;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("pothos-label-writer"));
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    // Touched on the writer's thread only.
    private final Deque<Problem> problems = new ArrayDeque<>();
    private final Set<Long> retries = new LinkedHashSet<>();
    private Instant watermark;
    private volatile Progress last = Progress.IDLE;

    public LabelAutoWriter(LabelSyncService service, LabelSyncStore store, Clock clock) {
        this(service, store, clock, SETTLE);
    }

    LabelAutoWriter(LabelSyncService service, LabelSyncStore store, Clock clock, Duration settle) {
        this.service = service;
        this.store = store;
        this.clock = clock;
        this.settle = settle;
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** Starts looking for changes every {@link #INTERVAL}; call once. */
    public void start() {
        thread.scheduleWithFixedDelay(this::round, 0, INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Looks now rather than at the next interval (after the mode changed, say); done when the future is. */
    public Future<?> lookNow() {
        return submit(this::round);
    }

    /** Writes again the items whose last write failed; done when the future is. */
    public Future<?> retryFailed() {
        return submit(() -> {
            problems.forEach(p -> retries.add(p.id()));
            problems.clear();
            round();
        });
    }

    private Future<?> submit(Runnable task) {
        try {
            return thread.submit(task);
        } catch (RejectedExecutionException e) {
            // Closed: the window is going away.
            return CompletableFuture.completedFuture(null);
        }
    }

    /** One look for changed items and the writes it finds; runs on the writer's thread. */
    void round() {
        try {
            LabelWriteMode mode = service.mode();
            if (mode == LabelWriteMode.OFF) {
                // Not advanced: turning writing on later catches up with everything changed meanwhile.
                watermark = null;
                retries.clear();
                return;
            }
            Instant until = clock.instant().minus(settle);
            List<Long> ids = new ArrayList<>(retries);
            retries.clear();
            ids.addAll(watermark == null ? differing() : store.changedBetween(watermark, until));
            watermark = until;
            write(new ArrayList<>(new LinkedHashSet<>(ids)), mode);
        } catch (RuntimeException e) {
            // The database gone (closing) or a bug: the next round tries again; nothing may stop the thread.
            LOG.warn("Writing labels to files failed this round", e);
        }
    }

    /** Every item whose labels differ from its files: one pass over the library instead of a look at each item. */
    private List<Long> differing() {
        List<Long> ids = new ArrayList<>();
        store.forEachState(state -> {
            if (state.differs()) {
                ids.add(state.id());
            }
        });
        return ids;
    }

    private void write(List<Long> ids, LabelWriteMode mode) {
        if (ids.isEmpty()) {
            return;
        }
        int written = 0;
        int failed = 0;
        for (int i = 0; i < ids.size(); i++) {
            if (thread.isShutdown()) {
                return;
            }
            LabelSyncService.ItemOutcome outcome = service.write(ids.get(i), mode);
            long id = outcome.id();
            problems.removeIf(p -> p.id() == id);
            if (outcome.result() == LabelSyncService.Result.FAILED) {
                failed++;
                problems.addFirst(new Problem(id, outcome.path(), outcome.detail()));
                while (problems.size() > PROBLEM_LIMIT) {
                    problems.removeLast();
                }
            } else if (outcome.result() == LabelSyncService.Result.WRITTEN) {
                written++;
            }
            publish(new Progress(i + 1 < ids.size(), i + 1, ids.size(), written, failed, List.copyOf(problems)));
        }
        LOG.info("Labels written to files: {} written, {} failed, {} already in step", written, failed,
                ids.size() - written - failed);
    }

    private void publish(Progress progress) {
        last = progress;
        for (Listener listener : listeners) {
            listener.onProgress(progress);
        }
    }

    /** The latest progress, for a listener that joins late; read on any thread, may be a round behind. */
    public Progress last() {
        return last;
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
