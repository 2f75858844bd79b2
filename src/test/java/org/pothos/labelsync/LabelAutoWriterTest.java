package org.pothos.labelsync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.library.LabelKind;
import org.pothos.library.LabelWriteMode;
import org.pothos.library.LibraryFixture;
import org.pothos.library.Source;
import org.pothos.persistence.JpaLabelSyncStore;
import org.pothos.persistence.JpaLibrarySettings;
import org.pothos.testsupport.ExternalTools;
import org.pothos.testsupport.TestImages;
import org.pothos.thumbnails.ThumbnailService;

/**
 * The window's background writer on a real library: nothing while writing is off, the whole library when it is
 * turned on, then each edit once it has settled; a file that cannot be written is a problem with its reason until
 * a retry succeeds.
 */
class LabelAutoWriterTest {

    @TempDir
    Path temp;

    private LibraryFixture library;
    private ThumbnailService thumbnails;
    private LabelSyncService sync;
    private LabelAutoWriter writer;
    private final LaterClock clock = new LaterClock();
    private final List<LabelAutoWriter.Progress> progress = new CopyOnWriteArrayList<>();
    private Path photos;
    private long id;

    @BeforeEach
    void setUp() throws Exception {
        photos = Files.createDirectories(temp.resolve("photos"));
        TestImages.jpeg(photos, "a.jpg", 64, 48);
        library = new LibraryFixture(Files.createDirectories(temp.resolve("data")));
        thumbnails = new ThumbnailService(temp.resolve("thumbnails"), 64, 1_000_000, 1);
        JpaLabelSyncStore store = new JpaLabelSyncStore(library.database, library.store, Clock.systemUTC());
        sync = new LabelSyncService(store, new JpaLibrarySettings(library.database), thumbnails, "Pothos test");
        writer = new LabelAutoWriter(sync, store, clock, Duration.ofSeconds(3));
        writer.addListener(progress::add);
        id = library.importPaths(photos).outcomes().get(0).mediaId();
    }

    @AfterEach
    void tearDown() {
        writer.close();
        thumbnails.close();
        library.close();
    }

    @Test
    void writesNothingWhileOffThenTheLibraryThenEachSettledEdit() {
        Path sidecar = photos.resolve("a.jpg.xmp");
        library.store.addLabels(id, LabelKind.TAG, List.of("harbour"), Source.USER);
        writer.round();
        assertFalse(Files.exists(sidecar), "a new library writes nothing");

        sync.setMode(LabelWriteMode.SIDECAR);
        writer.round();
        assertEquals("harbour", ExternalTools.exiftoolValue(sidecar, "XMP-dc:Subject"), "turning writing on catches up");
        assertEquals(1, progress.get(progress.size() - 1).written());

        library.store.addLabels(id, LabelKind.TAG, List.of("boat"), Source.USER);
        writer.round();
        assertEquals("harbour", ExternalTools.exiftoolValue(sidecar, "XMP-dc:Subject"), "an edit is written once it has settled");
        clock.advance(Duration.ofSeconds(4));
        writer.round();
        assertEquals("boat, harbour", ExternalTools.exiftoolValue(sidecar, "XMP-dc:Subject"));
    }

    @Test
    void aFileThatCannotBeWrittenIsAProblemWithItsReasonUntilARetrySucceeds() throws Exception {
        Path sidecar = Files.writeString(photos.resolve("a.jpg.xmp"), "not XMP at all");
        sync.setMode(LabelWriteMode.SIDECAR);
        library.store.addLabels(id, LabelKind.TAG, List.of("harbour"), Source.USER);

        writer.round();

        LabelAutoWriter.Progress failed = progress.get(progress.size() - 1);
        assertEquals(1, failed.failed());
        assertEquals(photos.resolve("a.jpg"), failed.problems().get(0).path());
        assertTrue(failed.problems().get(0).reason().contains("not valid XMP"), failed.problems().get(0).reason());
        assertEquals("not XMP at all", Files.readString(sidecar), "the other program's file is left alone");
        assertEquals(1, sync.status().failed());

        Files.delete(sidecar);
        writer.retryFailed().get(60, TimeUnit.SECONDS);

        assertEquals(List.of(), progress.get(progress.size() - 1).problems());
        assertEquals("harbour", ExternalTools.exiftoolValue(photos.resolve("a.jpg.xmp"), "XMP-dc:Subject"));
        assertEquals(0, sync.status().failed());
    }

    /** The system clock, moved forward by the test. */
    private static final class LaterClock extends Clock {

        private volatile Duration ahead = Duration.ZERO;

        void advance(Duration duration) {
            ahead = ahead.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(ahead);
        }
    }
}
