package org.pothos.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.analysis.AnalysisOptions;
import org.pothos.analysis.ModelAnswer;
import org.pothos.library.Label;
import org.pothos.library.LibraryFixture;
import org.pothos.library.MediaItem;
import org.pothos.library.MediaQuery;
import org.pothos.library.SortOrder;
import org.pothos.persistence.JpaLibrarySettings;
import org.pothos.persistence.JpaReviewStore;
import org.pothos.review.SuggestionField;
import org.pothos.testsupport.TestImages;
import org.pothos.thumbnails.ThumbnailService;
import org.pothos.ui.common.TaskExecutor;
import org.pothos.ui.common.Texts;
import org.pothos.ui.detail.PreviewImages;
import org.pothos.ui.detail.PreviewViewModel;

/** The review's ViewModel without a toolkit, on a real library whose analysis jobs left suggestions. */
class ReviewViewModelTest {

    private static final Executor DIRECT = Runnable::run;
    private static final ModelAnswer ANSWER = new ModelAnswer("Red kite", "A kite.", List.of("kite", "sky"), List.of("Outdoors"));

    @TempDir
    Path temp;

    private LibraryFixture library;
    private ThumbnailService thumbnails;
    private ReviewViewModel review;
    private JpaLibrarySettings settings;
    private final List<Long> askedAgain = new ArrayList<>();
    private final List<MediaItem> changed = new ArrayList<>();
    private List<Long> ids;
    private boolean closed;

    @BeforeEach
    void open() throws Exception {
        library = new LibraryFixture(Files.createDirectories(temp.resolve("library")));
        Path photos = Files.createDirectories(temp.resolve("photos"));
        for (int i = 0; i < 3; i++) {
            TestImages.jpeg(photos, "p" + i + ".jpg", 64 + i, 48);
        }
        library.importPaths(photos);
        ids = library.store.findIds(MediaQuery.all().withSort(SortOrder.NAME));
        for (long id : ids) {
            long job = library.jobs.enqueue(List.of(id), "llava:7b", null, AnalysisOptions.defaults().withReview(true), "b")
                    .created().get(0);
            library.jobs.markRunning(job, null, Instant.now());
            library.jobs.succeed(job, ANSWER, "{}", 100, Instant.now());
        }
        thumbnails = new ThumbnailService(temp.resolve("thumbnails"), 128, ThumbnailService.DEFAULT_MAX_PIXELS, 1);
        settings = new JpaLibrarySettings(library.database);
        review = new ReviewViewModel(new JpaReviewStore(library.database, Clock.systemUTC()), settings,
                new PreviewViewModel(new PreviewImages(thumbnails, PreviewImages.DEFAULT_EDGE), TaskExecutor.currentThread()),
                (id, report) -> askedAgain.add(id), Texts.of(ReviewView.BUNDLE, Locale.ENGLISH), DIRECT, DIRECT);
        review.setOnItemsChanged(changed::addAll);
    }

    @AfterEach
    void close() {
        thumbnails.close();
        if (!closed) {
            library.close();
        }
    }

    @Test
    void theKeyboardsPlaceMovesThroughASuggestionsAndThePicturesFollowOneAnother() {
        review.refresh();
        assertEquals(3, review.pendingCountProperty().get());
        assertEquals(0, review.positionProperty().get());
        long first = review.currentProperty().get().id();
        assertEquals(SuggestionField.TITLE, review.cursorProperty().get().getField());

        review.titleTextProperty().set("A red kite over the hill");
        review.acceptCurrent();                              // the title, as edited
        assertEquals(SuggestionField.DESCRIPTION, review.cursorProperty().get().getField());
        review.moveCursor(1);                                // kite
        review.moveCursor(1);                                // sky
        review.rejectCurrent();
        assertEquals("Outdoors", review.cursorProperty().get().getValue(), "the place moves on to the next suggestion");
        review.acceptAll();                                  // the description, kite and Outdoors

        MediaItem done = library.store.findById(first).orElseThrow();
        assertEquals("A red kite over the hill", done.title());
        assertEquals("you", done.titleSource().toString(), "an edited suggestion is the person's");
        assertEquals(List.of("kite"), done.tags().stream().map(Label::name).toList());
        assertEquals(2, review.pendingCountProperty().get());
        assertTrue(review.currentProperty().get().id() != first, "the next picture took its place");
        assertFalse(changed.isEmpty());

        review.next();
        assertEquals(1, review.positionProperty().get());
        review.next();
        assertEquals(1, review.positionProperty().get(), "the last picture stays");
        review.previous();
        long third = review.currentProperty().get().id();
        review.askAgain();
        assertEquals(List.of(third), askedAgain);
        assertEquals(1, review.pendingCountProperty().get(), "a picture asked again waits for its new answer");
    }

    @Test
    void theGridDecidesForSeveralPicturesAndTheReviewModeIsTheLibrarys() {
        review.refresh();
        review.refreshCount();
        assertFalse(review.reviewModeProperty().get());
        review.reviewModeProperty().set(true);
        assertTrue(settings.reviewMode());

        review.gridModeProperty().set(true);
        ReviewGridViewModel grid = review.grid();
        assertEquals(3, grid.tiles().size());
        grid.select(grid.tiles().get(0), false, false);
        grid.select(grid.tiles().get(2), false, true);
        assertEquals(3, grid.selectedCountProperty().get());
        grid.select(grid.tiles().get(1), true, false);
        grid.acceptSelection();
        assertEquals(1, review.pendingCountProperty().get());
        grid.selectAll();
        grid.rejectSelection();
        assertEquals(0, review.pendingCountProperty().get());
        assertEquals(2, ids.stream().filter(id -> "Red kite".equals(library.store.findById(id).orElseThrow().title())).count());
    }

    @Test
    void aDecisionThatCannotBeSavedSaysWhy() throws Exception {
        review.refresh();
        library.close();
        closed = true;
        review.acceptCurrent();
        assertTrue(review.statusProperty().get().startsWith("Your decision could not be saved"), review.statusProperty().get());
    }
}
