package org.pothos.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.common.Cancellation;
import org.pothos.simulation.CameraRaws;
import org.pothos.testsupport.ExternalTools;
import org.pothos.testsupport.TestImages;

/**
 * Labels other programs wrote (found by exiftool's hand in XMP, IPTC and sidecars) become the item's labels with
 * the source "file" on import; a sidecar changed later is read again by rescan and merged with what the user did
 * meanwhile; a RAW+JPEG pair is one item.
 */
class FileLabelsImportTest {

    @TempDir
    Path temp;

    @Test
    void labelsInTheFileAndItsSidecarArriveWithTheSourceFile() throws Exception {
        Path photos = Files.createDirectories(temp.resolve("photos"));
        Path picture = TestImages.jpeg(photos, "harbour.jpg", 80, 60);
        ExternalTools.exiftool("-overwrite_original", "-IPTC:Keywords=harbour", "-IPTC:Keywords=boat",
                "-IPTC:ObjectName=Harbour", "-XMP-xmp:Rating=3", picture.toString());
        try (LibraryFixture library = new LibraryFixture(Files.createDirectories(temp.resolve("data")))) {
            ImportReport report = library.importPaths(photos);

            assertEquals(1, report.count(ImportOutcome.Kind.IMPORTED), report.outcomes().toString());
            MediaItem item = library.store.findById(report.outcomes().get(0).mediaId()).orElseThrow();
            assertEquals("Harbour", item.title());
            assertEquals(Source.FILE, item.titleSource());
            assertEquals(Map.of("boat", Source.FILE, "harbour", Source.FILE), sources(item.tags()));
            assertEquals(3, item.rating());
            assertEquals(1, library.store.count(MediaQuery.all().withText("harbour")), "file labels are searchable");
        }
    }

    @Test
    void aSidecarChangedByAnotherProgramIsMergedByRescanKeepingWhatTheUserDid() throws Exception {
        Path photos = Files.createDirectories(temp.resolve("photos"));
        Path raw = TestImages.raw(photos, "IMG_1.NEF", "nef", CameraRaws.Spec.of("NIKON CORPORATION", "Z 6"));
        Path sidecar = photos.resolve("IMG_1.NEF.xmp");
        ExternalTools.exiftool("-o", sidecar.toString(), "-XMP-dc:Subject=fox", "-XMP-dc:Subject=snow",
                "-XMP-lr:HierarchicalSubject=Animals|Mammal|fox", raw.toString());
        try (LibraryFixture library = new LibraryFixture(Files.createDirectories(temp.resolve("data")))) {
            long id = library.importPaths(photos).outcomes().get(0).mediaId();
            assertEquals(Map.of("fox", Source.FILE, "snow", Source.FILE), sources(library.store.findById(id).orElseThrow().tags()));
            // Meanwhile in Pothos: the user adds a tag and removes one.
            library.store.addLabels(id, LabelKind.TAG, List.of("winter"), Source.USER);
            library.store.removeLabel(id, LabelKind.TAG, "snow");
            // And in another program: a title, a new keyword, "fox" removed.
            ExternalTools.exiftool("-overwrite_original", "-XMP-dc:Title=Tracks", "-XMP-dc:Subject-=fox",
                    "-XMP-lr:HierarchicalSubject-=Animals|Mammal|fox", "-XMP-dc:Subject+=forest", sidecar.toString());

            RescanReport rescan = new RescanService(library.store, library.importer).rescan(ImportListener.NONE, new Cancellation());

            assertEquals(ImportOutcome.LABELS_CHANGED, rescan.reindexed().outcomes().get(0).detail());
            MediaItem item = library.store.findById(id).orElseThrow();
            assertEquals("Tracks", item.title());
            assertEquals(Map.of("forest", Source.FILE, "winter", Source.USER), sources(item.tags()),
                    "the file's removal of fox and addition of forest, the user's winter, and no snow back");

            RescanReport again = new RescanService(library.store, library.importer).rescan(ImportListener.NONE, new Cancellation());
            assertEquals(ImportOutcome.Kind.UNCHANGED, again.reindexed().outcomes().get(0).kind(), "an unchanged sidecar is not read again");
        }
    }

    @Test
    void aRawBesideItsJpegIsOnePictureShownByTheJpeg() throws Exception {
        Path photos = Files.createDirectories(temp.resolve("photos"));
        Path raw = TestImages.raw(photos, "DSC_0001.NEF", "nef", CameraRaws.Spec.of("NIKON CORPORATION", "Z 6"));
        Path jpeg = TestImages.jpeg(photos, "DSC_0001.JPG", 80, 60);
        TestImages.raw(photos, "DSC_0002.NEF", "nef", CameraRaws.Spec.of("NIKON CORPORATION", "Z 6"));
        try (LibraryFixture library = new LibraryFixture(Files.createDirectories(temp.resolve("data")))) {
            ImportReport report = library.importPaths(photos);

            assertEquals(2, report.count(ImportOutcome.Kind.IMPORTED), report.outcomes().toString());
            ImportOutcome paired = report.outcomes().stream().filter(o -> o.path().equals(raw)).findFirst().orElseThrow();
            assertEquals(ImportOutcome.Kind.PAIRED, paired.kind());
            assertEquals("kept with DSC_0001.JPG", paired.detail());
            assertEquals(List.of("DSC_0001.JPG", "DSC_0002.NEF"),
                    library.store.find(MediaQuery.all().withSort(SortOrder.NAME), 0, 10).items().stream().map(MediaItem::fileName).toList());
            assertNull(report.outcomes().stream().filter(o -> o.path().equals(jpeg)).findFirst().orElseThrow().detail());
        }
    }

    @Test
    void aRawImportedAloneJoinsItsJpegWhenTheJpegArrivesKeepingItsLabels() throws Exception {
        Path photos = Files.createDirectories(temp.resolve("photos"));
        Path raw = TestImages.raw(photos, "IMG_7.CR2", "cr2", CameraRaws.Spec.of("Canon", "EOS R"));
        try (LibraryFixture library = new LibraryFixture(Files.createDirectories(temp.resolve("data")))) {
            long id = library.importPaths(raw).outcomes().get(0).mediaId();
            library.store.addLabels(id, LabelKind.TAG, List.of("kept"), Source.USER);
            Path jpeg = TestImages.jpeg(photos, "IMG_7.jpg", 80, 60);

            ImportReport report = library.importPaths(photos);

            ImportOutcome joined = report.outcomes().stream().filter(o -> o.path().equals(jpeg)).findFirst().orElseThrow();
            assertEquals(id, joined.mediaId());
            assertTrue(joined.detail().contains("IMG_7.CR2"), joined.detail());
            MediaItem item = library.store.findById(id).orElseThrow();
            assertEquals(jpeg, item.path());
            assertEquals("kept", item.tags().get(0).name());
            assertEquals(1, library.store.count(MediaQuery.all()));
        }
    }

    private static Map<String, Source> sources(List<Label> labels) {
        return labels.stream().collect(Collectors.toMap(Label::name, Label::source));
    }
}
