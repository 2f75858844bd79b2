package org.pothos.analysis;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;

/**
 * Prepares the images of the next jobs while the current ones wait for the model, so that a free
 * slot starts its request at once instead of first spending CPU time on decoding and encoding.
 * Holds at most {@code capacity} prepared images (about 100 KB each).
 */
final class ImagePrefetcher {

    private final ImagePreparer preparer;
    private final Executor executor;
    private final int capacity;
    private final Map<String, CompletableFuture<byte[]>> prepared = new ConcurrentHashMap<>();

    ImagePrefetcher(ImagePreparer preparer, Executor executor, int capacity) {
        this.preparer = preparer;
        this.executor = executor;
        this.capacity = capacity;
    }

    /** Starts preparing the image of a job that will run soon, unless enough are already waiting. */
    void prefetch(long mediaId, Path file, AnalysisOptions options) {
        if (prepared.size() >= capacity) {
            return;
        }
        prepared.computeIfAbsent(key(mediaId, options), k -> CompletableFuture.supplyAsync(() -> {
            try {
                return preparer.prepare(file, options.maxEdge(), options.jpegQuality());
            } catch (ModelCallException e) {
                throw new CompletionException(e);
            }
        }, executor));
    }

    /** The prepared image, waiting for it if it is in the making, or prepared now if it was never asked for. */
    byte[] take(long mediaId, Path file, AnalysisOptions options) throws ModelCallException {
        CompletableFuture<byte[]> future = prepared.remove(key(mediaId, options));
        if (future == null) {
            return preparer.prepare(file, options.maxEdge(), options.jpegQuality());
        }
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelCallException(ErrorKind.TIMEOUT, "interrupted while preparing the image", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ModelCallException m) {
                throw m;
            }
            throw new ModelCallException(ErrorKind.UNREADABLE_IMAGE, "the image cannot be prepared: " + e.getCause(), e.getCause());
        }
    }

    private static String key(long mediaId, AnalysisOptions options) {
        return mediaId + ":" + options.maxEdge() + ":" + options.jpegQuality();
    }
}
