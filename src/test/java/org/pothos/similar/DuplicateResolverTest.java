package org.pothos.similar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.library.Label;
import org.pothos.library.LabelKind;
import org.pothos.library.LibraryFixture;
import org.pothos.library.MediaItem;
import org.pothos.library.MediaQuery;
import org.pothos.library.MediaStore;
import org.pothos.library.Source;
import org.pothos.persistence.JpaSearchSource;
import org.pothos.persistence.JpaSimilarityStore;
import org.pothos.search.LibrarySearch;
import org.pothos.search.MeaningSource;
import org.pothos.searchindex.LuceneSearchIndex;

/** Keeping one picture of a group: labels merged into it, the others forgotten, their files kept or trashed on request. */
class DuplicateResolverTest {

    @TempDir
    Path temp;

    /** A trash that is a folder: files moved there can be looked at, and one file can be made to refuse. */
    private static final class FolderTrash implements FileTrash {
        private final Path folder;
        private final Path refused;

        FolderTrash(Path folder, Path refused) {
            this.folder = folder;
            this.refused = refused;
        }

        @Override
        public boolean available() {
            return true;
        }

        @Override
        public void moveToTrash(Path file) throws IOException {
            if (file.equals(refused)) {
                throw new IOException("permission denied");
            }
            Files.move(file, Files.createDirectories(folder).resolve(file.getFileName()));
        }
    }

    @Test
    void keepingOneMergesTheOthersLabelsAndTrashesOnlyWhatItCan() throws Exception {
        Path photos = Files.createDirectories(temp.resolve("photos"));
        BufferedImage original = NearDuplicatePictures.photo(11);
        Path kept = NearDuplicatePictures.write(photos, "original.jpg", original, 0.9f);
        Path half = NearDuplicatePictures.write(photos, "half.jpg", NearDuplicatePictures.resized(original, 0.5), 0.9f);
        Path q60 = NearDuplicatePictures.write(photos, "q60.jpg", original, 0.6f);
        Path dataDir = temp.resolve("library");
        try (LibraryFixture library = new LibraryFixture(dataDir);
             LuceneSearchIndex index = new LuceneSearchIndex(dataDir, new JpaSearchSource(library.database))) {
            library.importPaths(photos);
            MediaStore store = library.store;
            Map<String, MediaItem> items = store.findIds(MediaQuery.all()).stream()
                    .map(id -> store.findById(id).orElseThrow())
                    .collect(Collectors.toMap(MediaItem::fileName, item -> item));
            long keptId = items.get("original.jpg").id();
            store.addLabels(keptId, LabelKind.TAG, List.of("beach"), Source.ai("llava:7b"));
            store.addLabels(items.get("half.jpg").id(), LabelKind.TAG, List.of("sunset", "beach"), Source.USER);
            store.addLabels(items.get("half.jpg").id(), LabelKind.CATEGORY, List.of("Holiday"), Source.USER);
            store.setDescription(items.get("half.jpg").id(), "Evening at the bay.", Source.USER);
            store.setRating(items.get("q60.jpg").id(), 4);
            store.setFavourite(items.get("q60.jpg").id(), true);

            Path trashFolder = temp.resolve("trash");
            JpaSimilarityStore similarity = new JpaSimilarityStore(library.database, Clock.systemUTC());
            DuplicateResolver resolver = new DuplicateResolver(similarity, new FolderTrash(trashFolder, q60));
            DuplicateResolver.Outcome outcome = resolver.keep(items.get("original.jpg"),
                    List.of(items.get("half.jpg"), items.get("q60.jpg")), true);

            assertEquals(List.of(items.get("half.jpg").id()), outcome.removedIds());
            assertEquals(1, outcome.trashed());
            assertEquals(Map.of(q60, "permission denied"), outcome.notTrashed());
            assertFalse(Files.exists(half));
            assertTrue(Files.exists(trashFolder.resolve("half.jpg")));
            assertTrue(store.findById(items.get("half.jpg").id()).isEmpty());
            assertTrue(store.findById(items.get("q60.jpg").id()).isPresent(), "its file could not go: it stays");

            MediaItem merged = store.findById(keptId).orElseThrow();
            assertEquals(Map.of("beach", Source.ai("llava:7b"), "sunset", Source.USER),
                    merged.tags().stream().collect(Collectors.toMap(Label::name, Label::source)));
            assertEquals(List.of("Holiday"), merged.categories().stream().map(Label::name).toList());
            assertEquals("Evening at the bay.", merged.description());

            DuplicateResolver.Outcome second = new DuplicateResolver(similarity, FileTrash.NONE).keep(merged,
                    List.of(store.findById(items.get("q60.jpg").id()).orElseThrow()), false);
            assertEquals(0, second.trashed());
            assertTrue(Files.exists(q60), "removed from the library only: the file stays");
            MediaItem after = store.findById(keptId).orElseThrow();
            assertEquals(4, after.rating());
            assertTrue(after.favourite());
            assertEquals(1, store.count(MediaQuery.all()));
            assertTrue(Files.exists(kept));

            // The search index follows: the removed pictures are gone from it, the kept one has their words.
            assertTrue(index.awaitCurrent(java.time.Duration.ofSeconds(60)));
            List<Long> found = new LibrarySearch(index, store, MeaningSource.none("no model"))
                    .byWords(MediaQuery.all().withText("sunset bay")).ids();
            assertEquals(List.of(keptId), found);
        }
    }
}
