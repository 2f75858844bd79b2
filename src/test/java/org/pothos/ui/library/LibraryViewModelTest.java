package org.pothos.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.analysis.AnalysisJob;
import org.pothos.analysis.AnalysisOptions;
import org.pothos.analysis.JobEvent;
import org.pothos.library.ItemEditor;
import org.pothos.library.LibraryFixture;
import org.pothos.library.SortOrder;
import org.pothos.testsupport.TestImages;
import org.pothos.ui.MainWindow;
import org.pothos.ui.common.Texts;
import org.pothos.ui.edit.ItemEdits;

/** The ViewModel without a toolkit: work runs on the calling thread, real services on a temporary library. */
class LibraryViewModelTest {

    private static final Executor DIRECT = Runnable::run;

    @TempDir
    Path temp;

    @Test
    void anEmptyLibraryAsksForADropAndAnImportFillsTheGrid() throws IOException {
        Path photos = Files.createDirectories(temp.resolve("photos"));
        TestImages.jpeg(photos, "b.jpg", 60, 40);
        TestImages.jpeg(photos, "a.jpg", 50, 40);
        TestImages.zeroBytes(photos, "broken.jpg");
        try (LibraryFixture library = new LibraryFixture(Files.createDirectories(temp.resolve("data")))) {
            LibraryViewModel vm = grid(library);
            vm.reload();
            assertTrue(vm.libraryEmptyProperty().get());

            vm.importPaths(List.of(photos));

            assertFalse(vm.importingProperty().get());
            assertFalse(vm.libraryEmptyProperty().get());
            assertEquals(2, vm.itemCountProperty().get());
            assertEquals("Import finished: 2 new, 0 already here, 0 duplicates, 1 skipped", vm.statusProperty().get());

            vm.sortProperty().set(SortOrder.NAME);
            assertEquals(List.of("a.jpg", "b.jpg"), vm.items().stream().map(MediaItemViewModel::getCaption).toList());
        }
    }

    @Test
    void theGridLoadsLargeLibrariesPageByPage() throws IOException {
        Path photos = Files.createDirectories(temp.resolve("photos"));
        int count = LibraryViewModel.PAGE_SIZE + 3;
        for (int i = 0; i < count; i++) {
            TestImages.png(photos, "p" + i + ".png", 8 + i % 50, 8 + i / 50);
        }
        try (LibraryFixture library = new LibraryFixture(Files.createDirectories(temp.resolve("data")))) {
            LibraryViewModel vm = grid(library);
            vm.importPaths(List.of(photos));
            assertEquals(count, vm.items().size());
            assertEquals(count, vm.items().stream().map(MediaItemViewModel::getId).distinct().count());
            assertFalse(vm.loadingProperty().get());
            // Pages follow each other in the query's order, whichever order it is.
            for (SortOrder sort : SortOrder.values()) {
                vm.sortProperty().set(sort);
                assertEquals(library.store.findIds(org.pothos.library.MediaQuery.all().withSort(sort)),
                        vm.items().stream().map(MediaItemViewModel::getId).toList(), sort.name());
                assertEquals(count, vm.itemCountProperty().get());
            }
        }
    }

    @Test
    void oneUndoTakesBackARatingOrAFavouriteGivenToTheWholeSelectionInTheGrid() throws IOException {
        Path photos = Files.createDirectories(temp.resolve("photos"));
        for (int i = 0; i < 4; i++) {
            TestImages.jpeg(photos, (char) ('a' + i) + ".jpg", 50 + i, 40);
        }
        try (LibraryFixture library = new LibraryFixture(Files.createDirectories(temp.resolve("data")))) {
            LibraryViewModel vm = grid(library);
            vm.sortProperty().set(SortOrder.NAME);
            vm.importPaths(List.of(photos));
            List<Long> ids = vm.items().stream().map(MediaItemViewModel::getId).toList();
            library.store.setRating(ids.get(0), 1);
            library.store.setRating(ids.get(1), 2);
            library.store.setRating(ids.get(3), 4);
            library.store.setFavourite(ids.get(1), true);
            vm.reload();
            vm.select(vm.items().get(0), LibraryViewModel.SelectMode.SINGLE);
            vm.select(vm.items().get(2), LibraryViewModel.SelectMode.RANGE);
            assertEquals(3, vm.selectedCountProperty().get());

            vm.rateSelection(5);
            assertEquals(List.of(5, 5, 5, 4), ratings(library, ids));
            vm.toggleFavouriteOfSelection();
            assertEquals(List.of(true, true, true, false), favourites(library, ids));
            assertEquals(List.of(true, true, true, false), tileFavourites(vm));

            vm.undoEdit();
            assertEquals(List.of(false, true, false, false), favourites(library, ids), "the favourites of all three go back");
            assertEquals(List.of(false, true, false, false), tileFavourites(vm), "and so do their tiles");
            assertEquals(List.of(5, 5, 5, 4), ratings(library, ids), "one step at a time");

            vm.undoEdit();
            assertEquals(List.of(1, 2, 0, 4), ratings(library, ids), "the ratings of all three go back");
            assertEquals(List.of(false, true, false, false), tileFavourites(vm));
        }
    }

