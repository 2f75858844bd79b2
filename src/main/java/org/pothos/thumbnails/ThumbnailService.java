package org.pothos.thumbnails;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.pothos.common.UncaughtExceptions;
import org.pothos.imageio.DecodeMemoryException;
import org.pothos.imageio.ImageDecoder;
import org.pothos.imageio.ImageTooLargeException;
import org.pothos.imageio.JpegEncoder;
import org.pothos.imageio.PerceptualHash;
import org.pothos.imageio.UnsupportedImageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes, caches and serves JPEG thumbnails keyed by content hash: on disk (persistent) and in memory (recently
 * used bytes). Never throws for a bad image or an unwritable cache; those come back as a result state.
 * Thread-safe.
 */
public final class ThumbnailService implements AutoCloseable {

    public static final int DEFAULT_SIZE = 256;
    public static final long DEFAULT_MAX_PIXELS = 100_000_000L;
    public static final long DEFAULT_MEMORY_CACHE_BYTES = 64L * 1024 * 1024;
    static final float JPEG_QUALITY = 0.85f;

    private static final Logger LOG = LoggerFactory.getLogger(ThumbnailService.class);
    private static final long IDLE_WORKER_SECONDS = 30;

    private final int sizePx;
    private final long maxPixels;
    private final ThumbnailDiskCache disk;
    private final ByteLruCache memory;
    private final SingleFlight<String, ThumbnailResult> generation = new SingleFlight<>();
    private final ImageDecoder decoder;
    private final JpegEncoder encoder;
    private final ExifPlaceholder placeholders;
    private final ThreadPoolExecutor pool;
    private volatile BiConsumer<String, Long> hashListener = (contentHash, perceptualHash) -> { };

    /** Decodes and encodes with ImageIO only; see {@link #ThumbnailService(Path, int, long, int, long, ImageDecoder, JpegEncoder)}. */
    public ThumbnailService(Path cacheDir, int sizePx, long maxPixels, int threads) {
        this(cacheDir, sizePx, maxPixels, threads, DEFAULT_MEMORY_CACHE_BYTES);
    }

    /** Decodes and encodes with ImageIO only; see {@link #ThumbnailService(Path, int, long, int, long, ImageDecoder, JpegEncoder)}. */
    public ThumbnailService(Path cacheDir, int sizePx, long maxPixels, int threads, long memoryCacheBytes) {
        this(cacheDir, sizePx, maxPixels, threads, memoryCacheBytes, new ImageDecoder(), JpegEncoder.imageIo());
    }

    /**
     * @param decoder decodes source images; one with a {@link org.pothos.imageio.ScaledJpegDecoder} is much faster
     * @param encoder writes the thumbnails and the upright camera previews
     */
    public ThumbnailService(Path cacheDir, int sizePx, long maxPixels, int threads, long memoryCacheBytes,
                            ImageDecoder decoder, JpegEncoder encoder) {
        if (sizePx < 1 || maxPixels < 1 || threads < 1) {
            throw new IllegalArgumentException("size, pixel limit and threads must be positive");
        }
        this.sizePx = sizePx;
        this.maxPixels = maxPixels;
        this.decoder = decoder;
        this.encoder = encoder;
        this.placeholders = new ExifPlaceholder(encoder, JPEG_QUALITY);
        this.disk = new ThumbnailDiskCache(cacheDir, sizePx);
        this.memory = new ByteLruCache(memoryCacheBytes);
        this.pool = new ThreadPoolExecutor(threads, threads, IDLE_WORKER_SECONDS, TimeUnit.SECONDS,
                new NewestFirstQueue(), workerThreads());
        pool.allowCoreThreadTimeOut(true);
    }

    public int sizePx() {
        return sizePx;
    }

    /** Where the thumbnail of this content lives once generated (the file may not exist yet). */
    public Path cachedFile(String contentHash) {
        return disk.path(contentHash);
    }

