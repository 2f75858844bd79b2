package org.pothos.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.app.AppContext;
import org.pothos.common.Cancellation;
import org.pothos.library.ImportListener;
import org.pothos.library.ImportOutcome;
import org.pothos.library.ImportReport;
import org.pothos.library.MediaItem;
import org.pothos.library.MediaQuery;
import org.pothos.library.ThumbnailBackfill;
import org.pothos.library.ThumbnailStatus;
import org.pothos.testsupport.TestImages;
import org.pothos.thumbnails.ThumbnailResult;
import org.pothos.thumbnails.ThumbnailSource;
import org.pothos.thumbnails.ThumbnailState;

/**
 * A thumbnail cache that cannot be written (a full disk; simulated with a file where the cache folder
 * should be, since permissions do not stop root): import still works, thumbnails degrade to none with
 * a reason on each item, and nothing crashes. Once the cache can be written again, they are built.
 */
class ThumbnailCacheFailureTest {

    @TempDir
    Path temp;

    @Test
    void anUnwritableCacheMeansNoThumbnailsWithAReasonNotACrash() throws Exception {
        Path photos = Files.createDirectories(temp.resolve("photos"));
        TestImages.distinctJpegs(photos, 5, 300, 200);
        Path dataDir = Files.createDirectories(temp.resolve("library"));
        Path cache = AppContext.thumbnailDir(dataDir);
        Files.writeString(cache, "not a folder");
        try (AppContext library = AppContext.open(dataDir, "http://127.0.0.1:9")) {
            ImportReport report = library.importService().importPaths(List.of(photos), ImportListener.NONE, new Cancellation());
            assertEquals(5, report.outcomes().stream().filter(o -> o.kind() == ImportOutcome.Kind.IMPORTED).count());

            ThumbnailBackfill.Report built = library.thumbnailBackfill().buildMissing(done -> { }, new Cancellation());
            assertEquals(0, built.built());
            assertEquals(5, built.retryLater(), "a cache that cannot be written is worth trying again later");
            for (MediaItem item : items(library)) {
                assertEquals(ThumbnailStatus.RETRY, item.thumbnailStatus(), item.fileName());
                assertTrue(item.lastError() != null && item.lastError().startsWith("cannot write thumbnail cache"),
                        item.fileName() + ": " + item.lastError());
            }
            // What the grid does: a request completes with the reason, and delivers nothing.
            MediaItem first = items(library).get(0);
            ThumbnailResult requested = library.thumbnailService().request(
                    new ThumbnailSource(first.contentHash(), first.path()), image -> { })
                    .completion().get(30, TimeUnit.SECONDS);
            assertEquals(ThumbnailState.RETRY, requested.state());
            assertTrue(requested.reason().startsWith("cannot write thumbnail cache"), requested.reason());
        }

        Files.delete(cache); // space again
        try (AppContext library = AppContext.open(dataDir, "http://127.0.0.1:9")) {
            MediaItem first = items(library).get(0);
            ThumbnailResult again = library.thumbnailService().ensure(new ThumbnailSource(first.contentHash(), first.path()));
            assertEquals(ThumbnailState.READY, again.state(), again.reason());
        }
    }

    private static List<MediaItem> items(AppContext library) {
        return library.mediaStore().find(MediaQuery.all(), 0, 100).items();
    }
}
