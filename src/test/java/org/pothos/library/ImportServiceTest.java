package org.pothos.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.common.Cancellation;
import org.pothos.testsupport.TestImages;

class ImportServiceTest {

    private static final TestImages.ExifSpec CAMERA = TestImages.ExifSpec.empty().orientation(6)
            .takenAt(java.time.LocalDateTime.of(2024, 7, 14, 18, 30, 5))
            .camera("Pothos", "Pothos Bench 1").lens("Bench 35mm F1.8").gps(48.858222, 2.2945).withThumbnail();

    @TempDir
    Path temp;

    private Path photos;
    private LibraryFixture library;

    @BeforeEach
    void setUp() throws IOException {
        photos = Files.createDirectories(temp.resolve("photos"));
        library = new LibraryFixture(Files.createDirectories(temp.resolve("data")));
    }

    @AfterEach
    void tearDown() {
        library.close();
    }

    private static Map<Path, ImportOutcome> byPath(ImportReport report) {
        return report.outcomes().stream().collect(Collectors.toMap(ImportOutcome::path, Function.identity()));
    }

    @Test
    void importsEveryKindOfPictureRecursivelyAndExplainsEachSkip() throws IOException {
        Path nested = Files.createDirectories(photos.resolve("2024/summer"));
        Path jpeg = TestImages.jpeg(photos, "a.jpg", 320, 200);
        Path png = TestImages.png(nested, "b.png", 64, 48);
        Path gif = TestImages.gif(nested, "c.gif", 32, 32, java.awt.Color.RED, java.awt.Color.BLUE);
        Path bmp = TestImages.bmp(nested, "d.bmp", 30, 20);
        Path tiff = TestImages.tiff(nested, "e.tif", 30, 20);
        Path pngNamedJpg = Files.move(TestImages.png(photos, "x.png", 20, 20), photos.resolve("really-a-png.jpg"));
        Path empty = TestImages.zeroBytes(photos, "empty.jpg");
        Path text = TestImages.textNamedJpg(photos, "notes.jpg");
        Path truncated = TestImages.truncatedJpeg(photos, "cut.jpg", 300, 200);
        Path cjk = TestImages.jpeg(photos, "海滩 🌊 photo.jpg", 50, 40);
        Files.writeString(photos.resolve(".hidden.jpg"), "ignored");

        ImportReport report = library.importPaths(photos);
        Map<Path, ImportOutcome> outcomes = byPath(report);

        for (Path good : List.of(jpeg, png, gif, bmp, tiff, pngNamedJpg, cjk)) {
            assertEquals(ImportOutcome.Kind.IMPORTED, outcomes.get(good).kind(), good + ": " + outcomes.get(good));
        }
        assertEquals("empty file", outcomes.get(empty).detail());
        assertTrue(outcomes.get(text).detail().startsWith("not an image"), outcomes.get(text).detail());
        assertTrue(outcomes.get(truncated).detail().contains("truncated"), outcomes.get(truncated).detail());
        assertEquals(10, report.outcomes().size(), "hidden files are passed over");
        assertFalse(report.nothingImported());

        MediaItem item = library.store.findById(outcomes.get(jpeg).mediaId()).orElseThrow();
        assertEquals(320, item.width());
        assertEquals(200, item.height());
        assertEquals(64, item.contentHash().length());
        assertEquals(Files.size(jpeg), item.sizeBytes());
        assertEquals(Availability.PRESENT, item.availability());
        assertEquals(ThumbnailStatus.PENDING, item.thumbnailStatus());
        assertEquals("png", library.store.findById(outcomes.get(pngNamedJpg).mediaId()).orElseThrow().format().name().toLowerCase(Locale.ROOT));
    }

    @Test
    void readsExifFactsIntoTheItem() throws IOException {
        Path file = TestImages.jpegWithExif(photos, "exif.jpg", 400, 300, CAMERA);
        ImportReport report = library.importPaths(file);
        MediaItem item = library.store.findById(report.outcomes().get(0).mediaId()).orElseThrow();
        TestImages.ExifSpec spec = CAMERA;
        assertEquals(spec.takenAt(), item.takenAt());
        assertEquals(spec.make(), item.cameraMake());
        assertEquals(spec.model(), item.cameraModel());
        assertEquals(spec.orientation(), item.orientation());
        assertEquals(spec.gpsLatitude(), item.gpsLatitude(), 1e-6);
        assertEquals(spec.gpsLongitude(), item.gpsLongitude(), 1e-6);
    }

    @Test
    void reimportIsIdempotentAndCopiesAreDuplicates() throws IOException {
        Path a = TestImages.jpeg(photos, "a.jpg", 100, 80);
        TestImages.jpeg(photos, "b.jpg", 90, 80);
        assertEquals(2, library.importPaths(photos).count(ImportOutcome.Kind.IMPORTED));

        ImportReport again = library.importPaths(photos);
        assertEquals(2, again.count(ImportOutcome.Kind.UNCHANGED));
        assertEquals(2, library.store.count(MediaQuery.all()));

        Path copy = Files.copy(a, Files.createDirectories(temp.resolve("elsewhere")).resolve("copy.jpg"));
        ImportOutcome duplicate = library.importPaths(copy).outcomes().get(0);
        assertEquals(ImportOutcome.Kind.DUPLICATE, duplicate.kind());
        assertTrue(duplicate.detail().contains(a.toString()), duplicate.detail());
        assertEquals(2, library.store.count(MediaQuery.all()));
    }