    public boolean isCached(String contentHash) {
        return disk.contains(contentHash);
    }

    /**
     * The thumbnail of {@code oldHash} serves {@code newHash} too: for a file whose bytes changed but whose pixels
     * did not (labels written into it). Best effort; a thumbnail that cannot be copied is simply made again.
     */
    public void adopt(String oldHash, String newHash) {
        if (oldHash.equals(newHash) || !disk.contains(oldHash) || disk.contains(newHash)) {
            return;
        }
        try {
            disk.write(newHash, disk.read(oldHash));
        } catch (IOException | IllegalArgumentException e) {
            LOG.debug("Thumbnail of {} not copied to {}", oldHash, newHash, e);
        }
    }

    /**
     * The camera's embedded preview of {@code file}, upright, as the placeholder {@link #request} shows first;
     * empty when the file has none. Blocks; reads only the file's metadata segments.
     */
    public Optional<byte[]> placeholder(Path file) {
        return placeholders.load(file);
    }

    /**
     * Blocks until the thumbnail is on disk (or cannot be made). Concurrent calls for one hash generate once.
     *
     * @throws IllegalArgumentException if the content hash is not hexadecimal
     */
    public ThumbnailResult ensure(ThumbnailSource source) {
        String hash = source.contentHash();
        if (disk.contains(hash)) {
            return ThumbnailResult.ready(disk.path(hash));
        }
        // Checked again inside: a generation for this hash may have finished since the check above.
        return generation.run(hash, () -> disk.contains(hash) ? ThumbnailResult.ready(disk.path(hash)) : generate(source));
    }

    /**
     * Delivers the thumbnail to {@code onReady} without blocking the caller: from memory at once (on the calling
     * thread), otherwise from a worker thread, first the EXIF preview as a placeholder when the thumbnail still has
     * to be made, then the real one. Nothing is delivered for images that fail; see
     * {@link ThumbnailRequest#completion()} for the outcome.
     */
    public ThumbnailRequest request(ThumbnailSource source, Consumer<ThumbnailImage> onReady) {
        ThumbnailRequest request = new ThumbnailRequest(source, onReady);
        String hash = source.contentHash();
        byte[] remembered = memory.get(hash);
        if (remembered != null) {
            request.deliver(new ThumbnailImage(hash, remembered, false));
            request.finish(ThumbnailResult.ready(disk.path(hash)));
            return request;
        }
        try {
            pool.execute(new RequestTask(request));
        } catch (RejectedExecutionException e) {
            request.finish(ThumbnailResult.missing("thumbnail service is closed"));
        }
        return request;
    }

    /** Stops taking work; queued requests complete as MISSING, running ones finish. */
    @Override
    public void close() {
        pool.shutdown();
        List<Runnable> queued = new ArrayList<>();
        pool.getQueue().drainTo(queued);
        for (Runnable task : queued) {
            ((RequestTask) task).request.finish(ThumbnailResult.missing("thumbnail service is closed"));
        }
    }

    private void serve(ThumbnailRequest request) {
        if (request.isCancelled()) {
            request.finish(ThumbnailResult.missing("cancelled"));
            return;
        }
        ThumbnailSource source = request.source();
        String hash = source.contentHash();
        if (!disk.contains(hash)) {
            placeholders.load(source.file()).ifPresent(jpeg -> request.deliver(new ThumbnailImage(hash, jpeg, true)));
        }
        ThumbnailResult result = ensure(source);
        if (result.state() == ThumbnailState.READY) {
            try {
                request.deliver(new ThumbnailImage(hash, bytes(hash), false));
            } catch (IOException e) {
                result = ThumbnailResult.retryLater("cannot read cached thumbnail: " + describe(e));
            }
        }
        request.finish(result);
    }

