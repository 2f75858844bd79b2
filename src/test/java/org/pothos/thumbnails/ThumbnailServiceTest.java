package org.pothos.thumbnails;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.testsupport.TestImages;
import org.pothos.testsupport.TestImages.ExifSpec;

class ThumbnailServiceTest {

    private static final long LIMIT = ThumbnailService.DEFAULT_MAX_PIXELS;
    private static final int WAIT_SECONDS = 30;

    @TempDir
    Path photos;
    @TempDir
    Path cache;

    private final List<ThumbnailService> services = new ArrayList<>();
    private int distinctFiles;

    @AfterEach
    void closeServices() {
        services.forEach(ThumbnailService::close);
    }

    // ---- ensure ----

    @Test
    void ensureWritesThumbnailUnderSizeAndHashFanOut() throws Exception {
        ThumbnailSource source = source(TestImages.jpeg(photos, "a.jpg", 1200, 900));
        ThumbnailService service = service(2);

        ThumbnailResult result = service.ensure(source);

        String hash = source.contentHash();
        Path expected = cache.resolve("256").resolve(hash.substring(0, 2)).resolve(hash + ".jpg");
        assertEquals(new ThumbnailResult(ThumbnailState.READY, expected, null), result);
        assertEquals(expected, service.cachedFile(hash));
        assertTrue(service.isCached(hash));
        BufferedImage thumbnail = ImageIO.read(expected.toFile());
        assertEquals(List.of(256, 192), List.of(thumbnail.getWidth(), thumbnail.getHeight()));
    }

    @Test
    void cachedThumbnailIsServedWithoutTheSource() throws Exception {
        ThumbnailSource source = source(TestImages.jpeg(photos, "a.jpg", 800, 600));
        ThumbnailService service = service(1);
        Path first = service.ensure(source).file();
        byte[] written = Files.readAllBytes(first);

        Files.delete(source.file());
        ThumbnailResult again = service.ensure(source);

        assertEquals(ThumbnailState.READY, again.state());
        assertArrayEquals(written, Files.readAllBytes(again.file()));
    }