    /** The grid with its edits going to the window's shared edit history, its tiles following what is stored. */
    private static LibraryViewModel grid(LibraryFixture library) {
        Texts texts = Texts.of(MainWindow.BUNDLE, Locale.ENGLISH);
        ItemEdits edits = new ItemEdits(new ItemEditor(library.store), texts, DIRECT, DIRECT);
        LibraryViewModel grid = new LibraryViewModel(library.store, library.importer, library.jobs, edits, texts, DIRECT, DIRECT);
        edits.setOnStored(grid::stored);
        return grid;
    }

    private static List<Integer> ratings(LibraryFixture library, List<Long> ids) {
        return ids.stream().map(id -> library.store.findById(id).orElseThrow().rating()).toList();
    }

    private static List<Boolean> favourites(LibraryFixture library, List<Long> ids) {
        return ids.stream().map(id -> library.store.findById(id).orElseThrow().favourite()).toList();
    }

    private static List<Boolean> tileFavourites(LibraryViewModel vm) {
        return vm.items().stream().map(tile -> tile.favouriteProperty().get()).toList();
    }

    @Test
    void whenTheLibraryCannotBeWrittenTheGridTakesBackItsChangesAndSaysWhy() throws IOException {
        Path photos = Files.createDirectories(temp.resolve("photos"));
        TestImages.jpeg(photos, "a.jpg", 50, 40);
        TestImages.jpeg(photos, "b.jpg", 60, 40);
        try (LibraryFixture library = new LibraryFixture(Files.createDirectories(temp.resolve("data")))) {
            LibraryViewModel vm = grid(library);
            vm.importPaths(List.of(photos));
            vm.selectAll();
            long first = vm.items().get(0).getId();
            AnalysisJob job = library.jobs.find(library.jobs.enqueue(List.of(first), "llava:7b", null,
                    AnalysisOptions.defaults(), "batch").created().get(0)).orElseThrow();
            library.database.close();   // every store call from now on throws

            vm.toggleFavouriteOfSelection();
            assertTrue(vm.items().stream().noneMatch(tile -> tile.favouriteProperty().get()), "the stars go again");
            assertTrue(vm.statusProperty().get().startsWith("The change could not be saved: "), vm.statusProperty().get());

            vm.showStatus("");
            vm.rateSelection(4);
            assertTrue(vm.statusProperty().get().startsWith("The change could not be saved: "), vm.statusProperty().get());

            vm.removeSelectionFromLibrary();
            assertTrue(vm.statusProperty().get().startsWith("The pictures could not be removed from the library: "),
                    vm.statusProperty().get());
            assertEquals(2, vm.selectedCountProperty().get());
            assertEquals(2, vm.items().size());

            vm.onJobEvent(new JobEvent(JobEvent.Type.SUCCEEDED, job, 1, null));
            assertTrue(vm.statusProperty().get().startsWith("Pictures could not be read again after their analysis: "),
                    vm.statusProperty().get());

            vm.sortProperty().set(SortOrder.NAME);   // reloads
            assertFalse(vm.loadingProperty().get(), "not left loading");
            assertTrue(vm.statusProperty().get().startsWith("The library could not be read: "), vm.statusProperty().get());
            assertEquals(2, vm.items().size(), "the grid keeps what it showed");
        }
    }
}
