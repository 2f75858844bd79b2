package org.pothos.ui.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pothos.library.LibrarySettings;
import org.pothos.library.MediaItem;
import org.pothos.review.ReviewItem;
import org.pothos.review.ReviewSelection;
import org.pothos.review.ReviewStore;
import org.pothos.review.Suggestion;
import org.pothos.review.SuggestionField;
import org.pothos.ui.common.BackgroundTask;
import org.pothos.ui.common.Failures;
import org.pothos.ui.common.SerialExecutor;
import org.pothos.ui.common.TaskExecutor;
import org.pothos.ui.common.Texts;
import org.pothos.ui.detail.PreviewViewModel;

/**
 * The review of a model's suggestions, one picture at a time: the queue of pictures with suggestions waiting,
 * the picture shown with its suggestions, and a keyboard place among them. A decision shows at once and is
 * saved in the background, in the order made; a picture with nothing left waiting leaves the queue and the
 * next one takes its place, so a person can go through hundreds with a few keys. The grid of the same queue
 * is {@link ReviewGridViewModel}.
 */
public final class ReviewViewModel {

    /** Asks the model again about a picture (with what was rejected), reporting a sentence on the UI thread. */
    @FunctionalInterface
    public interface AskAgain {
        void ask(long mediaId, Consumer<String> report);
    }

    private final ReviewStore store;
    private final LibrarySettings settings;
    private final PreviewViewModel preview;
    private final AskAgain askAgain;
    private final Texts texts;
    private final TaskExecutor tasks;
    /** Decisions reach the store in the order they were made. */
    private final TaskExecutor decisions;
    private final ReviewGridViewModel grid;

