package org.pothos.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.common.Cancellation;
import org.pothos.testsupport.TestImages;

class RescanServiceTest {

    @TempDir
    Path temp;

    @Test
    void vanishedFilesAreMarkedMissingKeepTheirTagsAndAreFoundAgain() throws IOException {
        Path photos = Files.createDirectories(temp.resolve("photos"));
        Path a = TestImages.jpeg(photos, "a.jpg", 80, 60);
        TestImages.jpeg(photos, "b.jpg", 70, 60);
        try (LibraryFixture library = new LibraryFixture(Files.createDirectories(temp.resolve("data")))) {
            RescanService rescan = new RescanService(library.store, library.importer);
            long id = library.importPaths(photos).outcomes().stream()
                    .filter(o -> o.path().equals(a)).findFirst().orElseThrow().mediaId();
            library.store.addLabels(id, LabelKind.TAG, List.of("holiday"), Source.USER);

            Path aside = Files.move(a, temp.resolve("aside.jpg"));
            RescanReport gone = rescan.rescan(ImportListener.NONE, new Cancellation());
            assertEquals(2, gone.checked());
            assertEquals(1, gone.nowMissing());
            MediaItem missing = library.store.findById(id).orElseThrow();
            assertEquals(Availability.MISSING, missing.availability());
            assertEquals("holiday", missing.tags().get(0).name());
            assertEquals(1, library.store.count(MediaQuery.all().withAvailability(Availability.MISSING)));

            Files.move(aside, a, StandardCopyOption.ATOMIC_MOVE);
            RescanReport back = rescan.rescan(ImportListener.NONE, new Cancellation());
            assertEquals(0, back.nowMissing());
            assertEquals(1, back.foundAgain());
            assertEquals(Availability.PRESENT, library.store.findById(id).orElseThrow().availability());
        }
    }
}
