package org.pothos.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.analysis.AnalysisOptions;
import org.pothos.analysis.ModelAnswer;
import org.pothos.analysis.PromptHints;
import org.pothos.library.LabelKind;
import org.pothos.library.MediaItem;
import org.pothos.library.Source;
import org.pothos.library.VocabularyMode;
import org.pothos.review.ReviewItem;
import org.pothos.review.ReviewResult;
import org.pothos.review.ReviewSelection;
import org.pothos.review.Suggestion;
import org.pothos.review.SuggestionField;

/** Review mode, the person's decisions and a strict vocabulary, as analysis results are applied to a real library. */
class ReviewStoreTest {

    private static final Source MODEL = Source.ai(LibraryRows.MODEL);
    private static final ModelAnswer DOG = new ModelAnswer("Dog on a beach", "A brown dog runs along the sea.",
            List.of("dog", "beach", "sea"), List.of("Animals"));

    @TempDir
    Path dataDir;

    private LibraryRows rows;

    @BeforeEach
    void open() {
        rows = new LibraryRows(dataDir);
    }

    @AfterEach
    void close() {
        rows.close();
    }

    private static ReviewSelection tag(String name) {
        return new ReviewSelection(List.of(name), List.of(), false, false, false);
    }

    @Test
    void inReviewModeTheAnswerArrivesAsSuggestions() {
        long a = rows.item();
        rows.media.addLabels(a, LabelKind.TAG, List.of("Sea"), Source.USER);
        rows.settings.setReviewMode(true);
        rows.analyse(a, DOG);

        MediaItem item = rows.get(a);
        assertNull(item.title(), "nothing is applied");
        assertEquals(List.of("Sea"), rows.tagNames(a));
        assertTrue(item.analysedAt() != null);
        ReviewItem review = rows.review.find(a).orElseThrow();
        assertEquals(List.of(new Suggestion(SuggestionField.TITLE, "Dog on a beach", MODEL),
                new Suggestion(SuggestionField.DESCRIPTION, "A brown dog runs along the sea.", MODEL),
                new Suggestion(SuggestionField.TAG, "dog", MODEL), new Suggestion(SuggestionField.TAG, "beach", MODEL),
                new Suggestion(SuggestionField.CATEGORY, "Animals", MODEL)), review.suggested(),
                "the tag the picture already has is not suggested");
        assertEquals(1, rows.review.pendingCount());
        assertEquals(List.of(a), rows.review.pendingIds());
    }

    @Test
    void analyseWithReviewSuggestsEvenWhenTheLibraryAppliesDirectly() {
        long a = rows.item();
        rows.analyse(a, AnalysisOptions.defaults().withReview(true), DOG);
        assertEquals(List.of(), rows.tagNames(a));
        assertEquals(6, rows.review.find(a).orElseThrow().suggested().size());
    }

    @Test
    void acceptingAppliesWithTheModelAsSourceAndALaterAnalysisKeepsIt() {
        long a = rows.item();
        rows.settings.setReviewMode(true);
        rows.analyse(a, DOG);

        ReviewResult accepted = rows.review.accept(List.of(a), new ReviewSelection(List.of("Dog"), List.of(), true, false, false));
        assertEquals(2, accepted.changed());
        MediaItem item = rows.get(a);
        assertEquals("Dog on a beach", item.title());
        assertEquals(MODEL, item.titleSource());
        assertEquals(List.of("dog"), rows.tagNames(a));
        assertEquals(MODEL, item.tags().get(0).source());
        assertEquals(List.of("beach", "sea"), rows.review.find(a).orElseThrow().suggested(SuggestionField.TAG).stream()
                .map(Suggestion::value).toList());

        rows.settings.setReviewMode(false);
        rows.analyse(a, new ModelAnswer("Another title", "Another text.", List.of("sand"), List.of("Nature")));
        item = rows.get(a);
        assertEquals("Dog on a beach", item.title(), "the accepted title stays");
        assertEquals("Another text.", item.description());
        assertEquals(List.of("dog", "sand"), rows.tagNames(a), "the accepted tag stays; the new answer's tags join it");
        assertTrue(rows.review.find(a).orElseThrow().suggested().isEmpty(), "an applied answer supersedes the suggestions");
    }

    @Test
    void aRejectedTagIsNotAddedAgainByALaterAnalysis() {
        long a = rows.item();
        rows.settings.setReviewMode(true);
        rows.analyse(a, DOG);
        assertEquals(1, rows.review.reject(List.of(a), tag("beach")).changed());
        rows.review.accept(List.of(a), ReviewSelection.everything());
        assertEquals(List.of("dog", "sea"), rows.tagNames(a));
        assertEquals(0, rows.review.pendingCount());

        rows.analyse(a, DOG);
        assertEquals(List.of(), rows.review.find(a).orElseThrow().suggested(SuggestionField.TAG),
                "in review mode: neither the rejected nor the accepted tags are suggested again");
        rows.settings.setReviewMode(false);
        rows.analyse(a, new ModelAnswer(null, null, List.of("Beaches", "sky"), List.of()));
        assertEquals(List.of("dog", "sea", "sky"), rows.tagNames(a), "applied directly: the rejected tag stays out");

        assertEquals(List.of(new Suggestion(SuggestionField.TAG, "beach", MODEL)),
                rows.review.find(a).orElseThrow().rejected());
        long other = rows.item();
        rows.analyse(other, DOG);
        assertTrue(rows.tagNames(other).contains("beach"), "a rejection holds for its picture only");
    }

