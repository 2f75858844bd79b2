package org.pothos.similar;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.pothos.common.Cancellation;
import org.pothos.common.DaemonThreads;
import org.pothos.imageio.ImageDecoder;
import org.pothos.imageio.ImageTooLargeException;
import org.pothos.imageio.PerceptualHash;
import org.pothos.imageio.UnsupportedImageException;
import org.pothos.library.Availability;
import org.pothos.library.ItemLocation;
import org.pothos.thumbnails.ThumbnailResult;
import org.pothos.thumbnails.ThumbnailService;
import org.pothos.thumbnails.ThumbnailSource;
import org.pothos.thumbnails.ThumbnailState;

/**
 * Computes the perceptual hashes the library does not have yet, from thumbnails, never from the original files
 * again: a cached thumbnail is decoded at a quarter of its size (enough for the hash's 32 × 32 grid), and a picture
 * without one gets its thumbnail made, which records the hash on the way.
 */
public final class PerceptualHashBackfill {

    private static final int PAGE = 256;
    /** A cached 256 px thumbnail decoded to 64 px: the hash's grid needs no more, and the DCT-domain decode is quick. */
    private static final int DECODE_EDGE = 64;
    private static final long MAX_PIXELS = 100_000_000L;

    private final SimilarityStore store;
    private final ThumbnailService thumbnails;
    private final ImageDecoder decoder;
    private final int threads;

    public PerceptualHashBackfill(SimilarityStore store, ThumbnailService thumbnails, ImageDecoder decoder, int threads) {
        this.store = store;
        this.thumbnails = thumbnails;
        this.decoder = decoder;
        this.threads = Math.max(1, threads);
    }

    /** How many hashes are missing (for a progress total). */
    public long missing() {
        return store.countWithoutPerceptualHash();
    }

    /** Fills in every missing hash it can; returns how many it filled. Pictures whose file is gone are skipped. */
    public int run(IntConsumer progress, Cancellation cancellation) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, DaemonThreads.named("pothos-phash-backfill"));
        int done = 0;
        try {
            long afterId = 0;
            while (!cancellation.isCancelled()) {
                List<ItemLocation> page = store.withoutPerceptualHash(afterId, PAGE);
                if (page.isEmpty()) {
                    break;
                }
                afterId = page.get(page.size() - 1).id();
                List<Future<Boolean>> results = new ArrayList<>();
                for (ItemLocation item : page) {
                    results.add(pool.submit(() -> !cancellation.isCancelled() && fill(item)));
                }
                for (Future<Boolean> result : results) {
                    if (join(result)) {
                        progress.accept(++done);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return done;
    }

    private boolean fill(ItemLocation item) throws IOException {
        if (thumbnails.isCached(item.contentHash())) {
            BufferedImage small = decodeCached(item.contentHash());
            if (small == null) {
                return false;
            }
            store.setPerceptualHash(item.contentHash(), PerceptualHash.of(small));
            return true;
        }
        if (item.availability() == Availability.MISSING) {
            return false;
        }
        // Making the thumbnail records the hash (ThumbnailService tells the library).
        ThumbnailResult made = thumbnails.ensure(new ThumbnailSource(item.contentHash(), item.path()));
        return made.state() == ThumbnailState.READY;
    }

    private BufferedImage decodeCached(String contentHash) {
        try {
            return decoder.decode(thumbnails.cachedFile(contentHash), DECODE_EDGE, MAX_PIXELS);
        } catch (IOException | UnsupportedImageException | ImageTooLargeException | RuntimeException e) {
            // A damaged cache file: the picture stays without a hash until its thumbnail is made again.
            return null;
        }
    }

    private static boolean join(Future<Boolean> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return false;
        }
    }
}
