package org.pothos.thumbnails;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A pending asynchronous thumbnail request, as returned by {@link ThumbnailService#request}. */
public final class ThumbnailRequest {

    private static final Logger LOG = LoggerFactory.getLogger(ThumbnailRequest.class);

    private final ThumbnailSource source;
    private final Consumer<ThumbnailImage> onReady;
    private final CompletableFuture<ThumbnailResult> completion = new CompletableFuture<>();
    private volatile boolean cancelled;

    ThumbnailRequest(ThumbnailSource source, Consumer<ThumbnailImage> onReady) {
        this.source = source;
        this.onReady = onReady;
    }

    public ThumbnailSource source() {
        return source;
    }

    /**
     * A request not yet started is skipped without decoding; one already running still finishes its thumbnail
     * (so the cache gains it) but stops calling back.
     */
    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /**
     * Completes once the service is done with this request: with the thumbnail's result, or MISSING when it was
     * skipped because of {@link #cancel()} or because the service closed.
     */
    public CompletableFuture<ThumbnailResult> completion() {
        return completion.copy();
    }

    void deliver(ThumbnailImage image) {
        if (cancelled) {
            return;
        }
        try {
            onReady.accept(image);
        } catch (RuntimeException e) {
            // A failing consumer must not take the worker thread or the other requests down with it.
            LOG.warn("Thumbnail consumer failed for {}", source.contentHash(), e);
        }
    }

    void finish(ThumbnailResult result) {
        completion.complete(result);
    }
}
