package org.pothos.ui.review;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pothos.library.MediaItem;
import org.pothos.review.ReviewItem;
import org.pothos.review.ReviewSelection;
import org.pothos.review.ReviewStore;
import org.pothos.ui.common.BackgroundTask;
import org.pothos.ui.common.TaskExecutor;

/**
 * The queue of pictures with suggestions as a grid: pick several (click, Ctrl-click, Shift-click, select all)
 * and accept or reject everything waiting on them at once. Tiles load a page at a time.
 */
public final class ReviewGridViewModel {

    /** Tiles read per query: the grid shows the first page while the rest loads. */
    static final int PAGE = 200;

    /** What the grid tells the queue it belongs to. */
    interface Queue {
        /** The pictures were decided for whole and leave the queue. */
        void leave(List<Long> mediaIds);

        /** Decisions about these pictures were saved; they are as stored now. */
        void changed(List<MediaItem> items);

        /** A decision could not be saved. */
        void failed(Throwable failure);

        /** The grid could not be read. */
        void loadFailed(Throwable failure);
    }

    private final ReviewStore store;
    private final TaskExecutor tasks;
    private final TaskExecutor decisions;
    private final Queue queue;
    private final ObservableList<ReviewTileViewModel> tiles = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper selectedCount = new ReadOnlyIntegerWrapper(this, "selectedCount");
    private final AtomicLong generation = new AtomicLong();
    private ReviewTileViewModel anchor;

    /** @param decisions runs decisions one after another, in the order made */
    ReviewGridViewModel(ReviewStore store, TaskExecutor tasks, TaskExecutor decisions, Queue queue) {
        this.store = store;
        this.tasks = tasks;
        this.decisions = decisions;
        this.queue = queue;
    }

    /** Shows the pictures of the queue, a page at a time. */
    void load(List<Long> ids) {
        long mine = generation.incrementAndGet();
        tiles.clear();
        selectionChanged();
        BackgroundTask.wrap("Loading the review grid", () -> {
                    for (int from = 0; from < ids.size() && generation.get() == mine; from += PAGE) {
                        List<ReviewItem> page = store.find(ids.subList(from, Math.min(ids.size(), from + PAGE)));
                        List<ReviewTileViewModel> loaded = page.stream().filter(ReviewItem::hasPending)
                                .map(ReviewTileViewModel::new).toList();
                        tasks.ui().execute(() -> {
                            if (generation.get() == mine) {
                                tiles.addAll(loaded);
                            }
                        });
                    }
                })
                .onFailure(queue::loadFailed)
                .executeWith(tasks);
    }

    /** A click: alone, adding or taking out ({@code toggle}), or everything from the last click ({@code range}). */
    public void select(ReviewTileViewModel tile, boolean toggle, boolean range) {
        if (range && anchor != null && tiles.contains(anchor)) {
            int from = tiles.indexOf(anchor);
            int to = tiles.indexOf(tile);
            for (int i = Math.min(from, to); i <= Math.max(from, to); i++) {
                tiles.get(i).selectedProperty().set(true);
            }
        } else if (toggle) {
            tile.selectedProperty().set(!tile.selectedProperty().get());
            anchor = tile;
        } else {
            tiles.forEach(t -> t.selectedProperty().set(t == tile));
            anchor = tile;
        }
        selectionChanged();
    }

    public void selectAll() {
        tiles.forEach(t -> t.selectedProperty().set(true));
        selectionChanged();
    }

    public void acceptSelection() {
        decideSelection(true);
    }

    public void rejectSelection() {
        decideSelection(false);
    }

    /** Everything waiting on the selected pictures; they leave the grid and the queue at once, the store follows. */
    private void decideSelection(boolean accept) {
        List<ReviewTileViewModel> chosen = tiles.stream().filter(t -> t.selectedProperty().get()).toList();
        if (chosen.isEmpty()) {
            return;
        }
        List<Long> ids = new ArrayList<>(chosen.stream().map(ReviewTileViewModel::getId).toList());
        tiles.removeAll(chosen);
        selectionChanged();
        queue.leave(ids);
        BackgroundTask.wrap("Saving review decisions for " + ids.size() + " pictures", () -> {
                    if (accept) {
                        store.accept(ids, ReviewSelection.everything());
                    } else {
                        store.reject(ids, ReviewSelection.everything());
                    }
                    return store.find(ids).stream().map(ReviewItem::item).toList();
                })
                .onSuccess(queue::changed)
                .onFailure(queue::failed)
                .executeWith(decisions);
    }

    private void selectionChanged() {
        selectedCount.set((int) tiles.stream().filter(t -> t.selectedProperty().get()).count());
    }

    public ObservableList<ReviewTileViewModel> tiles() {
        return tiles;
    }

    public ReadOnlyIntegerProperty selectedCountProperty() {
        return selectedCount.getReadOnlyProperty();
    }
}
