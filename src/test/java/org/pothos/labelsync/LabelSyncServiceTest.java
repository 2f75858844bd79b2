package org.pothos.labelsync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.imageio.ImageInspector;
import org.pothos.library.ContentHasher;
import org.pothos.library.LabelKind;
import org.pothos.library.LabelWriteMode;
import org.pothos.library.LibraryFixture;
import org.pothos.library.ScannedFile;
import org.pothos.library.Source;
import org.pothos.persistence.JpaLabelSyncStore;
import org.pothos.persistence.JpaLibrarySettings;
import org.pothos.testsupport.ExternalTools;
import org.pothos.testsupport.TestImages;
import org.pothos.thumbnails.ThumbnailService;

class LabelSyncServiceTest {

    @TempDir
    Path temp;

    @Test
    void filesNeverReadAreReadBeforeTheFirstWriteSoTheirLabelsAreKept() throws Exception {
        Path photos = Files.createDirectories(temp.resolve("photos"));
        Path picture = TestImages.jpeg(photos, "old.jpg", 64, 48);
        ExternalTools.exiftool("-overwrite_original", "-IPTC:Keywords=heirloom", picture.toString());
        try (LibraryFixture library = new LibraryFixture(Files.createDirectories(temp.resolve("data")));
             ThumbnailService thumbnails = new ThumbnailService(temp.resolve("thumbnails"), 64, 1_000_000, 1)) {
            // As a library from before Pothos read files' labels recorded it: the picture, not its labels.
            long id = library.store.recordImports(List.of(new ScannedFile(picture, new ContentHasher().sha256(picture),
                    Files.size(picture), Files.getLastModifiedTime(picture).toInstant(), new ImageInspector().inspect(picture))))
                    .get(0).mediaId();
            library.store.addLabels(id, LabelKind.TAG, List.of("attic"), Source.USER);
            LabelSyncService sync = new LabelSyncService(new JpaLabelSyncStore(library.database, library.store, Clock.systemUTC()),
                    new JpaLibrarySettings(library.database), thumbnails, "Pothos test");

            assertEquals(1, sync.status().neverRead());
            assertEquals(LabelSyncService.Result.WRITTEN, sync.write(id, LabelWriteMode.SIDECAR).result());

            assertEquals("attic, heirloom", ExternalTools.exiftoolValue(photos.resolve("old.jpg.xmp"), "XMP-dc:Subject"),
                    "the keyword only the file held is in the sidecar, which readers now prefer");
            assertEquals(Source.FILE, library.store.findById(id).orElseThrow().tags().stream()
                    .filter(t -> t.name().equals("heirloom")).findFirst().orElseThrow().source());
            assertEquals(0, sync.status().differ());
        }
    }
}