    @Test
    void aMovedFileKeepsItsItemAndLabels() throws IOException {
        Path a = TestImages.jpeg(photos, "a.jpg", 100, 80);
        long id = library.importPaths(a).outcomes().get(0).mediaId();
        library.store.addLabels(id, LabelKind.TAG, List.of("kept"), Source.USER);
        Path moved = Files.move(a, Files.createDirectories(temp.resolve("moved")).resolve("renamed.jpg"));

        ImportOutcome outcome = library.importPaths(moved).outcomes().get(0);
        assertEquals(ImportOutcome.Kind.MOVED, outcome.kind());
        assertEquals(id, outcome.mediaId());
        MediaItem item = library.store.findById(id).orElseThrow();
        assertEquals(moved.toAbsolutePath(), item.path());
        assertEquals("renamed.jpg", item.fileName());
        assertEquals("kept", item.tags().get(0).name());
    }

    @Test
    void changedContentAtTheSamePathUpdatesTheItem() throws IOException {
        Path a = TestImages.jpeg(photos, "a.jpg", 100, 80);
        long id = library.importPaths(a).outcomes().get(0).mediaId();
        TestImages.jpeg(photos, "a.jpg", 200, 160);
        Files.setLastModifiedTime(a, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        ImportOutcome outcome = library.importPaths(a).outcomes().get(0);
        assertEquals(ImportOutcome.Kind.UPDATED, outcome.kind());
        assertEquals(200, library.store.findById(id).orElseThrow().width());
    }

    @Test
    void nothingImportableIsReportedAsSuch() throws IOException {
        ImportReport report = library.importPaths(TestImages.zeroBytes(photos, "e.jpg"), photos.resolve("does-not-exist"));
        assertTrue(report.nothingImported());
        assertEquals("file not found", byPath(report).get(photos.resolve("does-not-exist")).detail());
    }

    @Test
    void symbolicLinkLoopIsReportedAndTheRestImported() throws IOException {
        Path folder = Files.createDirectories(photos.resolve("loop"));
        TestImages.jpeg(folder, "in-loop.jpg", 40, 40);
        Files.createSymbolicLink(folder.resolve("back-up"), photos);
        ImportReport report = library.importPaths(photos);
        assertEquals(1, report.count(ImportOutcome.Kind.IMPORTED));
        assertTrue(report.skipped().stream().anyMatch(o -> o.detail().equals("symbolic link loop")), report.outcomes().toString());
    }

    @Test
    void aFileThatVanishesBeforeItIsReadIsSkippedWithAReason() {
        FileIndexer indexer = new FileIndexer(new org.pothos.imageio.ImageInspector(), new ContentHasher());
        FileIndexer.Indexed indexed = indexer.index(photos.resolve("gone.jpg"), null, new CompanionFiles());
        assertEquals(ImportOutcome.Kind.SKIPPED, indexed.outcome().kind());
        assertTrue(indexed.outcome().detail().startsWith("file not found"));
    }

    @Test
    void twoImportsAtOnceNeverCreateTheSameItemTwice() throws Exception {
        TestImages.distinctJpegs(photos, 30, 60, 40);
        CompletableFuture<ImportReport> first = CompletableFuture.supplyAsync(() -> library.importPaths(photos));
        CompletableFuture<ImportReport> second = CompletableFuture.supplyAsync(() -> library.importPaths(photos));
        ImportReport a = first.get(60, TimeUnit.SECONDS);
        ImportReport b = second.get(60, TimeUnit.SECONDS);
        assertEquals(30, library.store.count(MediaQuery.all()));
        assertEquals(30, a.count(ImportOutcome.Kind.IMPORTED) + b.count(ImportOutcome.Kind.IMPORTED));
        assertEquals(0, a.skipped().size() + b.skipped().size());
    }

    @Test
    void cancellingBeforeFilesAreReadImportsNothing() throws IOException {
        TestImages.distinctJpegs(photos, 10, 60, 40);
        Cancellation cancellation = new Cancellation();
        ImportReport report = library.importer.importPaths(List.of(photos), new ImportListener() {
            @Override
            public void onProgress(ImportProgress progress) {
                if (!progress.scanning()) {
                    cancellation.cancel(); // the walk is over, no file has been read yet
                }
            }
        }, cancellation);
        assertTrue(report.cancelled());
        assertTrue(report.outcomes().isEmpty(), report.outcomes().toString());
        assertEquals(0, library.store.count(MediaQuery.all()));
    }

    @Test
    void cancellingMidwayKeepsEveryFileAlreadyRead() throws IOException {
        TestImages.distinctJpegs(photos, 40, 60, 40);
        ImportService oneAtATime = new ImportService(library.store, new org.pothos.imageio.ImageInspector(), 1, 1);
        Cancellation cancellation = new Cancellation();
        ImportReport report = oneAtATime.importPaths(List.of(photos), new ImportListener() {
            @Override
            public void onOutcome(ImportOutcome outcome) {
                cancellation.cancel();
            }
        }, cancellation);
        assertTrue(report.cancelled());
        long imported = report.count(ImportOutcome.Kind.IMPORTED);
        assertTrue(imported >= 1, "the first file was recorded before the cancel");
        assertEquals(imported, library.store.count(MediaQuery.all()), "every reported item is in the library");
        assertEquals(imported, report.outcomes().size(), "no file is reported twice or half");
    }

    @Test
    void progressCountsUpToTheTotal() throws IOException {
        for (int i = 0; i < 5; i++) {
            TestImages.jpeg(photos, "p" + i + ".jpg", 60, 40);
        }
        List<ImportProgress> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        library.importer.importPaths(List.of(photos), new ImportListener() {
            @Override
            public void onProgress(ImportProgress progress) {
                seen.add(progress);
            }
        }, new Cancellation());
        ImportProgress last = seen.get(seen.size() - 1);
        assertEquals(5, last.done());
        assertEquals(5, last.total());
    }
}
