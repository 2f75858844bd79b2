package org.pothos.ui;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javafx.beans.value.ChangeListener;
import javafx.stage.Window;
import org.pothos.app.AppContext;
import org.pothos.search.SearchResults;
import org.pothos.ui.common.Texts;
import org.pothos.ui.library.LibraryViewModel;
import org.pothos.ui.library.SidebarViewModel;
import org.pothos.ui.library.ThumbnailImages;
import org.pothos.ui.search.SearchStatusViewModel;
import org.pothos.ui.similar.DuplicatesView;
import org.pothos.ui.similar.DuplicatesViewModel;
import org.pothos.ui.similar.SimilarView;
import org.pothos.ui.similar.SimilarViewModel;
import org.pothos.ui.viewer.ViewerViewModel;

/**
 * The window's parts for finding pictures: ranked search in the grid with its status, the Similar pictures window
 * (from the grid's menu and the viewer) and the Duplicates window. Built by {@link MainWindow}.
 */
final class FindingParts {

    /** Search by meaning waits for this pause in typing: each search by meaning is a request to the model server. */
    private static final long MEANING_PAUSE_MILLIS = 350;

    private final SearchStatusViewModel status;
    private final SimilarView similar;
    private final DuplicatesView duplicates;

    private FindingParts(SearchStatusViewModel status, SimilarView similar, DuplicatesView duplicates) {
        this.status = status;
        this.similar = similar;
        this.duplicates = duplicates;
    }

    static FindingParts create(AppContext context, LibraryViewModel library, SidebarViewModel sidebar, ViewerViewModel viewer,
                               ThumbnailImages thumbnails, Texts texts, Locale locale, Executor background, Executor ui) {
        library.useSearch(context.search(), CompletableFuture.delayedExecutor(MEANING_PAUSE_MILLIS, TimeUnit.MILLISECONDS,
                background));
        SearchStatusViewModel status = new SearchStatusViewModel(context.search().index(), context.embeddings(),
                library.rankingProperty(), library.meaningMissingProperty(), texts, ui);
        Texts findingTexts = Texts.of(SimilarView.BUNDLE, locale);
        SimilarViewModel similarPictures = new SimilarViewModel(context.similarPictures(), context.mediaStore(), findingTexts,
                background, ui);
        similarPictures.setOnOpen(viewer::open);
        DuplicatesViewModel duplicatePictures = new DuplicatesViewModel(context.perceptualHashes(), context.duplicateFinder(),
                context.duplicateResolver(), findingTexts, locale, background, ui);
        duplicatePictures.setOnLibraryChanged(() -> {
            library.reload();
            sidebar.refreshCounts();
        });
        FindingParts parts = new FindingParts(status, new SimilarView(similarPictures, thumbnails, locale),
                new DuplicatesView(duplicatePictures, thumbnails, locale));
        viewer.setOnShowSimilar(parts::openSimilar);
        // Results the database matched while the index was being built are ranked as soon as it is ready.
        status.indexReadyProperty().addListener((obs, was, ready) -> {
            if (ready && library.rankingProperty().get() == SearchResults.Ranking.UNRANKED) {
                library.reload();
            }
        });
        parts.startAfterFirstPage(library);
        return parts;
    }

    /** The index opens and embedding starts once the grid shows its first page: neither is needed to start. */
    private void startAfterFirstPage(LibraryViewModel library) {
        ChangeListener<Boolean> loaded = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean loading) {
                if (!loading) {
                    library.loadingProperty().removeListener(this);
                    status.startBackgroundWork();
                }
            }
        };
        library.loadingProperty().addListener(loaded);
    }

    SearchStatusViewModel status() {
        return status;
    }

    void openSimilar(long id) {
        similar.show(focusedWindow(), id);
    }

    void openDuplicates() {
        duplicates.show(focusedWindow());
    }

    private static Window focusedWindow() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(null);
    }
}