    @Test
    void aModelsAppliedTagCanBeRejectedAndStaysAway() {
        long a = rows.item();
        rows.media.addLabels(a, LabelKind.TAG, List.of("mine"), Source.USER);
        rows.analyse(a, DOG);
        ReviewResult rejected = rows.review.reject(List.of(a), new ReviewSelection(List.of("sea", "mine", "nothing"), List.of(),
                false, false, false));
        assertEquals(1, rejected.changed());
        assertEquals(2, rejected.notFound().size(), "the person's own tag and an unknown one: " + rejected.notFound());
        assertEquals(List.of("beach", "dog", "mine"), rows.tagNames(a));
        rows.analyse(a, DOG);
        assertEquals(List.of("beach", "dog", "mine"), rows.tagNames(a));
    }

    @Test
    void rejectionsAndAStrictVocabularyReachThePrompt() {
        long a = rows.item();
        rows.media.addLabels(rows.item(), LabelKind.CATEGORY, List.of("Animals", "Travel"), Source.USER);
        rows.settings.setReviewMode(true);
        rows.analyse(a, DOG);
        rows.review.reject(List.of(a), new ReviewSelection(List.of("sea"), List.of("Animals"), true, false, false));
        rows.settings.setVocabularyMode(VocabularyMode.STRICT);

        PromptHints hints = new JpaPromptHints(rows.db, java.time.Clock.systemUTC()).forItem(a);
        assertEquals(List.of("sea"), hints.rejectedTags());
        assertEquals(List.of("Animals"), hints.rejectedCategories());
        assertEquals("Dog on a beach", hints.rejectedTitle());
        assertNull(hints.rejectedDescription());
        assertTrue(hints.strict());
        assertEquals(List.of("Animals", "Travel"), hints.preferredCategories());
        assertEquals(List.of("Animals", "Travel"), hints.allowedCategories(), "a short list becomes the schema's enum");
    }

    @Test
    void aStrictVocabularyMapsToKnownNamesDropsTheRestAndRecordsThemOnTheJob() {
        long known = rows.item();
        rows.media.addLabels(known, LabelKind.TAG, List.of("sunset", "t-shirt", "dog"), Source.USER);
        rows.media.addLabels(known, LabelKind.CATEGORY, List.of("Nature"), Source.USER);
        rows.vocabulary.addAlias(LabelKind.TAG, "puppy", "dog");
        rows.settings.setVocabularyMode(VocabularyMode.STRICT);

        long a = rows.item();
        long job = rows.analyse(a, new ModelAnswer(null, null, List.of("Sun-sets", "T Shirt", "puppies", "spaceship"),
                List.of("nature", "Robots")));

        assertEquals(List.of("dog", "sunset", "t-shirt"), rows.tagNames(a));
        assertEquals(List.of("Nature"), rows.labels(a, LabelKind.CATEGORY));
        assertEquals("not in the vocabulary, dropped: tags spaceship; categories Robots",
                rows.jobs.find(job).orElseThrow().droppedLabels());

        rows.settings.setVocabularyMode(VocabularyMode.PREFER);
        long b = rows.item();
        long kept = rows.analyse(b, new ModelAnswer(null, null, List.of("spaceship"), List.of()));
        assertEquals(List.of("spaceship"), rows.tagNames(b), "preferring the vocabulary still keeps new labels");
        assertNull(rows.jobs.find(kept).orElseThrow().droppedLabels());
    }

    @Test
    void anEditedTitleBecomesThePersonsAndAcceptingASelectionCoversEveryPicture() {
        long a = rows.item();
        long b = rows.item();
        rows.settings.setReviewMode(true);
        rows.analyse(a, DOG);
        rows.analyse(b, DOG);
        rows.review.acceptEdited(a, SuggestionField.TITLE, "Rex at the seaside");
        assertEquals(Source.USER, rows.get(a).titleSource());
        assertEquals("Rex at the seaside", rows.get(a).title());

        ReviewResult all = rows.review.accept(List.of(a, b), ReviewSelection.everything());
        assertEquals(5 + 6, all.changed(), "the rest of the first picture's suggestions, all of the second's");
        assertEquals("Rex at the seaside", rows.get(a).title());
        assertEquals("Dog on a beach", rows.get(b).title());
        assertEquals(0, rows.review.pendingCount());
    }
}