    @Test
    void writesAtomicallyAndIgnoresLeftoversOfACrash() throws Exception {
        ThumbnailSource source = source(TestImages.jpeg(photos, "a.jpg", 800, 600));
        ThumbnailService service = service(1);
        Path target = service.cachedFile(source.contentHash());
        Files.createDirectories(target.getParent());
        Files.write(target.resolveSibling(target.getFileName() + "123.tmp"), new byte[]{(byte) 0xFF, (byte) 0xD8, 1, 2});
        assertFalse(service.isCached(source.contentHash()), "a half-written temporary file is not a thumbnail");

        service.ensure(source);

        byte[] jpeg = Files.readAllBytes(target);
        assertEquals(0xD9, jpeg[jpeg.length - 1] & 0xFF, "complete JPEG ends with EOI");
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().endsWith(".tmp")).count(),
                    "only the simulated crash leftover remains; our own temporary file was renamed into place");
        }
    }

    @Test
    void emptyCacheFileIsRegenerated() throws Exception {
        ThumbnailSource source = source(TestImages.jpeg(photos, "a.jpg", 400, 300));
        ThumbnailService service = service(1);
        Path target = service.cachedFile(source.contentHash());
        Files.createDirectories(target.getParent());
        Files.createFile(target);

        assertEquals(ThumbnailState.READY, service.ensure(source).state());
        assertTrue(Files.size(target) > 0);
    }

    @Test
    void corruptFilesFailWithTheirReason() throws Exception {
        ThumbnailService service = service(1);

        assertFailure(service, ThumbnailState.FAILED, "truncated file", TestImages.truncatedJpeg(photos, "cut.jpg", 600, 400));
        assertFailure(service, ThumbnailState.FAILED, "not an image (text or unknown format)", TestImages.textNamedJpg(photos, "t.jpg"));
        assertFailure(service, ThumbnailState.FAILED, "empty file", TestImages.zeroBytes(photos, "z.jpg"));
    }

    @Test
    void aMissingSourceIsTriedAgainLaterForItMayComeBack() {
        ThumbnailResult result = service(1).ensure(new ThumbnailSource("ab12", photos.resolve("gone.jpg")));

        assertEquals(ThumbnailState.RETRY, result.state());
        assertEquals("file not found", result.reason());
    }

    @Test
    void hugeImageIsTooLarge() throws Exception {
        assertFailure(service(1), ThumbnailState.TOO_LARGE, "image is 120 megapixels, above the 100 megapixel limit",
                TestImages.pngBomb(photos, "huge.png", 12000, 10000));
    }

    @Test
    void unwritableCacheFailsForNowInsteadOfThrowing() throws Exception {
        // A regular file where the cache folder should be: creating folders in it fails even for root.
        Path notAFolder = Files.write(cache.resolve("blocked"), new byte[]{1});
        ThumbnailService service = track(new ThumbnailService(notAFolder, 256, LIMIT, 1));
        ThumbnailSource source = source(TestImages.jpeg(photos, "a.jpg", 400, 300));

        ThumbnailResult result = service.ensure(source);

        assertEquals(ThumbnailState.RETRY, result.state());
        assertTrue(result.reason().startsWith("cannot write thumbnail cache"), result.reason());
        assertFalse(service.isCached(source.contentHash()));
    }

    @Test
    void concurrentEnsureOfOneHashYieldsOneIntactFile() throws Exception {
        ThumbnailSource source = source(TestImages.jpeg(photos, "a.jpg", 2000, 1500));
        ThumbnailService service = service(1);
        int callers = 6;
        CountDownLatch startGate = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<ThumbnailResult>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                results.add(pool.submit(() -> {
                    startGate.await();
                    return service.ensure(source);
                }));
            }
            startGate.countDown();
            for (Future<ThumbnailResult> result : results) {
                assertEquals(ThumbnailState.READY, result.get(WAIT_SECONDS, TimeUnit.SECONDS).state());
            }
        } finally {
            pool.shutdownNow();
        }
        Path target = service.cachedFile(source.contentHash());
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertEquals(List.of(target), files.toList());
        }
        assertEquals(256, ImageIO.read(target.toFile()).getWidth());
    }

    // ---- asynchronous requests ----

    @Test
    void requestDeliversExifPlaceholderThenRealThumbnail() throws Exception {
        ThumbnailSource source = source(TestImages.jpegWithExif(photos, "cam.jpg", 1200, 900, ExifSpec.empty().withThumbnail()));
        ThumbnailService service = service(1);
        List<ThumbnailImage> delivered = new CopyOnWriteArrayList<>();

        ThumbnailResult result = service.request(source, delivered::add).completion().get(WAIT_SECONDS, TimeUnit.SECONDS);

        assertEquals(ThumbnailState.READY, result.state());
        assertEquals(2, delivered.size());
        assertTrue(delivered.get(0).placeholder());
        assertEquals(List.of(160, 120), size(delivered.get(0).jpegBytes()));
        assertFalse(delivered.get(1).placeholder());
        assertEquals(List.of(256, 192), size(delivered.get(1).jpegBytes()));
        assertEquals(source.contentHash(), delivered.get(1).contentHash());
    }

    @Test
    void placeholderIsTurnedUpright() throws Exception {
        ThumbnailSource source = source(TestImages.jpegWithExif(photos, "cam.jpg", 1200, 900,
                ExifSpec.empty().orientation(6).withThumbnail()));
        List<ThumbnailImage> delivered = new CopyOnWriteArrayList<>();

        service(1).request(source, delivered::add).completion().get(WAIT_SECONDS, TimeUnit.SECONDS);

        assertEquals(List.of(120, 160), size(delivered.get(0).jpegBytes()));
        assertEquals(List.of(192, 256), size(delivered.get(1).jpegBytes()));
    }

    @Test
    void alreadyCachedThumbnailComesWithoutPlaceholder() throws Exception {
        ThumbnailSource source = source(TestImages.jpegWithExif(photos, "cam.jpg", 800, 600, ExifSpec.empty().withThumbnail()));
        ThumbnailService service = service(1);
        service.ensure(source);
        List<ThumbnailImage> delivered = new CopyOnWriteArrayList<>();

        service.request(source, delivered::add).completion().get(WAIT_SECONDS, TimeUnit.SECONDS);

        assertEquals(1, delivered.size());
        assertFalse(delivered.get(0).placeholder());
    }

    @Test
    void repeatedRequestIsServedFromMemory() throws Exception {
        ThumbnailSource source = source(TestImages.jpeg(photos, "a.jpg", 800, 600));
        ThumbnailService service = service(1);
        List<ThumbnailImage> first = new CopyOnWriteArrayList<>();
        service.request(source, first::add).completion().get(WAIT_SECONDS, TimeUnit.SECONDS);
        Files.delete(service.cachedFile(source.contentHash()));
        Files.delete(source.file());
        List<ThumbnailImage> second = new ArrayList<>();

        ThumbnailRequest request = service.request(source, second::add);

        assertEquals(1, second.size(), "delivered at once, on the calling thread");
        assertSame(first.get(0).jpegBytes(), second.get(0).jpegBytes());
        assertEquals(ThumbnailState.READY, request.completion().get(WAIT_SECONDS, TimeUnit.SECONDS).state());
    }

    @Test
    void tinyMemoryCacheFallsBackToDisk() throws Exception {
        ThumbnailSource source = source(TestImages.jpeg(photos, "a.jpg", 800, 600));
        ThumbnailService service = track(new ThumbnailService(cache, 256, LIMIT, 1, 1));
        service.request(source, image -> { }).completion().get(WAIT_SECONDS, TimeUnit.SECONDS);
        List<ThumbnailImage> delivered = new CopyOnWriteArrayList<>();

        ThumbnailRequest request = service.request(source, delivered::add);
        request.completion().get(WAIT_SECONDS, TimeUnit.SECONDS);

        assertArrayEquals(Files.readAllBytes(service.cachedFile(source.contentHash())), delivered.get(0).jpegBytes());
    }

    @Test
    void failedRequestCompletesWithReasonAndNoCallback() throws Exception {
        List<ThumbnailImage> delivered = new CopyOnWriteArrayList<>();
        ThumbnailSource source = source(TestImages.truncatedJpeg(photos, "cut.jpg", 600, 400));

        ThumbnailResult result = service(1).request(source, delivered::add).completion().get(WAIT_SECONDS, TimeUnit.SECONDS);

        assertEquals(new ThumbnailResult(ThumbnailState.FAILED, null, "truncated file"), result);
        assertTrue(delivered.isEmpty());
    }

    @Test
    void cancelledRequestIsSkippedAndNeverCallsBack() throws Exception {
        ThumbnailService service = service(1);
        BlockedWorker blocked = BlockedWorker.occupy(service, distinctSource("blocker.jpg"));
        ThumbnailSource skipped = distinctSource("skipped.jpg");
        List<ThumbnailImage> delivered = new CopyOnWriteArrayList<>();

        ThumbnailRequest request = service.request(skipped, delivered::add);
        request.cancel();
        blocked.release();

        assertEquals(new ThumbnailResult(ThumbnailState.MISSING, null, "cancelled"),
                request.completion().get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertTrue(delivered.isEmpty());
        assertFalse(service.isCached(skipped.contentHash()), "never decoded");
    }

    @Test
    void newestRequestIsServedFirst() throws Exception {
        ThumbnailService service = service(1);
        BlockedWorker blocked = BlockedWorker.occupy(service, distinctSource("blocker.jpg"));
        List<String> order = new CopyOnWriteArrayList<>();
        ThumbnailRequest older = service.request(distinctSource("older.jpg"), image -> order.add("older"));
        ThumbnailRequest newer = service.request(distinctSource("newer.jpg"), image -> order.add("newer"));

        blocked.release();
        older.completion().get(WAIT_SECONDS, TimeUnit.SECONDS);
        newer.completion().get(WAIT_SECONDS, TimeUnit.SECONDS);

        assertEquals(List.of("newer", "older"), order);
    }

    @Test
    void closeCompletesQueuedRequestsAsMissing() throws Exception {
        ThumbnailService service = service(1);
        BlockedWorker blocked = BlockedWorker.occupy(service, distinctSource("blocker.jpg"));
        List<ThumbnailImage> delivered = new CopyOnWriteArrayList<>();
        ThumbnailRequest queued = service.request(distinctSource("queued.jpg"), delivered::add);

        service.close();
        blocked.release();

        ThumbnailResult result = queued.completion().get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertEquals(ThumbnailState.MISSING, result.state());
        assertTrue(delivered.isEmpty());
        ThumbnailResult afterClose = service.request(distinctSource("late.jpg"), delivered::add)
                .completion().get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertEquals(ThumbnailState.MISSING, afterClose.state());
        assertNull(afterClose.file());
    }

    @Test
    void failingConsumerDoesNotStopTheWorker() throws Exception {
        ThumbnailService service = service(1);
        service.request(source(TestImages.jpeg(photos, "a.jpg", 300, 200)), image -> {
            throw new IllegalStateException("broken cell");
        }).completion().get(WAIT_SECONDS, TimeUnit.SECONDS);
        List<ThumbnailImage> delivered = new CopyOnWriteArrayList<>();

        service.request(source(TestImages.jpeg(photos, "b.jpg", 300, 200)), delivered::add)
                .completion().get(WAIT_SECONDS, TimeUnit.SECONDS);

        assertEquals(1, delivered.size());
    }

    // ---- helpers ----

    /** Holds the single worker of a service inside a consumer until released, so queued work stays queued. */
    private record BlockedWorker(CountDownLatch releaseLatch) {

        static BlockedWorker occupy(ThumbnailService service, ThumbnailSource source) throws InterruptedException {
            CountDownLatch entered = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            service.request(source, image -> {
                entered.countDown();
                try {
                    release.await(WAIT_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            assertTrue(entered.await(WAIT_SECONDS, TimeUnit.SECONDS), "worker reached the blocking consumer");
            return new BlockedWorker(release);
        }

        void release() {
            releaseLatch.countDown();
        }
    }

    /** Equal sizes give equal pictures and so equal hashes; a different width per file keeps them apart. */
    private ThumbnailSource distinctSource(String name) {
        return source(TestImages.jpeg(photos, name, 200 + distinctFiles++, 150));
    }

    private ThumbnailService service(int threads) {
        return track(new ThumbnailService(cache, ThumbnailService.DEFAULT_SIZE, LIMIT, threads));
    }

    private ThumbnailService track(ThumbnailService service) {
        services.add(service);
        return service;
    }

    private static void assertFailure(ThumbnailService service, ThumbnailState state, String reason, Path file) {
        ThumbnailSource source = source(file);
        assertEquals(new ThumbnailResult(state, null, reason), service.ensure(source), file.getFileName().toString());
        assertFalse(service.isCached(source.contentHash()));
    }

    private static List<Integer> size(byte[] jpeg) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
        return List.of(image.getWidth(), image.getHeight());
    }

    static ThumbnailSource source(Path file) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            return new ThumbnailSource(HexFormat.of().formatHex(digest), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
