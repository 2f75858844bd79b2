package org.pothos.ui.search;

import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.pothos.embedding.EmbeddingService;
import org.pothos.embedding.EmbeddingStatus;
import org.pothos.search.IndexStatus;
import org.pothos.search.SearchIndex;
import org.pothos.search.SearchResults;
import org.pothos.ui.common.Coalescer;
import org.pothos.ui.common.Texts;

/**
 * What search is doing, for the window: the background work it needs (building the search index, embedding pictures
 * for search by meaning) with its progress and a way to stop it, and a line under the search field saying how the
 * results are ranked, and how to get search by meaning when it is missing.
 */
public final class SearchStatusViewModel {

    private final SearchIndex index;
    private final EmbeddingService embeddings;
    private final Texts texts;
    private final ReadOnlyObjectWrapper<IndexStatus> indexStatus;
    private final ReadOnlyObjectWrapper<EmbeddingStatus> embeddingStatus;
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper();
    private final ReadOnlyDoubleWrapper activityProgress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyBooleanWrapper activityShown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canStop = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canResume = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper indexReady = new ReadOnlyBooleanWrapper();
    private final StringBinding hint;

    /**
     * @param ranking        how the grid's current results are ranked (null when it shows no search with words)
     * @param meaningMissing whether those results wanted a ranking by meaning and could not have one
     */
    public SearchStatusViewModel(SearchIndex index, EmbeddingService embeddings, ReadOnlyObjectProperty<SearchResults.Ranking> ranking,
                                 ReadOnlyBooleanProperty meaningMissing, Texts texts, Executor ui) {
        this.index = index;
        this.embeddings = embeddings;
        this.texts = texts;
        this.indexStatus = new ReadOnlyObjectWrapper<>(index.status());
        this.embeddingStatus = new ReadOnlyObjectWrapper<>(embeddings.status());
        Coalescer<IndexStatus> indexUpdates = new Coalescer<>(ui, indexStatus::set);
        Coalescer<EmbeddingStatus> embeddingUpdates = new Coalescer<>(ui, embeddingStatus::set);
        index.addStatusListener(indexUpdates::offer);
        embeddings.addStatusListener(embeddingUpdates::offer);
        indexStatus.addListener((obs, old, now) -> showActivity());
        embeddingStatus.addListener((obs, old, now) -> showActivity());
        this.hint = Bindings.createStringBinding(() -> hint(ranking.get(), meaningMissing.get()), ranking, meaningMissing,
                embeddingStatus);
        showActivity();
    }

    /** The index's rebuild comes first (searching waits for it); otherwise embedding, with its progress. */
    private void showActivity() {
        IndexStatus building = indexStatus.get();
        EmbeddingStatus embedding = embeddingStatus.get();
        if (building.state() == IndexStatus.State.REBUILDING) {
            show(texts.get("search.indexing", building.done(), building.total()), fraction(building.done(), building.total()));
        } else if (embedding.state() == EmbeddingStatus.State.RUNNING && embedding.total() > 0) {
            show(texts.get("search.embedding", embedding.done(), embedding.total()), fraction(embedding.done(), embedding.total()));
        } else if (embedding.state() == EmbeddingStatus.State.CANCELLED) {
            show(texts.get("search.embeddingStopped"), 0);
        } else {
            activityShown.set(false);
        }
        indexReady.set(building.ready());
        canStop.set(building.state() != IndexStatus.State.REBUILDING && embedding.state() == EmbeddingStatus.State.RUNNING);
        canResume.set(embedding.state() == EmbeddingStatus.State.CANCELLED);
    }

    private void show(String text, double progress) {
        activity.set(text);
        activityProgress.set(progress);
        activityShown.set(true);
    }

    private static double fraction(long done, long total) {
        return total <= 0 ? -1 : (double) done / total;
    }

    private String hint(SearchResults.Ranking current, boolean withoutMeaning) {
        EmbeddingStatus embedding = embeddingStatus.get();
        if (current == null) {
            return null;
        }
        return switch (current) {
            case UNRANKED -> texts.get("search.hint.unranked");
            case WORDS_AND_MEANING -> texts.get("search.hint.meaning");
            case WORDS -> !withoutMeaning ? texts.get("search.hint.words")
                    : embedding.state() == EmbeddingStatus.State.NO_MODEL
                    ? texts.get("search.hint.noModel", EmbeddingService.SUGGESTED_MODEL)
                    : texts.get("search.hint.paused");
        };
    }

    /** Stops embedding until {@link #resume()} or the next start. */
    public void stop() {
        embeddings.cancel();
    }

    public void resume() {
        embeddings.resume();
    }

    /** Starts the index and embedding in the background (after the window's first page: nothing here is urgent). */
    public void startBackgroundWork() {
        index.start();
        embeddings.start();
    }

    /** Whether the search index answers (results shown before it did are unranked and worth asking again). */
    public ReadOnlyBooleanProperty indexReadyProperty() {
        return indexReady.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }

    /** 0 to 1, or -1 when the amount of work is not known. */
    public ReadOnlyDoubleProperty activityProgressProperty() {
        return activityProgress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty activityShownProperty() {
        return activityShown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canStopProperty() {
        return canStop.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canResumeProperty() {
        return canResume.getReadOnlyProperty();
    }

    /** A line under the search field while searching: how the results are ranked, or how to get search by meaning. */
    public StringBinding hintProperty() {
        return hint;
    }
}
