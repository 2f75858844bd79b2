package org.pothos.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.common.Cancellation;
import org.pothos.imageio.ImageFacts;
import org.pothos.imageio.ImageFormat;
import org.pothos.persistence.Database;
import org.pothos.persistence.JpaMediaStore;

/** Edits of many items on a real library: chunks, progress, cancellation, and an undo that restores each value and source. */
class ItemEditorTest {

    private static final int ITEMS = 1_200;
    private static final Source MODEL = Source.ai("llava:7b");

    @TempDir
    Path dataDir;

    private Database db;
    private MediaStore store;
    private ItemEditor editor;
    private List<Long> ids;

    @BeforeEach
    void open() {
        db = Database.open(dataDir);
        store = new JpaMediaStore(db, Clock.systemUTC());
        editor = new ItemEditor(store);
        List<ScannedFile> files = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            files.add(new ScannedFile(dataDir.resolve("p" + i + ".jpg"), String.format("%064x", i), 1000,
                    Instant.parse("2024-01-01T00:00:00Z"), new ImageFacts(ImageFormat.JPEG, 40, 30, 1, null, null, null, null, null, null)));
        }
        ids = store.recordImports(files).stream().map(ImportOutcome::mediaId).toList();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void editsEveryItemInChunksAndUndoesToTheExactValuesAndSources() {
        long first = ids.get(0);
        long second = ids.get(1);
        store.addLabels(first, LabelKind.TAG, List.of("Sunset"), MODEL);
        store.setTitle(first, "Kite", MODEL);
        store.setRating(second, 2);
        List<String> progress = new ArrayList<>();

        ItemEditor.Outcome edit = editor.apply(ids, ItemChanges.builder()
                        .addLabels(LabelKind.TAG, List.of("sunset", "sea"))
                        .addLabels(LabelKind.CATEGORY, List.of("Travel"))
                        .rating(5).favourite(true).title("Harbour")
                        .build(),
                (done, total) -> progress.add(done + "/" + total), new Cancellation());

        assertTrue(edit.complete());
        assertEquals(ITEMS, edit.items());
        assertEquals(List.of("0/1200", "500/1200", "1000/1200", "1200/1200"), progress);
        assertEquals(ITEMS, store.count(MediaQuery.all().withTags(List.of("sunset", "sea")).withCategory("travel")
                .withFavourite(true).withMinRating(5)));
        assertEquals(ITEMS, store.count(MediaQuery.all().withText("harbour")));
        MediaItem edited = store.findById(first).orElseThrow();
        assertEquals(List.of(new Label("sea", Source.USER), new Label("Sunset", Source.USER)), edited.tags());
        assertEquals(Source.USER, edited.titleSource());
        // The model's "Sunset" became the user's: it had the tag already, so only 1,199 gained it.
        assertEquals(ITEMS - 1, edit.itemsWhoseLabelChanged(new ItemValues.LabelState(LabelKind.TAG, "SUNSET", Source.USER)));

        ItemEditor.Outcome undo = editor.undo(edit, ItemEditor.Progress.NONE);

        assertTrue(undo.complete());
        MediaItem restored = store.findById(first).orElseThrow();
        assertEquals(List.of(new Label("Sunset", MODEL)), restored.tags());
        assertEquals("Kite", restored.title());
        assertEquals(MODEL, restored.titleSource());
        assertEquals(List.of(), restored.categories());
        assertEquals(2, store.findById(second).orElseThrow().rating());
        assertNull(store.findById(second).orElseThrow().title());
        assertEquals(0, store.count(MediaQuery.all().withFavourite(true)));
        assertEquals(0, store.count(MediaQuery.all().withText("harbour")));
        assertEquals(1, store.count(MediaQuery.all().withTags(List.of("sunset"))));

        // Undoing the undo is the edit again.
        editor.undo(undo, ItemEditor.Progress.NONE);
        assertEquals(ITEMS, store.count(MediaQuery.all().withTags(List.of("sea")).withFavourite(true)));
    }

