package org.pothos.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * thumbnail status, so a failure is remembered with its reason instead of being retried at every scroll.
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
     * Result counts of one run; {@code missingFiles} items stay pending until their file is back.
     * {@code problems} names each file that got no thumbnail, failed or too large, with the reason.
     */
    public record Report(long built, long failed, long tooLarge, long missingFiles, List<Problem> problems) {

        public Report {
            problems = List.copyOf(problems);
        }
    }

    /** A file that got no thumbnail, and why. */
    public record Problem(Path file, String reason) {
    }

    public Report buildMissing(IntConsumer progress, Cancellation cancellation) {
        forgetVanishedThumbnails(cancellation);
        long[] counts = new long[4];
        List<Problem> problems = new ArrayList<>();
        long afterId = 0;
        int done = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads, DaemonThreads.named("pothos-thumbnail-backfill"));
        try {
            while (!cancellation.isCancelled()) {
                List<ItemLocation> page = store.itemsWithThumbnailStatus(ThumbnailStatus.PENDING, afterId, PAGE);
                if (page.isEmpty()) {
                    break;
                }
                afterId = page.get(page.size() - 1).id();
                List<ItemLocation> present = new ArrayList<>();
                for (ItemLocation item : page) {
                    if (item.availability() == Availability.MISSING) {
                        counts[3]++;
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
                    ThumbnailStatus status = statusOf(result.state());
                    store.setThumbnailStatus(present.get(i).id(), status, result.reason());
                    if (status != ThumbnailStatus.READY) {
                        problems.add(new Problem(present.get(i).path(), result.reason()));
                    }
                    counts[switch (status) {
                        case READY -> 0;
                        case TOO_LARGE -> 2;
                        default -> 1;
                    }]++;
                    progress.accept(++done);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Report(counts[0], counts[1], counts[2], counts[3], problems);
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
            return new ThumbnailResult(ThumbnailState.FAILED, null, "thumbnail failed: " + e.getCause());
        }
    }

    static ThumbnailStatus statusOf(ThumbnailState state) {
        return switch (state) {
            case READY -> ThumbnailStatus.READY;
            case TOO_LARGE -> ThumbnailStatus.TOO_LARGE;
            case FAILED -> ThumbnailStatus.FAILED;
            case MISSING -> ThumbnailStatus.PENDING;
        };
    }
}
