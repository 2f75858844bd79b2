package org.pothos.library;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.pothos.common.Cancellation;
import org.pothos.common.DaemonThreads;
import org.pothos.imageio.ImageInspector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports files and folders: lists them, reads each on a small pool (hash and metadata), and
 * records the results in batches from the calling thread, one transaction per batch, so a crash
 * loses at most the batch in flight and never leaves a half-written item.
 */
public final class ImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);
    private static final int DEFAULT_BATCH = 100;
    private static final long BATCH_WAIT_MS = 50;

    private final MediaStore store;
    private final FileIndexer indexer;
    private final int threads;
    private final int batchSize;

    public ImportService(MediaStore store, ImageInspector inspector, int threads) {
        this(store, inspector, threads, DEFAULT_BATCH);
    }

    ImportService(MediaStore store, ImageInspector inspector, int threads, int batchSize) {
        this.store = store;
        this.indexer = new FileIndexer(inspector, new ContentHasher());
        this.threads = Math.max(1, threads);
        this.batchSize = Math.max(1, batchSize);
    }

    /** Runs an import to its end, or until {@code cancellation} is set; blocks the calling thread. */
    public ImportReport importPaths(List<Path> roots, ImportListener listener, Cancellation cancellation) {
        long start = System.nanoTime();
        LOG.info("Import of {} started", roots.size() == 1 ? roots.get(0) : roots.size() + " files and folders");
        FileWalker.Result walked = new FileWalker().walk(roots, cancellation,
                found -> listener.onProgress(new ImportProgress(0, found, null, true)));
        List<ImportOutcome> outcomes = new ArrayList<>(walked.problems());
        walked.problems().forEach(listener::onOutcome);
        int total = walked.files().size();
        listener.onProgress(new ImportProgress(0, total, null, false));

        ExecutorService pool = Executors.newFixedThreadPool(threads, DaemonThreads.named("pothos-import"));
        try {
            CompletionService<FileIndexer.Indexed> completion = new ExecutorCompletionService<>(pool);
            Map<Path, FileStamp> known = store.findStamps(walked.files());
            CompanionFiles companions = new CompanionFiles();
            for (Path file : walked.files()) {
                completion.submit(() -> cancellation.isCancelled() ? null : indexer.index(file, known.get(file), companions));
            }
            collect(completion, total, total, listener, cancellation, outcomes);
        } finally {
            pool.shutdownNow();
        }
        ImportReport report = new ImportReport(outcomes, cancellation.isCancelled(), Duration.ofNanos(System.nanoTime() - start));
        log(report);
        return report;
    }

    /** Each skipped file in one line with its reason, then the totals. */
    private static void log(ImportReport report) {
        report.skipped().forEach(skipped -> LOG.warn("Import skipped {}: {}", skipped.path(), skipped.detail()));
        LOG.info("Import {} in {} ms: {}", report.cancelled() ? "cancelled" : "finished", report.elapsed().toMillis(),
                report.counts());
    }

    private void collect(CompletionService<FileIndexer.Indexed> completion, int pending, int total,
                         ImportListener listener, Cancellation cancellation, List<ImportOutcome> outcomes) {
        List<ScannedFile> batch = new ArrayList<>(batchSize);
        AtomicInteger done = new AtomicInteger();
        int remaining = pending;
        while (remaining > 0) {
            Future<FileIndexer.Indexed> next = poll(completion, batch.isEmpty() ? 500 : BATCH_WAIT_MS);
            if (next == null) {
                if (!batch.isEmpty()) {
                    write(batch, outcomes, listener, done, total);
                }
                continue;
            }
            remaining--;
            FileIndexer.Indexed indexed = join(next);
            if (indexed == null) {
                continue; // cancelled before it started
            }
            if (indexed.scanned() != null) {
                batch.add(indexed.scanned());
                if (batch.size() >= batchSize) {
                    write(batch, outcomes, listener, done, total);
                }
            } else {
                outcomes.add(indexed.outcome());
                listener.onOutcome(indexed.outcome());
                listener.onProgress(new ImportProgress(done.incrementAndGet(), total, indexed.outcome().path(), false));
            }
        }
        if (!batch.isEmpty()) {
            write(batch, outcomes, listener, done, total);
        }
    }

    private void write(List<ScannedFile> batch, List<ImportOutcome> outcomes, ImportListener listener,
                       AtomicInteger done, int total) {
        for (ImportOutcome outcome : record(batch)) {
            outcomes.add(outcome);
            listener.onOutcome(outcome);
            listener.onProgress(new ImportProgress(done.incrementAndGet(), total, outcome.path(), false));
        }
        batch.clear();
    }

    /**
     * Records a batch in one transaction; if that fails, the batch rolled back as a whole, so each
     * file is tried alone and only the one at fault is reported as skipped.
     */
    private List<ImportOutcome> record(List<ScannedFile> batch) {
        try {
            return store.recordImports(batch);
        } catch (RuntimeException batchFailure) {
            List<ImportOutcome> outcomes = new ArrayList<>(batch.size());
            for (ScannedFile file : batch) {
                try {
                    outcomes.addAll(store.recordImports(List.of(file)));
                } catch (RuntimeException e) {
                    outcomes.add(ImportOutcome.skipped(file.path(), "could not be saved in the library: " + e.getMessage()));
                }
            }
            return outcomes;
        }
    }

    private static Future<FileIndexer.Indexed> poll(CompletionService<FileIndexer.Indexed> completion, long millis) {
        try {
            return completion.poll(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        }
    }

    private static FileIndexer.Indexed join(Future<FileIndexer.Indexed> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("import worker failed", e.getCause());
        }
    }
}