    private byte[] bytes(String hash) throws IOException {
        byte[] remembered = memory.get(hash);
        if (remembered != null) {
            return remembered;
        }
        byte[] stored = disk.read(hash);
        memory.put(hash, stored);
        return stored;
    }

    private ThumbnailResult generate(ThumbnailSource source) {
        byte[] jpeg;
        long perceptualHash;
        try {
            BufferedImage image = decoder.decode(source.file(), sizePx, maxPixels);
            jpeg = encoder.encode(image, JPEG_QUALITY);
            // From the decode the thumbnail needed anyway: the file is never read a second time for it.
            perceptualHash = PerceptualHash.of(image);
        } catch (ImageTooLargeException e) {
            return logged(source, ThumbnailResult.tooLarge(e.getMessage()));
        } catch (UnsupportedImageException e) {
            return logged(source, ThumbnailResult.failed(e.getMessage()));
        } catch (DecodeMemoryException e) {
            return logged(source, ThumbnailResult.retryLater(e.getMessage()));
        } catch (IOException e) {
            // Gone for now (an unplugged disk), or not readable: either may pass.
            return logged(source, ThumbnailResult.retryLater(e instanceof NoSuchFileException || !Files.exists(source.file())
                    ? "file not found" : "cannot read file: " + describe(e)));
        } catch (OutOfMemoryError e) {
            // The memory budget keeps decodes within the heap; one that still ran out may pass when less runs at once.
            LOG.warn("Thumbnail generation ran out of memory for {}: {}", source.file(), e.getMessage());
            return ThumbnailResult.retryLater("too large to decode in the available memory");
        } catch (RuntimeException e) {
            // Image files come from anywhere; a decoder bug on one must not stop the others.
            LOG.error("Thumbnail generation failed for {}", source.file(), e);
            return ThumbnailResult.failed("cannot decode image: " + describe(e));
        }
        try {
            disk.write(source.contentHash(), jpeg);
        } catch (IOException e) {
            return logged(source, ThumbnailResult.retryLater("cannot write thumbnail cache: " + describe(e)));
        }
        memory.put(source.contentHash(), jpeg);
        announceHash(source.contentHash(), perceptualHash);
        return ThumbnailResult.ready(disk.path(source.contentHash()));
    }

    /** A thumbnail that could not be made for a reason files give: one line in the log, no stack trace. */
    private static ThumbnailResult logged(ThumbnailSource source, ThumbnailResult result) {
        LOG.warn("No thumbnail for {}: {}", source.file(), result.reason());
        return result;
    }

    /**
     * Tells {@code listener} the perceptual hash of every thumbnail this service makes (content hash, perceptual hash),
     * on the thread that made it, so the library can store it for similar pictures and near-duplicates.
     */
    public void onPerceptualHash(BiConsumer<String, Long> listener) {
        this.hashListener = listener;
    }

    private void announceHash(String contentHash, long perceptualHash) {
        try {
            hashListener.accept(contentHash, perceptualHash);
        } catch (RuntimeException e) {
            LOG.warn("The perceptual hash of {} could not be stored ({})", contentHash, e.toString());
        }
    }

    /** File system exceptions often carry only a path as message; the type says what went wrong. */
    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "thumbnail-worker-" + count.incrementAndGet());
            // Daemon: pending thumbnails must not keep the application alive; lower priority keeps the UI responsive.
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            thread.setUncaughtExceptionHandler(UncaughtExceptions.TO_LOG);
            return thread;
        };
    }

    /** Keeps the request reachable so close() can complete the ones still queued. */
    private final class RequestTask implements Runnable {

        private final ThumbnailRequest request;

        RequestTask(ThumbnailRequest request) {
            this.request = request;
        }

        @Override
        public void run() {
            try {
                serve(request);
            } catch (RuntimeException e) {
                LOG.error("Thumbnail request failed for {}", request.source().contentHash(), e);
                request.finish(ThumbnailResult.failed("internal error: " + describe(e)));
            }
        }
    }
}
