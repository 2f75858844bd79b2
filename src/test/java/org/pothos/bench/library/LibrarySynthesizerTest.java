package org.pothos.bench.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.library.LabelCount;
import org.pothos.library.LabelKind;
import org.pothos.library.MediaItem;
import org.pothos.library.MediaQuery;
import org.pothos.library.Source;
import org.pothos.persistence.Database;
import org.pothos.persistence.JpaMediaStore;

/** The synthetic library, read back through the real store. */
class LibrarySynthesizerTest {

    @TempDir
    Path temp;

    @Test
    void writesItemsWithTenTagsEachInZipfOrder() throws Exception {
        LibrarySynthesizer synthesizer = new LibrarySynthesizer(LibraryShape.realistic(600));
        try (Database db = Database.open(temp)) {
            synthesizer.writeTo(db);
            JpaMediaStore store = new JpaMediaStore(db, Clock.systemUTC());

            assertEquals(600, store.count(MediaQuery.all()));
            List<MediaItem> page = store.find(MediaQuery.all(), 0, 600).items();
            assertTrue(page.stream().allMatch(item -> item.tags().size() == 10));
            assertTrue(page.stream().allMatch(item -> !item.categories().isEmpty() && item.categories().size() <= 2));
            assertTrue(page.stream().filter(item -> item.title() != null).count() > 400, "most items are described");

            List<LabelCount> tags = store.labelCounts(LabelKind.TAG);
            assertEquals(synthesizer.tagNames().get(0), tags.get(0).name(), "the first tag is the most common");
            assertTrue(tags.get(0).count() > 3 * tags.get(tags.size() - 1).count());
            assertEquals(6000, tags.stream().mapToLong(LabelCount::count).sum());
        }
    }

    @Test
    void queriesFindTheSynthesizedRowsAndTheLibraryStaysWritable() throws Exception {
        LibrarySynthesizer synthesizer = new LibrarySynthesizer(LibraryShape.realistic(300));
        try (Database db = Database.open(temp)) {
            synthesizer.writeTo(db);
            JpaMediaStore store = new JpaMediaStore(db, Clock.systemUTC());
            String tag = synthesizer.tagNames().get(2);
            List<MediaItem> tagged = store.find(MediaQuery.all().withTags(List.of(tag)), 0, 300).items();
            assertTrue(!tagged.isEmpty());
            assertTrue(tagged.stream().allMatch(item -> item.tags().stream().anyMatch(l -> l.name().equals(tag))));
            assertEquals(LibrarySynthesizer.contentHash(1), store.findById(1).orElseThrow().contentHash());
            // Free text finds what the application's own search text would hold: tag names and file names.
            assertEquals(store.count(MediaQuery.all().withTags(List.of(tag))),
                    store.count(MediaQuery.all().withTags(List.of(tag)).withText(tag.toUpperCase(java.util.Locale.ROOT))));
            assertEquals(1, store.count(MediaQuery.all().withText("img_000001.jpg")));

            // New labels get ids above the synthesized ones.
            store.addLabels(1, LabelKind.TAG, List.of("brand new tag"), Source.USER);
            assertEquals(1, store.count(MediaQuery.all().withTags(List.of("brand new tag"))));
        }
    }
}
