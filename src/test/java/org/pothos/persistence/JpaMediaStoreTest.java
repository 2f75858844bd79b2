package org.pothos.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.imageio.ImageFacts;
import org.pothos.imageio.ImageFormat;
import org.pothos.library.Availability;
import org.pothos.library.ImportOutcome;
import org.pothos.library.LabelCount;
import org.pothos.library.LabelKind;
import org.pothos.library.MediaItem;
import org.pothos.library.MediaQuery;
import org.pothos.library.MediaTile;
import org.pothos.library.Page;
import org.pothos.library.ScannedFile;
import org.pothos.library.SeekKey;
import org.pothos.library.SortOrder;
import org.pothos.library.Source;

class JpaMediaStoreTest {

    @TempDir
    Path dataDir;

    private Database db;
    private JpaMediaStore store;

    @BeforeEach
    void open() {
        db = Database.open(dataDir);
        store = new JpaMediaStore(db, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long add(String name, LocalDateTime takenAt) {
        return add(name, takenAt, name.hashCode());
    }

    private long add(String name, LocalDateTime takenAt, int contentSeed) {
        String hash = String.format("%064x", Math.abs((long) contentSeed));
        ScannedFile file = new ScannedFile(dataDir.resolve("photos").resolve(name), hash, 1000, Instant.parse("2024-01-01T00:00:00Z"),
                new ImageFacts(ImageFormat.JPEG, 40, 30, 1, takenAt, "Make", "Model", null, null, null));
        ImportOutcome outcome = store.recordImports(List.of(file)).get(0);
        assertEquals(ImportOutcome.Kind.IMPORTED, outcome.kind());
        return outcome.mediaId();
    }

    private List<String> names(MediaQuery query) {
        return store.find(query, 0, 100).items().stream().map(MediaItem::fileName).toList();
    }

    @Test
    void schemaIsMigratedAndReopenable() {
        long id = add("a.jpg", null);
        db.close();
        db = Database.open(dataDir);
        store = new JpaMediaStore(db, Clock.systemUTC());
        assertEquals("a.jpg", store.findById(id).orElseThrow().fileName());
    }

    @Test
    void sortsByTakenNewestFirstWithUndatedLast() {
        add("old.jpg", LocalDateTime.of(2020, 1, 1, 10, 0));
        add("undated.jpg", null);
        add("new.jpg", LocalDateTime.of(2024, 5, 1, 10, 0));
        assertEquals(List.of("new.jpg", "old.jpg", "undated.jpg"), names(MediaQuery.all()));
        assertEquals(List.of("new.jpg", "old.jpg", "undated.jpg"), names(MediaQuery.all().withSort(SortOrder.NAME)));
        assertEquals(List.of("new.jpg", "undated.jpg", "old.jpg"), names(MediaQuery.all().withSort(SortOrder.IMPORTED)));
    }

    @Test
    void pagesAreStableAndTellWhetherMoreFollow() {
        for (int i = 0; i < 25; i++) {
            add(String.format("p%02d.jpg", i), LocalDateTime.of(2024, 1, 1, 0, 0).plusHours(i));
        }
        List<String> seen = new ArrayList<>();
        int offset = 0;
        Page<MediaItem> page;
        do {
            page = store.find(MediaQuery.all(), offset, 10);
            page.items().forEach(i -> seen.add(i.fileName()));
            offset += 10;
        } while (page.hasMore());
        assertEquals(25, seen.size());
        assertEquals(25, seen.stream().distinct().count());
        assertEquals("p24.jpg", seen.get(0));
        assertEquals(25, store.count(MediaQuery.all()));
    }

    @Test
    void tagsCombineWithAndCategoriesAndTextFilter() {
        long beach = add("beach.jpg", null);
        long dog = add("dog.jpg", null);
        long dogBeach = add("dog-on-beach.jpg", null);
        store.addLabels(beach, LabelKind.TAG, List.of("Beach", "sea"), Source.ai("llava:7b"));
        store.addLabels(dog, LabelKind.TAG, List.of("dog"), Source.USER);
        store.addLabels(dogBeach, LabelKind.TAG, List.of("  DOG ", "beach"), Source.USER);
        store.addLabels(dogBeach, LabelKind.CATEGORY, List.of("Animals"), Source.USER);
        store.setTitle(dog, "Rex in the garden", Source.USER);

        assertEquals(List.of("dog-on-beach.jpg"), names(MediaQuery.all().withTags(List.of("dog", "BEACH"))));
        assertEquals(2, names(MediaQuery.all().withTags(List.of("beach"))).size());
        assertEquals(List.of("dog-on-beach.jpg"), names(MediaQuery.all().withCategory("animals")));
        assertEquals(List.of("dog.jpg"), names(MediaQuery.all().withText("GARDEN")));
        // Text also finds tag names and file names.
        assertEquals(List.of("beach.jpg"), names(MediaQuery.all().withText("sea")));
        assertEquals(2, names(MediaQuery.all().withText("dog")).size());
        // LIKE wildcards in the user's text are taken literally.
        assertTrue(names(MediaQuery.all().withText("%")).isEmpty());

        List<LabelCount> tags = store.labelCounts(LabelKind.TAG);
        assertEquals(new LabelCount("Beach", 2), tags.get(0));
        assertEquals(3, tags.size(), "'DOG' and 'dog' are one tag");
        MediaItem item = store.findById(beach).orElseThrow();
        assertEquals(Source.ai("llava:7b"), item.tags().get(0).source());
    }

    @Test
    void filtersByRatingFavouriteAvailabilityAndAnalysed() {
        long a = add("a.jpg", null);
        long b = add("b.jpg", null);
        store.setRating(a, 4);
        store.setFavourite(b, true);
        store.setAvailability(List.of(b), Availability.MISSING);
        assertEquals(List.of("a.jpg"), names(MediaQuery.all().withMinRating(3)));
        assertEquals(List.of("b.jpg"), names(MediaQuery.all().withFavourite(true)));
        assertEquals(List.of("b.jpg"), names(MediaQuery.all().withAvailability(Availability.MISSING)));
        assertEquals(2, names(MediaQuery.all().withAnalysed(false)).size());
        assertThrows(IllegalArgumentException.class, () -> store.setRating(a, 6));
        assertEquals(1, store.stats().missing());
        assertEquals(1, store.stats().favourites());
    }

    @Test
    void removingALabelAndClearingATitle() {
        long a = add("a.jpg", null);
        store.addLabels(a, LabelKind.TAG, List.of("cat"), Source.USER);
        store.setTitle(a, "Title", Source.USER);
        store.removeLabel(a, LabelKind.TAG, "CAT");
        store.setTitle(a, "  ", Source.USER);
        MediaItem item = store.findById(a).orElseThrow();
        assertTrue(item.tags().isEmpty());
        assertNull(item.title());
        assertNull(item.titleSource());
        assertFalse(store.findById(a + 1000).isPresent());
    }

    @Test
    void seekPagingVisitsEveryItemOnceInEachOrder() {
        LocalDateTime base = LocalDateTime.of(2024, 1, 1, 0, 0);
        for (int i = 0; i < 23; i++) {
            // Same dates and names in pairs, and some undated: the id breaks every tie.
            add(String.format("s%02d.jpg", i / 2) + (i % 2 == 0 ? "" : "x"), i % 5 == 0 ? null : base.plusHours(i / 2));
        }
        for (SortOrder sort : SortOrder.values()) {
            MediaQuery query = MediaQuery.all().withSort(sort);
            List<Long> expected = store.find(query, 0, 100).items().stream().map(MediaItem::id).toList();
            List<Long> seen = new ArrayList<>();
            SeekKey last = null;
            Page<MediaTile> page;
            do {
                page = store.findTiles(query, last, 4);
                page.items().forEach(i -> seen.add(i.id()));
                last = page.items().isEmpty() ? last : page.items().get(page.items().size() - 1).seekKey();
            } while (page.hasMore());
            assertEquals(expected, seen, sort.name());
            assertEquals(23, seen.size());
        }
    }

    @Test
    void seekPagingKeepsToTheFilter() {
        for (int i = 0; i < 9; i++) {
            long id = add("f" + i + ".jpg", i == 4 ? null : LocalDateTime.of(2024, 1, 1, i, 0));
            store.addLabels(id, LabelKind.TAG, i % 2 == 0 ? List.of("even", "all") : List.of("all"), Source.USER);
        }
        MediaQuery even = MediaQuery.all().withTags(List.of("all", "even"));
        Page<MediaTile> first = store.findTiles(even, null, 3);
        Page<MediaTile> second = store.findTiles(even, first.items().get(2).seekKey(), 3);
        assertEquals(List.of("f8.jpg", "f6.jpg", "f2.jpg"), first.items().stream().map(MediaTile::fileName).toList());
        assertEquals(List.of("f0.jpg", "f4.jpg"), second.items().stream().map(MediaTile::fileName).toList());
        assertTrue(first.hasMore());
        assertFalse(second.hasMore());
        // A label nobody has matches nothing, alone or with others.
        assertTrue(names(MediaQuery.all().withTags(List.of("nosuch"))).isEmpty());
        assertTrue(names(even.withCategory("nosuch")).isEmpty());
        assertEquals(5, store.count(even));
    }

    @Test
    void textSearchFollowsEveryEditOfTitleDescriptionTagsAndFileName() {
        long a = add("harbour.jpg", null);
        long b = add("b.jpg", null);
        assertEquals(List.of("harbour.jpg"), names(MediaQuery.all().withText("Harbour")));

        store.setTitle(b, "Misty Bridge", Source.USER);
        store.setDescription(a, "boats at dawn", Source.USER);
        store.addLabels(b, LabelKind.TAG, List.of("Lighthouse"), Source.USER);
        assertEquals(List.of("b.jpg"), names(MediaQuery.all().withText("misty bridge")));
        assertEquals(List.of("harbour.jpg"), names(MediaQuery.all().withText("DAWN")));
        assertEquals(List.of("b.jpg"), names(MediaQuery.all().withText("lighthouse")));
        // Categories are not searched, and no match runs from one field into the next.
        store.addLabels(a, LabelKind.CATEGORY, List.of("Seaside"), Source.USER);
        assertTrue(names(MediaQuery.all().withText("seaside")).isEmpty());
        assertTrue(names(MediaQuery.all().withText("bridge b")).isEmpty());

        store.removeLabel(b, LabelKind.TAG, "lighthouse");
        store.setTitle(b, null, Source.USER);
        assertTrue(names(MediaQuery.all().withText("lighthouse")).isEmpty());
        assertTrue(names(MediaQuery.all().withText("misty")).isEmpty());
    }

    @Test
    void textSearchFindsAMovedFileByItsNewName() throws Exception {
        long id = add("old-name.jpg", null);
        store.setAvailability(List.of(id), Availability.MISSING);
        MediaItem item = store.findById(id).orElseThrow();
        ScannedFile moved = new ScannedFile(dataDir.resolve("photos").resolve("renamed.jpg"), item.contentHash(), 1000,
                Instant.parse("2024-01-01T00:00:00Z"), new ImageFacts(ImageFormat.JPEG, 40, 30, 1, null, "Make", "Model",
                null, null, null));
        assertEquals(ImportOutcome.Kind.MOVED, store.recordImports(List.of(moved)).get(0).kind());
        assertEquals(List.of("renamed.jpg"), names(MediaQuery.all().withText("renamed")));
        assertTrue(names(MediaQuery.all().withText("old-name")).isEmpty());
    }
}