    private final List<Long> queue = new ArrayList<>();
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(this, "position", -1);
    private final ReadOnlyIntegerWrapper pendingCount = new ReadOnlyIntegerWrapper(this, "pendingCount");
    private final ReadOnlyObjectWrapper<ReviewItem> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ObservableList<SuggestionViewModel> suggestions = FXCollections.observableArrayList();
    private final ObservableList<Suggestion> rejected = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SuggestionViewModel> cursor = new ReadOnlyObjectWrapper<>(this, "cursor");
    private final StringProperty titleText = new SimpleStringProperty(this, "titleText", "");
    private final StringProperty descriptionText = new SimpleStringProperty(this, "descriptionText", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final BooleanProperty gridMode = new SimpleBooleanProperty(this, "gridMode");
    /** The library's review mode: new answers arrive as suggestions. */
    private final BooleanProperty reviewMode = new SimpleBooleanProperty(this, "reviewMode");
    /** Set while the mode shown is the one read from the library, so showing it does not write it back. */
    private boolean loadingMode;
    /** Each read of the queue, and each load of a picture, gets a number; an answer for an older one is dropped. */
    private final AtomicLong queueGeneration = new AtomicLong();
    private final AtomicLong itemGeneration = new AtomicLong();
    private Consumer<List<MediaItem>> onItemsChanged = items -> { };

    /**
     * @param background runs reads and, one after another, decisions
     * @param ui         the JavaFX thread
     */
    public ReviewViewModel(ReviewStore store, LibrarySettings settings, PreviewViewModel preview, AskAgain askAgain, Texts texts,
                           Executor background, Executor ui) {
        this.store = store;
        this.settings = settings;
        this.preview = preview;
        this.askAgain = askAgain;
        this.texts = texts;
        this.tasks = TaskExecutor.of(background, ui);
        this.decisions = TaskExecutor.of(new SerialExecutor(background), ui);
        this.grid = new ReviewGridViewModel(store, tasks, decisions, new ReviewGridViewModel.Queue() {
            @Override
            public void leave(List<Long> mediaIds) {
                removeFromQueue(mediaIds);
            }

            @Override
            public void changed(List<MediaItem> items) {
                onItemsChanged.accept(items);
            }

            @Override
            public void failed(Throwable failure) {
                saveFailed(failure);
            }

            @Override
            public void loadFailed(Throwable failure) {
                status.set(texts.get("review.loadFailed", Failures.reason(failure)));
            }
        });
        reviewMode.addListener((obs, old, now) -> {
            if (!loadingMode) {
                saveReviewMode(now);
            }
        });
        gridMode.addListener((obs, old, now) -> {
            if (now) {
                grid.load(List.copyOf(queue));
            }
        });
    }

    /** Hears, on the UI thread, the pictures whose values a decision changed, as they are stored now. */
    public void setOnItemsChanged(Consumer<List<MediaItem>> onItemsChanged) {
        this.onItemsChanged = onItemsChanged;
    }

    // ---- the queue ----

    /** Reads the queue again, keeping the picture on display when it still waits. */
    public void refresh() {
        reload(true);
    }

    /** @param sayFailure whether a failure to read is shown (not when it would hide why a decision failed) */
    private void reload(boolean sayFailure) {
        long mine = queueGeneration.incrementAndGet();
        Long shown = current.get() == null ? null : current.get().id();
        BackgroundTask.wrap("Reading the pictures to review", store::pendingIds)
                .onSuccess(ids -> {
                    if (queueGeneration.get() != mine) {
                        return;
                    }
                    queue.clear();
                    queue.addAll(ids);
                    pendingCount.set(ids.size());
                    int index = shown == null ? 0 : Math.max(0, queue.indexOf(shown));
                    show(queue.isEmpty() ? -1 : Math.min(index, queue.size() - 1));
                    if (gridMode.get()) {
                        grid.load(List.copyOf(queue));
                    }
                })
                .onFailure(failure -> {
                    if (sayFailure) {
                        status.set(texts.get("review.loadFailed", Failures.reason(failure)));
                    }
                })
                .executeWith(tasks);
    }

    /** What the sidebar shows of the review: the pictures waiting, and whether the library reviews new answers. */
    private record Summary(long pending, boolean reviewMode) {
    }

    /** Only the number waiting (for the sidebar) and the library's review mode, without touching the picture on display. */
    public void refreshCount() {
        BackgroundTask.wrap("Counting the pictures to review", () -> new Summary(store.pendingCount(), settings.reviewMode()))
                .onSuccess(summary -> {
                    pendingCount.set((int) summary.pending());
                    showReviewMode(summary.reviewMode());
                })
                .onFailure(failure -> status.set(texts.get("review.loadFailed", Failures.reason(failure))))
                .executeWith(tasks);
    }

    /** Saves the library's review mode; on failure the box shows the stored mode again and says why. */
    private void saveReviewMode(boolean on) {
        BackgroundTask.wrap("Saving the review mode", () -> settings.setReviewMode(on))
                .onFailure(failure -> {
                    showReviewMode(!on);
                    saveFailed(failure);
                })
                .executeWith(decisions);
    }

    private void showReviewMode(boolean on) {
        loadingMode = true;
        reviewMode.set(on);
        loadingMode = false;
    }

    public void next() {
        if (position.get() + 1 < queue.size()) {
            show(position.get() + 1);
        }
    }

    public void previous() {
        if (position.get() > 0) {
            show(position.get() - 1);
        }
    }

    /** Shows a picture of the queue (from the grid). */
    public void open(long mediaId) {
        int index = queue.indexOf(mediaId);
        if (index >= 0) {
            gridMode.set(false);
            show(index);
        }
    }

    private void show(int index) {
        long mine = itemGeneration.incrementAndGet();
        position.set(index);
        if (index < 0) {
            setCurrent(null);
            return;
        }
        long id = queue.get(index);
        BackgroundTask.wrap("Reading a picture to review", () -> store.find(id).orElse(null))
                .onSuccess(item -> {
                    if (itemGeneration.get() == mine) {
                        setCurrent(item);
                    }
                })
                .onFailure(failure -> {
                    if (itemGeneration.get() == mine) {
                        setCurrent(null);
                        status.set(texts.get("review.loadFailed", Failures.reason(failure)));
                    }
                })
                .executeWith(tasks);
    }

    private void setCurrent(ReviewItem item) {
        current.set(item);
        suggestions.setAll(item == null ? List.of() : item.suggested().stream().map(SuggestionViewModel::new).toList());
        rejected.setAll(item == null ? List.of() : item.rejected());
        titleText.set(text(item, SuggestionField.TITLE));
        descriptionText.set(text(item, SuggestionField.DESCRIPTION));
        moveCursorTo(suggestions.isEmpty() ? null : suggestions.get(0));
        if (item == null) {
            preview.clear();
        } else {
            preview.load(item.item(), () -> current.get() != null && current.get().id() == item.id());
        }
    }

    private static String text(ReviewItem item, SuggestionField field) {
        return item == null ? "" : item.suggested(field).stream().findFirst().map(Suggestion::value).orElse("");
    }

    // ---- the keyboard's place ----

    /** Moves the keyboard's place to the next ({@code +1}) or previous ({@code -1}) suggestion of the picture. */
    public void moveCursor(int step) {
        if (suggestions.isEmpty()) {
            return;
        }
        int index = suggestions.indexOf(cursor.get());
        moveCursorTo(suggestions.get(Math.floorMod(index + step, suggestions.size())));
    }

    private void moveCursorTo(SuggestionViewModel target) {
        if (cursor.get() != null) {
            cursor.get().setCurrent(false);
        }
        cursor.set(target);
        if (target != null) {
            target.setCurrent(true);
        }
    }

    // ---- decisions ----

    /** Accepts the suggestion at the keyboard's place. */
    public void acceptCurrent() {
        if (cursor.get() != null) {
            accept(cursor.get());
        }
    }

    public void rejectCurrent() {
        if (cursor.get() != null) {
            reject(cursor.get());
        }
    }

    /** Accepts one suggestion; a title or description is taken as the person left it in its field. */
    public void accept(SuggestionViewModel suggestion) {
        ReviewItem item = current.get();
        if (item == null) {
            return;
        }
        String edited = switch (suggestion.getField()) {
            case TITLE -> titleText.get();
            case DESCRIPTION -> descriptionText.get();
            default -> null;
        };
        boolean wasEdited = edited != null && !Objects.equals(edited.strip(), suggestion.getValue());
        decide(item, List.of(suggestion), () -> {
            if (wasEdited) {
                store.acceptEdited(item.id(), suggestion.getField(), edited);
            } else {
                store.accept(List.of(item.id()), ReviewSelection.of(suggestion.suggestion()));
            }
        });
    }

    public void reject(SuggestionViewModel suggestion) {
        ReviewItem item = current.get();
        if (item != null) {
            rejected.add(suggestion.suggestion());
            decide(item, List.of(suggestion), () -> store.reject(List.of(item.id()), ReviewSelection.of(suggestion.suggestion())));
        }
    }

    /** Accepts the suggested title or description as it stands in its field. */
    public void acceptText(SuggestionField field) {
        suggestionOf(field).ifPresent(this::accept);
    }

    public void rejectText(SuggestionField field) {
        suggestionOf(field).ifPresent(this::reject);
    }

    private java.util.Optional<SuggestionViewModel> suggestionOf(SuggestionField field) {
        return suggestions.stream().filter(s -> s.getField() == field).findFirst();
    }

    /** Accepts everything waiting on the picture (texts as edited) and moves on. */
    public void acceptAll() {
        ReviewItem item = current.get();
        if (item == null) {
            return;
        }
        for (SuggestionViewModel text : List.copyOf(suggestions)) {
            if (!text.getField().isLabel()) {
                accept(text);
            }
        }
        if (current.get() == item) {
            decide(item, List.copyOf(suggestions), () -> store.accept(List.of(item.id()), ReviewSelection.everything()));
        }
    }

    /** Rejects everything waiting on the picture and moves on. */
    public void rejectAll() {
        ReviewItem item = current.get();
        if (item != null) {
            suggestions.forEach(s -> rejected.add(s.suggestion()));
            decide(item, List.copyOf(suggestions), () -> store.reject(List.of(item.id()), ReviewSelection.everything()));
        }
    }

    /**
     * Asks the model again about the picture: the prompt names what was rejected, and what was accepted stays.
     * The picture leaves the queue until the new suggestions arrive.
     */
    public void askAgain() {
        ReviewItem item = current.get();
        if (item == null) {
            return;
        }
        askAgain.ask(item.id(), status::set);
        leave(item.id());
    }

    /**
     * Shows the decision at once: the suggestions leave the picture, the keyboard's place moves to the next one,
     * and a picture with nothing left leaves the queue. The store is written in the background; a failure
     * reads the queue again, so what shows is what is stored.
     */
    private void decide(ReviewItem item, List<SuggestionViewModel> decided, Runnable save) {
        if (decided.isEmpty()) {
            return;
        }
        int index = suggestions.indexOf(decided.get(0));
        suggestions.removeAll(decided);
        decided.forEach(s -> s.setCurrent(false));
        if (suggestions.isEmpty()) {
            leave(item.id());
        } else {
            moveCursorTo(suggestions.get(Math.min(Math.max(index, 0), suggestions.size() - 1)));
        }
        BackgroundTask.wrap("Saving a review decision", () -> {
                    save.run();
                    return store.find(List.of(item.id())).stream().map(ReviewItem::item).toList();
                })
                .onSuccess(onItemsChanged)
                .onFailure(this::saveFailed)
                .executeWith(decisions);
    }

    /** A decision that could not be saved: say why, and read the queue again so that what shows is what is stored. */
    private void saveFailed(Throwable failure) {
        status.set(texts.get("review.failed", Failures.reason(failure)));
        reload(false);
    }

    /** Takes a picture out of the queue and shows the one that took its place. */
    private void leave(long mediaId) {
        int index = queue.indexOf(mediaId);
        if (index < 0) {
            return;
        }
        queue.remove(index);
        pendingCount.set(queue.size());
        show(queue.isEmpty() ? -1 : Math.min(index, queue.size() - 1));
    }

    /** The grid decided for whole pictures: they leave the queue. */
    private void removeFromQueue(List<Long> mediaIds) {
        Long shown = current.get() == null ? null : current.get().id();
        queue.removeAll(mediaIds);
        pendingCount.set(queue.size());
        int index = shown == null ? 0 : queue.indexOf(shown);
        show(queue.isEmpty() ? -1 : Math.max(0, Math.min(index < 0 ? position.get() : index, queue.size() - 1)));
    }

    // ---- properties ----

    public ReviewGridViewModel grid() {
        return grid;
    }

    /** The place of the picture on display in the queue, from 0; -1 when nothing waits. */
    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** Pictures with suggestions waiting. */
    public ReadOnlyIntegerProperty pendingCountProperty() {
        return pendingCount.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ReviewItem> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** What waits on the picture on display: title, description, tags, categories, in that order. */
    public ObservableList<SuggestionViewModel> suggestions() {
        return suggestions;
    }

    /** What the person turned down for this picture before; never suggested again. */
    public ObservableList<Suggestion> rejected() {
        return rejected;
    }

    public ReadOnlyObjectProperty<SuggestionViewModel> cursorProperty() {
        return cursor.getReadOnlyProperty();
    }

    /** The suggested title, as the person may edit it before accepting. */
    public StringProperty titleTextProperty() {
        return titleText;
    }

    public StringProperty descriptionTextProperty() {
        return descriptionText;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The library's review mode (new answers wait here as suggestions); a change is saved in the library at once. */
    public BooleanProperty reviewModeProperty() {
        return reviewMode;
    }

    public BooleanProperty gridModeProperty() {
        return gridMode;
    }

    public PreviewViewModel preview() {
        return preview;
    }
}
