package org.pothos.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.library.ItemEditor;
import org.pothos.library.LabelKind;
import org.pothos.library.LibraryFixture;
import org.pothos.library.SortOrder;
import org.pothos.library.Source;
import org.pothos.persistence.JpaVocabularyStore;
import org.pothos.testsupport.TestImages;
import org.pothos.ui.MainWindow;
import org.pothos.ui.common.Texts;
import org.pothos.ui.edit.ItemEdits;

/** The grid and the sidebar never show what no longer holds: filters, the focused picture, "no matches", the report. */
class StaleStateTest {

    private static final Executor DIRECT = Runnable::run;

    @TempDir
    Path temp;

    private LibraryFixture library;
    private LibraryViewModel grid;
    private SidebarViewModel sidebar;

    @BeforeEach
    void open() throws Exception {
        library = new LibraryFixture(Files.createDirectories(temp.resolve("data")));
        grid = new LibraryViewModel(library.store, library.importer, library.jobs, new ItemEdits(new ItemEditor(library.store),
                Texts.of(MainWindow.BUNDLE, Locale.ENGLISH), DIRECT, DIRECT), Texts.of(MainWindow.BUNDLE, Locale.ENGLISH), DIRECT, DIRECT);
        sidebar = new SidebarViewModel(library.store, new JpaVocabularyStore(library.database, Clock.systemUTC()), DIRECT, DIRECT);
        grid.queryProperty().bind(sidebar.queryProperty());
        grid.sortProperty().set(SortOrder.NAME);
    }

    @AfterEach
    void close() {
        library.close();
    }

    private Path photos(String... names) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("photos-" + System.nanoTime()));
        for (int i = 0; i < names.length; i++) {
            TestImages.jpeg(folder, names[i], 40 + i, 30); // each its own content
        }
        return folder;
    }

    @Test
    void noMatchesIsNotSaidOfAnEmptyLibraryWhileItsFirstImportStarts() {
        grid.reload();
        assertTrue(grid.libraryEmptyProperty().get());
        assertFalse(grid.noMatchesProperty().get());
        sidebar.searchTextProperty().set("nothing");
        assertFalse(grid.noMatchesProperty().get(), "an empty library has nothing to match");
    }

    @Test
    void theDetailPanesPictureLeavingTheGridUnfocusesIt() throws Exception {
        grid.importPaths(List.of(photos("a.jpg", "b.jpg")));
        MediaItemViewModel a = grid.items().get(0);
        library.store.addLabels(grid.items().get(1).getId(), LabelKind.TAG, List.of("sea"), Source.USER);
        grid.select(a, LibraryViewModel.SelectMode.SINGLE);
        assertEquals(a, grid.focusedProperty().get());

        sidebar.toggleTag("sea");

        assertNull(grid.focusedProperty().get(), "a.jpg is not in the grid any more");
        assertEquals(0, grid.selectedCountProperty().get());
        sidebar.clearTags();
        assertEquals(2, grid.items().size());
    }

    @Test
    void aReloadKeepsTheFocusedPictureInItsNewTile() throws Exception {
        grid.importPaths(List.of(photos("a.jpg", "b.jpg")));
        grid.select(grid.items().get(1), LibraryViewModel.SelectMode.SINGLE);
        grid.reload();
        assertEquals(1, grid.focusedIndex());
        assertTrue(grid.focusedProperty().get() == grid.items().get(1), "the focused tile is the one in the grid");
        assertEquals(1, grid.selectedCountProperty().get());
    }

    @Test
    void allPicturesLetsGoOfEveryFilterAndEachListHasItsClear() {
        sidebar.toggleTag("sea");
        sidebar.toggleCategory("Travel");
        sidebar.searchTextProperty().set("dusk");
        sidebar.choose(LibraryFilter.FAVOURITES);

        sidebar.clearCategory();
        assertNull(sidebar.selectedCategoryProperty().get());
        assertEquals(1, sidebar.selectedTags().size());
        sidebar.clearTags();
        assertTrue(sidebar.selectedTags().isEmpty());
        assertEquals("dusk", sidebar.searchTextProperty().get());

        sidebar.toggleTag("sea");
        sidebar.choose(LibraryFilter.ALL);
        assertTrue(sidebar.selectedTags().isEmpty());
        assertEquals("", sidebar.searchTextProperty().get());
        assertEquals(LibraryFilter.ALL, sidebar.filterProperty().get());
    }

    @Test
    void theImportReportStaysUntilDismissedOrTheNextImport() throws Exception {
        Path folder = photos("a.jpg");
        TestImages.textNamedJpg(folder, "notes.jpg");
        grid.importPaths(List.of(folder));
        ImportReportViewModel report = grid.importReportProperty().get();
        assertEquals("Import finished: 1 new, 0 already here, 0 duplicates, 1 skipped", report.summary());
        assertEquals(1, report.skippedCount());
        assertEquals("notes.jpg", report.rows().get(0).fileName());
        assertTrue(report.rows().get(0).reason().startsWith("not an image"), report.rows().get(0).reason());

        grid.dismissImportReport();
        assertNull(grid.importReportProperty().get());
        grid.importPaths(List.of(folder));
        assertEquals("Import finished: 0 new, 1 already here, 0 duplicates, 1 skipped", grid.importReportProperty().get().summary());
    }
}
