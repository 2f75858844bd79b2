package org.pothos.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.pothos.common.Cancellation;
import org.pothos.common.DaemonThreads;
import org.pothos.thumbnails.ThumbnailResult;
import org.pothos.thumbnails.ThumbnailService;
import org.pothos.thumbnails.ThumbnailSource;
import org.pothos.thumbnails.ThumbnailState;

/**
 * Builds the thumbnails the library does not have yet, on all cores, and records each item's
 * thumbnail status: a file that cannot be decoded is remembered with its reason, and one that failed for a
 * reason that can pass (memory, the cache, the file gone for a while) is tried again at the next run.
 */
public final class ThumbnailBackfill {

    private static final int PAGE = 64;

    private final MediaStore store;
    private final ThumbnailService thumbnails;
    private final int threads;

    public ThumbnailBackfill(MediaStore store, ThumbnailService thumbnails, int threads) {
        this.store = store;
        this.thumbnails = thumbnails;
        this.threads = Math.max(1, threads);
    }

    /**
     * Result counts of one run; {@code missingFiles} items stay pending until their file is back, {@code retryLater}
     * ones failed for a reason that can pass and are tried again by the next run. {@code problems} names each file
     * that got no thumbnail, with the reason.
     */
    public record Report(long built, long failed, long retryLater, long tooLarge, long missingFiles, List<Problem> problems) {

        public Report {
            problems = List.copyOf(problems);
        }
    }

    /** A file that got no thumbnail, and why. */
    public record Problem(Path file, String reason) {
    }

    /** Builds what is missing, and tries again what failed for a reason that can pass. */
    public Report buildMissing(IntConsumer progress, Cancellation cancellation) {
        return build(List.of(ThumbnailStatus.PENDING, ThumbnailStatus.RETRY), progress, cancellation);
    }

    /** Like {@link #buildMissing}, and tries again every failed one too ({@code thumbnails --retry-failed}). */
    public Report buildMissingAndFailed(IntConsumer progress, Cancellation cancellation) {
        return build(List.of(ThumbnailStatus.PENDING, ThumbnailStatus.RETRY, ThumbnailStatus.FAILED), progress, cancellation);
    }

    private Report build(List<ThumbnailStatus> statuses, IntConsumer progress, Cancellation cancellation) {
        forgetVanishedThumbnails(cancellation);
        Map<ThumbnailStatus, Long> counts = new EnumMap<>(ThumbnailStatus.class);
        long missingFiles = 0;
        List<Problem> problems = new ArrayList<>();
        // An item that fails here changes status, and a later pass of this run must not try it again.
        Set<Long> tried = new HashSet<>();
        int done = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads, DaemonThreads.named("pothos-thumbnail-backfill"));
        try {
            for (ThumbnailStatus status : statuses) {
                long afterId = 0;
                while (!cancellation.isCancelled()) {
                    List<ItemLocation> page = store.itemsWithThumbnailStatus(status, afterId, PAGE);
                    if (page.isEmpty()) {
                        break;
                    }
                    afterId = page.get(page.size() - 1).id();
                    List<ItemLocation> present = new ArrayList<>();
                    for (ItemLocation item : page) {
                        if (!tried.add(item.id())) {
                            continue;
                        }
                        if (item.availability() == Availability.MISSING) {
                            missingFiles++;
                        } else {
                            present.add(item);
                        }
                    }
                    List<Future<ThumbnailResult>> results = new ArrayList<>();
                    for (ItemLocation item : present) {
                        results.add(pool.submit(() -> cancellation.isCancelled() ? null
                                : thumbnails.ensure(new ThumbnailSource(item.contentHash(), item.path()))));
                    }
                    for (int i = 0; i < present.size(); i++) {
                        ThumbnailResult result = join(results.get(i));
                        if (result == null) {
                            continue;
                        }
                        ThumbnailStatus outcome = statusOf(result.state());
                        store.setThumbnailStatus(present.get(i).id(), outcome, result.reason());
                        if (outcome != ThumbnailStatus.READY) {
                            problems.add(new Problem(present.get(i).path(), result.reason()));
                        }
                        counts.merge(outcome, 1L, Long::sum);
                        progress.accept(++done);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Report(counts.getOrDefault(ThumbnailStatus.READY, 0L), counts.getOrDefault(ThumbnailStatus.FAILED, 0L),
                counts.getOrDefault(ThumbnailStatus.RETRY, 0L), counts.getOrDefault(ThumbnailStatus.TOO_LARGE, 0L), missingFiles,
                problems);
    }

    /** Thumbnails recorded as ready whose cache file is gone (a cleaned cache folder) are built again. */
    private void forgetVanishedThumbnails(Cancellation cancellation) {
        long afterId = 0;
        List<ItemLocation> page;
        do {
            page = store.itemsWithThumbnailStatus(ThumbnailStatus.READY, afterId, PAGE * 16);
            for (ItemLocation item : page) {
                if (cancellation.isCancelled()) {
                    return;
                }
                if (!thumbnails.isCached(item.contentHash())) {
                    store.setThumbnailStatus(item.id(), ThumbnailStatus.PENDING, null);
                }
                afterId = item.id();
            }
        } while (!page.isEmpty());
    }

    private static ThumbnailResult join(Future<ThumbnailResult> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            return new ThumbnailResult(e.getCause() instanceof Error ? ThumbnailState.RETRY : ThumbnailState.FAILED, null,
                    "thumbnail failed: " + e.getCause());
        }
    }

    static ThumbnailStatus statusOf(ThumbnailState state) {
        return switch (state) {
            case READY -> ThumbnailStatus.READY;
            case TOO_LARGE -> ThumbnailStatus.TOO_LARGE;
            case FAILED -> ThumbnailStatus.FAILED;
            case RETRY -> ThumbnailStatus.RETRY;
            case MISSING -> ThumbnailStatus.PENDING;
        };
    }
}
