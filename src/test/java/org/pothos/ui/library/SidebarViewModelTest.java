package org.pothos.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.library.LabelCount;
import org.pothos.library.LabelKind;
import org.pothos.library.LibraryFixture;
import org.pothos.library.MediaQuery;
import org.pothos.library.Source;
import org.pothos.persistence.JpaVocabularyStore;
import org.pothos.testsupport.TestImages;

/** The sidebar's ViewModel without a toolkit, on a real library; work runs on the calling thread. */
class SidebarViewModelTest {

    @TempDir
    Path temp;

    @Test
    void countsThatCannotBeReadKeepTheLastOnesAndSayWhy() throws Exception {
        Path photos = Files.createDirectories(temp.resolve("photos"));
        TestImages.jpeg(photos, "a.jpg", 50, 40);
        try (LibraryFixture library = new LibraryFixture(Files.createDirectories(temp.resolve("data")))) {
            library.importPaths(photos);
            long id = library.store.findIds(MediaQuery.all()).get(0);
            library.store.addLabels(id, LabelKind.TAG, List.of("beach"), Source.USER);
            SidebarViewModel vm = new SidebarViewModel(library.store, new JpaVocabularyStore(library.database, Clock.systemUTC()),
                    Runnable::run, Runnable::run);
            vm.refreshCounts();
            assertEquals(List.of(new LabelCount("beach", 1)), counts(vm));
            assertNull(vm.countsProblemProperty().get());

            library.database.close();   // every store call from now on throws
            vm.refreshCounts();

            assertEquals(List.of(new LabelCount("beach", 1)), counts(vm), "the last counts stay");
            assertNotNull(vm.countsProblemProperty().get());
        }
    }

    /** The top of the sidebar's tag tree as names and counts. */
    private static List<LabelCount> counts(SidebarViewModel vm) {
        return vm.tags().stream().map(node -> new LabelCount(node.entry().name(), node.entry().totalCount())).toList();
    }
}
