package org.pothos.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.library.LibraryFixture;
import org.pothos.library.SortOrder;
import org.pothos.testsupport.TestImages;

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
}