    @Test
    void aCancelledEditKeepsItsChunksAndUndoesThem() {
        Cancellation cancellation = new Cancellation();
        ItemEditor.Outcome edit = editor.apply(ids, ItemChanges.builder().addLabels(LabelKind.TAG, List.of("dog")).build(),
                (done, total) -> {
                    if (done >= 500) {
                        cancellation.cancel();
                    }
                }, cancellation);

        assertFalse(edit.complete());
        assertEquals(500, edit.items());
        assertEquals(500, store.count(MediaQuery.all().withTags(List.of("dog"))));
        editor.undo(edit, ItemEditor.Progress.NONE);
        assertEquals(0, store.count(MediaQuery.all().withTags(List.of("dog"))));
    }

    @Test
    void removingALabelTakesItOffOnlyThoseThatHadItAndCreatesNone() {
        store.addLabels(ids.get(3), LabelKind.CATEGORY, List.of("Pets"), Source.USER);
        store.addLabels(ids.get(4), LabelKind.CATEGORY, List.of("Pets"), MODEL);

        ItemEditor.Outcome edit = editor.apply(ids.subList(0, 10), ItemChanges.builder()
                .removeLabels(LabelKind.CATEGORY, List.of("pets", "never used"))
                .build(), ItemEditor.Progress.NONE, new Cancellation());

        assertEquals(2, edit.changedItems());
        assertEquals(0, store.count(MediaQuery.all().withCategory("pets")));
        assertEquals(1, store.stats().categories(), "no category \"never used\" was created");
        editor.undo(edit, ItemEditor.Progress.NONE);
        assertEquals(List.of(new Label("Pets", MODEL)), store.findById(ids.get(4)).orElseThrow().categories());
        assertEquals(List.of(new Label("Pets", Source.USER)), store.findById(ids.get(3)).orElseThrow().categories());
    }

    @Test
    void itemsRemovedMeanwhileAreSkipped() {
        store.remove(List.of(ids.get(0)));
        ItemEditor.Outcome edit = editor.apply(ids.subList(0, 3), ItemChanges.builder().rating(3).build(),
                ItemEditor.Progress.NONE, new Cancellation());
        assertEquals(2, edit.changedItems());
        assertEquals(2, store.count(MediaQuery.all().withMinRating(3)));
    }

    @Test
    void aSelectionIsSummedUpAcrossChunks() {
        // All 1,200 items get "dog" (more than one query's chunk of ids); two get "cat", one of them from a model.
        editor.apply(ids, ItemChanges.builder().addLabels(LabelKind.TAG, List.of("dog")).rating(2).build(),
                ItemEditor.Progress.NONE, new Cancellation());
        store.addLabels(ids.get(0), LabelKind.TAG, List.of("Cat"), MODEL);
        store.addLabels(ids.get(ITEMS - 1), LabelKind.TAG, List.of("cat"), Source.USER);
        store.addLabels(ids.get(5), LabelKind.CATEGORY, List.of("Pets"), Source.USER);
        store.setFavourite(ids.get(7), true);

        SelectionSummary all = store.summarize(ids);
        assertEquals(ITEMS, all.items());
        assertEquals(2, all.rating());
        assertEquals(1, all.favourites());
        assertEquals(List.of(new LabelCount("dog", ITEMS), new LabelCount("Cat", 2)), all.labels(LabelKind.TAG));
        assertEquals(List.of(new LabelCount("Pets", 1)), all.labels(LabelKind.CATEGORY));

        store.setRating(ids.get(1), 5);
        store.remove(List.of(ids.get(0)));
        SelectionSummary rest = store.summarize(ids.subList(0, 3));
        assertEquals(2, rest.items(), "a removed item is left out");
        assertNull(rest.rating(), "ratings differ");
        assertEquals(List.of(new LabelCount("dog", 2)), rest.labels(LabelKind.TAG));
        assertEquals(List.of(), rest.labels(LabelKind.CATEGORY));
    }
}
