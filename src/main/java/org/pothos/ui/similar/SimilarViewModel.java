package org.pothos.ui.similar;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pothos.embedding.EmbeddingService;
import org.pothos.library.MediaItem;
import org.pothos.library.MediaStore;
import org.pothos.similar.SimilarPictures;
import org.pothos.ui.common.BackgroundTask;
import org.pothos.ui.common.Failures;
import org.pothos.ui.common.TaskExecutor;
import org.pothos.ui.common.Texts;
import org.pothos.ui.library.MediaItemViewModel;

/**
 * The pictures similar to one: those that look alike (perceptual hash, copies and near copies first) and those that
 * mean alike (their words' embeddings), each as a grid, with a sentence when a grid is empty saying why.
 */
public final class SimilarViewModel {

    static final int LIMIT = 48;

    private final SimilarPictures similar;
    private final MediaStore store;
    private final Texts texts;
    private final TaskExecutor tasks;
    private final ObservableList<SimilarTile> lookAlike = FXCollections.observableArrayList();
    private final ObservableList<SimilarTile> sameMeaning = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lookAlikeEmpty = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper sameMeaningEmpty = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private BiConsumer<List<Long>, Long> onOpen = (order, id) -> { };
    private long shownId = -1;

    public SimilarViewModel(SimilarPictures similar, MediaStore store, Texts texts, Executor background, Executor ui) {
        this.similar = similar;
        this.store = store;
        this.texts = texts;
        this.tasks = TaskExecutor.of(background, ui);
    }

    /** Told to open a picture in the viewer, with the grid it came from as the order to page through. */
    public void setOnOpen(BiConsumer<List<Long>, Long> onOpen) {
        this.onOpen = onOpen;
    }

    private record Found(MediaItem source, Optional<List<SimilarPictures.Similar>> look,
                         Optional<List<SimilarPictures.Similar>> meaning) {
    }

    /** Finds the pictures similar to {@code id} in the background. */
    public void show(long id) {
        shownId = id;
        loading.set(true);
        lookAlike.clear();
        sameMeaning.clear();
        lookAlikeEmpty.set(null);
        sameMeaningEmpty.set(null);
        BackgroundTask.wrap("Finding similar pictures", () -> new Found(store.findById(id).orElse(null),
                        similar.byLook(id, LIMIT), similar.byMeaning(id, LIMIT)))
                .onSuccess(found -> {
                    if (shownId == id) {
                        showFound(found);
                    }
                })
                .onFailure(failure -> heading.set(texts.get("similar.failed", Failures.reason(failure))))
                .onFinished(() -> loading.set(false))
                .executeWith(tasks);
    }

    private void showFound(Found found) {
        if (found.source() == null) {
            heading.set(texts.get("similar.gone"));
            return;
        }
        MediaItem source = found.source();
        heading.set(texts.get("similar.heading", source.title() != null ? source.title() : source.fileName()));
        found.look().ifPresentOrElse(list -> {
            lookAlike.setAll(list.stream().map(s -> tile(s, texts.get("similar.bits", (int) s.score()))).toList());
            lookAlikeEmpty.set(list.isEmpty() ? texts.get("similar.look.none") : null);
        }, () -> lookAlikeEmpty.set(texts.get("similar.look.noHash")));
        found.meaning().ifPresentOrElse(list -> {
            sameMeaning.setAll(list.stream().map(s -> tile(s, texts.get("similar.similarity",
                    String.format(Locale.ROOT, "%.2f", s.score())))).toList());
            sameMeaningEmpty.set(list.isEmpty() ? texts.get("similar.meaning.none") : null);
        }, () -> sameMeaningEmpty.set(texts.get("similar.meaning.noEmbedding", EmbeddingService.SUGGESTED_MODEL)));
    }

    private static SimilarTile tile(SimilarPictures.Similar s, String closeness) {
        return new SimilarTile(new MediaItemViewModel(s.item().tile()), s.item(), closeness);
    }

    /** Opens a picture of one of the grids in the viewer; the viewer pages through that grid. */
    public void open(SimilarTile tile) {
        List<SimilarTile> grid = lookAlike.contains(tile) ? lookAlike : sameMeaning;
        onOpen.accept(grid.stream().map(SimilarTile::id).toList(), tile.id());
    }

    public ObservableList<SimilarTile> lookAlike() {
        return lookAlike;
    }

    public ObservableList<SimilarTile> sameMeaning() {
        return sameMeaning;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** Why no picture looks alike; null when some do. */
    public ReadOnlyStringProperty lookAlikeEmptyProperty() {
        return lookAlikeEmpty.getReadOnlyProperty();
    }

    /** Why no picture means alike; null when some do. */
    public ReadOnlyStringProperty sameMeaningEmptyProperty() {
        return sameMeaningEmpty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
