package org.pothos.ui.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.imageio.ImageFacts;
import org.pothos.imageio.ImageFormat;
import org.pothos.library.ImportOutcome;
import org.pothos.library.ItemEditor;
import org.pothos.library.LabelKind;
import org.pothos.library.LibraryFixture;
import org.pothos.library.MediaItem;
import org.pothos.library.MediaQuery;
import org.pothos.library.ScannedFile;
import org.pothos.library.Source;
import org.pothos.ui.common.Texts;
import org.pothos.ui.edit.ItemEdits;

/**
 * The selection editor on a real library: what the selected pictures share and what only some carry, changes for
 * all of them as one undo step each, a title only on request, and ten thousand pictures changed in the background
 * with progress.
 */
class SelectionEditorViewModelTest {

    private static final Executor DIRECT = Runnable::run;

    @TempDir
    Path temp;

    private LibraryFixture library;
    /** Background work waits here until the test runs it, so the test sees what the window sees meanwhile. */
    private final Queue<Runnable> background = new ArrayDeque<>();
    private ItemEdits edits;
    private SelectionEditorViewModel editor;

    private List<Long> open(int items, Executor work) {
        library = new LibraryFixture(temp);
        List<ScannedFile> files = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            files.add(new ScannedFile(temp.resolve("p" + i + ".jpg"), String.format("%064x", i), 1000,
                    Instant.parse("2024-01-01T00:00:00Z"), new ImageFacts(ImageFormat.JPEG, 40, 30, 1, null, null, null, null, null, null)));
        }
        List<Long> ids = library.store.recordImports(files).stream().map(ImportOutcome::mediaId).toList();
        edits = new ItemEdits(new ItemEditor(library.store), Texts.of("org.pothos.ui.library.LibraryView", Locale.ENGLISH), work, DIRECT);
        editor = new SelectionEditorViewModel(library.store, edits, work, DIRECT);
        // As in the window: after each stored edit the editor reads the selection again.
        edits.setOnStored(stored -> editor.refresh());
        return ids;
    }

    @AfterEach
    void close() {
        if (library != null) {
            library.close();
        }
    }

    private MediaItem item(long id) {
        return library.store.findById(id).orElseThrow();
    }

    @Test
    void sharedAndPartialLabelsAndChangesForAllEachUndoneInOneStep() {
        List<Long> ids = open(4, DIRECT);
        List<Long> three = ids.subList(0, 3);
        three.forEach(id -> library.store.addLabels(id, LabelKind.TAG, List.of("dog"), Source.USER));
        library.store.addLabels(ids.get(0), LabelKind.TAG, List.of("cat"), Source.USER);
        library.store.addLabels(ids.get(1), LabelKind.CATEGORY, List.of("Pets"), Source.USER);
        library.store.setRating(ids.get(0), 3);
        library.store.setFavourite(ids.get(2), true);

        editor.show(ids.subList(0, 1));
        assertFalse(editor.activeProperty().get(), "one picture is the detail pane's");
        editor.show(three);
        assertTrue(editor.activeProperty().get());
        assertEquals(3, editor.countProperty().get());
        assertEquals(List.of(new LabelShare("dog", 3, 3), new LabelShare("cat", 1, 3)), editor.labels(LabelKind.TAG));
        assertTrue(editor.labels(LabelKind.TAG).get(0).shared());
        assertFalse(editor.labels(LabelKind.TAG).get(1).shared());
        assertEquals(List.of(new LabelShare("Pets", 1, 3)), editor.labels(LabelKind.CATEGORY));
        assertTrue(editor.ratingMixedProperty().get());
        assertEquals(1, editor.favouritesProperty().get());
        assertFalse(editor.favouriteProperty().get(), "not all are favourites");

        editor.addToAll(LabelKind.TAG, "cat");
        assertEquals(List.of(new LabelShare("cat", 3, 3), new LabelShare("dog", 3, 3)), editor.labels(LabelKind.TAG));
        editor.newNameProperty(LabelKind.CATEGORY).set(" Garden ");
        editor.addTyped(LabelKind.CATEGORY);
        assertEquals("", editor.newNameProperty(LabelKind.CATEGORY).get());
        assertEquals(3, library.store.count(MediaQuery.builder().category("Garden").build()));
        editor.removeFromAll(LabelKind.TAG, "dog");
        assertEquals(List.of(new LabelShare("cat", 3, 3)), editor.labels(LabelKind.TAG));
        editor.ratingProperty().set(4);
        editor.favouriteProperty().set(true);
        three.forEach(id -> assertEquals(4, item(id).rating()));
        assertEquals(3, editor.favouritesProperty().get());
        assertFalse(editor.ratingMixedProperty().get());
        assertEquals(0, item(ids.get(3)).rating(), "a picture outside the selection is left alone");

        // One undo per change, however many pictures it touched: favourite, rating, then the removal of "dog".
        editor.undo();
        editor.undo();
        assertEquals(1, editor.favouritesProperty().get());
        assertEquals(3, item(ids.get(0)).rating());
        assertTrue(editor.ratingMixedProperty().get());
        editor.undo();
        assertEquals(List.of(new LabelShare("cat", 3, 3), new LabelShare("dog", 3, 3)), editor.labels(LabelKind.TAG));
        editor.undo();
        editor.undo();
        assertEquals(List.of(new LabelShare("dog", 3, 3), new LabelShare("cat", 1, 3)), editor.labels(LabelKind.TAG));
        assertEquals(List.of(new LabelShare("Pets", 1, 3)), editor.labels(LabelKind.CATEGORY));
        assertFalse(editor.canUndoProperty().get());
    }

    @Test
    void theAddFieldsSuggestTheLibrarysNamesMostUsedFirstButNotThoseAllSelectedPicturesCarry() {
        List<Long> ids = open(4, DIRECT);
        library.store.addLabels(ids.get(0), LabelKind.TAG, List.of("sunset", "beach"), Source.USER);
        library.store.addLabels(ids.get(1), LabelKind.TAG, List.of("beach", "sunrise"), Source.USER);
        library.store.addLabels(ids.get(2), LabelKind.TAG, List.of("sunset"), Source.USER);
        library.store.addLabels(ids.get(3), LabelKind.TAG, List.of("Sunday"), Source.USER);
        library.store.addLabels(ids.get(3), LabelKind.CATEGORY, List.of("Travel"), Source.USER);

        editor.show(ids.subList(0, 2));

        List<String> sun = editor.suggestions(LabelKind.TAG, "SUN");
        assertEquals(Set.of("sunset", "Sunday", "sunrise"), Set.copyOf(sun), "every name with the typed start, case aside");
        assertEquals("sunset", sun.get(0), "the most used first (twice, the others once)");
        assertEquals(List.of("sunrise"), editor.suggestions(LabelKind.TAG, "sunr"), "one of the two carries it: adding gives it to both");
        assertEquals(List.of(), editor.suggestions(LabelKind.TAG, "bea"), "both carry it already");
        assertEquals(List.of("Travel"), editor.suggestions(LabelKind.CATEGORY, "tr"));
        assertEquals(List.of(), editor.suggestions(LabelKind.TAG, ""), "nothing typed, nothing offered");
    }

    @Test
    void aTitleOrDescriptionForAllIsWrittenOnlyOnRequest() {
        List<Long> ids = open(3, DIRECT);
        library.store.setTitle(ids.get(0), "Harbour", Source.USER);
        editor.show(ids);

        editor.title().textProperty().set("Not asked for");
        editor.title().apply();
        assertEquals("Harbour", item(ids.get(0)).title(), "nothing is written before the user asks");

        editor.title().request();
        assertTrue(editor.title().openProperty().get());
        assertEquals("", editor.title().textProperty().get());
        editor.title().textProperty().set(" Holiday 2024 ");
        editor.title().apply();
        assertFalse(editor.title().openProperty().get());
        ids.forEach(id -> assertEquals("Holiday 2024", item(id).title()));
        assertEquals(Source.USER, item(ids.get(1)).titleSource());

        editor.description().request();
        editor.description().textProperty().set("Typed, then thought better of");
        editor.description().cancel();
        ids.forEach(id -> assertNull(item(id).description()));

        editor.undo();
        assertEquals("Harbour", item(ids.get(0)).title());
        assertNull(item(ids.get(1)).title());
    }

    @Test
    void tenThousandPicturesChangeInTheBackgroundWithProgress() {
        List<Long> ids = open(10_000, background::add);
        editor.show(ids);
        assertTrue(editor.loadingProperty().get(), "the summary is read in the background");
        runBackground();
        assertFalse(editor.loadingProperty().get());
        assertEquals(List.of(), editor.labels(LabelKind.TAG));

        List<Double> progress = new ArrayList<>();
        editor.progressProperty().addListener((obs, old, now) -> progress.add(now.doubleValue()));
        editor.addToAll(LabelKind.TAG, "archive");
        assertTrue(editor.busyProperty().get(), "the window goes on while the change waits for its thread");
        assertEquals(0, library.store.count(MediaQuery.builder().tags(List.of("archive")).build()));
        runBackground();

        assertFalse(editor.busyProperty().get());
        assertEquals(10_000, library.store.count(MediaQuery.builder().tags(List.of("archive")).build()));
        assertEquals(List.of(new LabelShare("archive", 10_000, 10_000)), editor.labels(LabelKind.TAG));
        assertTrue(progress.stream().filter(p -> p > 0 && p < 1).count() >= 3, "progress in steps: " + progress);

        editor.undo();
        runBackground();
        assertEquals(0, library.store.count(MediaQuery.builder().tags(List.of("archive")).build()), "one undo takes it all back");
        assertEquals(List.of(), editor.labels(LabelKind.TAG));
    }

    private void runBackground() {
        for (Runnable next = background.poll(); next != null; next = background.poll()) {
            next.run();
        }
    }

    @Test
    void bothLanguagesHaveEveryText() throws Exception {
        Properties english = new Properties();
        Properties chinese = new Properties();
        try (var in = getClass().getResourceAsStream("SelectionEditor.properties");
             var zh = getClass().getResourceAsStream("SelectionEditor_zh_CN.properties")) {
            english.load(in);
            chinese.load(new InputStreamReader(zh, StandardCharsets.UTF_8));
        }
        assertEquals(english.keySet(), chinese.keySet());
        // English words outside the placeholders ({0,number,integer}) and the key names (Ctrl+Z) are untranslated text.
        chinese.forEach((key, text) -> assertFalse(((String) text).replaceAll("\\{[^}]*}|Ctrl\\+Z", "").matches(".*[A-Za-z]{3,}.*"),
                key + " is not translated: " + text));
    }
}
