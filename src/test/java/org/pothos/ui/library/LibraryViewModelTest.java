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
import org.pothos.library.LibraryFixture;
import org.pothos.library.SortOrder;
import org.pothos.testsupport.TestImages;
import org.pothos.ui.MainWindow;
import org.pothos.ui.common.Texts;

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
            LibraryViewModel vm = new LibraryViewModel(library.store, library.importer, library.jobs,
                    org.pothos.ui.common.Texts.of(org.pothos.ui.MainWindow.BUNDLE, java.util.Locale.ENGLISH), DIRECT, DIRECT);
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
            LibraryViewModel vm = new LibraryViewModel(library.store, library.importer, library.jobs,
                    org.pothos.ui.common.Texts.of(org.pothos.ui.MainWindow.BUNDLE, java.util.Locale.ENGLISH), DIRECT, DIRECT);
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
    void whenTheLibraryCannotBeWrittenTheGridTakesBackItsChangesAndSaysWhy() throws IOException {
        Path photos = Files.createDirectories(temp.resolve("photos"));
        TestImages.jpeg(photos, "a.jpg", 50, 40);
        TestImages.jpeg(photos, "b.jpg", 60, 40);
        try (LibraryFixture library = new LibraryFixture(Files.createDirectories(temp.resolve("data")))) {
            LibraryViewModel vm = new LibraryViewModel(library.store, library.importer, library.jobs,
                    Texts.of(MainWindow.BUNDLE, Locale.ENGLISH), DIRECT, DIRECT);
            vm.importPaths(List.of(photos));
            vm.selectAll();
            long first = vm.items().get(0).getId();
            AnalysisJob job = library.jobs.find(library.jobs.enqueue(List.of(first), "llava:7b", null,
                    AnalysisOptions.defaults(), "batch").created().get(0)).orElseThrow();
            library.database.close();   // every store call from now on throws

            vm.toggleFavouriteOfSelection();
            assertTrue(vm.items().stream().noneMatch(tile -> tile.favouriteProperty().get()), "the stars go again");
            assertTrue(vm.statusProperty().get().startsWith("Favourites could not be saved: "), vm.statusProperty().get());

            vm.rateSelection(4);
            assertTrue(vm.statusProperty().get().startsWith("The rating could not be saved: "), vm.statusProperty().get());

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
