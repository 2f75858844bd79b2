package org.pothos.ui.detail;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.image.Image;
import org.pothos.library.LabelKind;
import org.pothos.library.MediaItem;
import org.pothos.library.MediaStore;
import org.pothos.ui.common.BackgroundTask;
import org.pothos.ui.common.SerialExecutor;
import org.pothos.ui.common.TaskExecutor;

/**
 * The detail pane for one item: loads it and its preview, and coordinates its parts — the facts of its file
 * ({@link FileFactsViewModel}), its title and description ({@link EditableTextViewModel}), its tags and
 * categories ({@link LabelsViewModel}), its preview ({@link PreviewViewModel}), and its rating and favourite, held
 * here. Edits save as the user goes,
 * one after another in the order made, and can be undone while the item stays shown. Loads for an item no
 * longer shown are dropped.
 * <p>
 * Knows no controls. Every store call and every decode runs on the background executor; results come back
 * through the UI executor, and every public method is to be called from it.
 */
public final class DetailViewModel {

    static final Duration TEXT_QUIET_TIME = Duration.ofMillis(500);
    static final int UNDO_LIMIT = 200;

    private static final long NONE = -1;

    private final MediaStore store;
    /** Store calls run one at a time, so edits reach the store in the order the user made them. */
    private final TaskExecutor storeTasks;

    private final ReadOnlyObjectWrapper<MediaItem> item = new ReadOnlyObjectWrapper<>(this, "item");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final PreviewViewModel preview;
    private final ReadOnlyObjectWrapper<DetailProblem> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final FileFactsViewModel facts = new FileFactsViewModel(Locale.getDefault(Locale.Category.FORMAT));
    private final EditableTextViewModel title;
    private final EditableTextViewModel description;
    private final Map<LabelKind, LabelsViewModel> labels = new EnumMap<>(LabelKind.class);
    private final IntegerProperty rating = new SimpleIntegerProperty(this, "rating");
    private final BooleanProperty favourite = new SimpleBooleanProperty(this, "favourite");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final BooleanBinding showing = item.isNotNull();

    private final EditHistory history = new EditHistory(UNDO_LIMIT);
    /** Each show() gets a number; loads and decodes of an earlier one are dropped when they finish. */
    private final AtomicLong generation = new AtomicLong();
    private long shownId = NONE;
    /** True while stored values are put into the rating and favourite, which must not count as edits. */
    private boolean filling;
    private boolean suggestionsLoaded;
    /**
     * Saves sent during this showing and not yet answered. The item read back after a save is shown only when
     * none is left, so that an older answer never takes back a change the user made since (a chip just added,
     * a star just clicked).
     */
    private int pendingSaves;
    /** An undo is among the pending saves: the answer must also replace what the user can edit. */
    private boolean reloadEditable;
    private Consumer<MediaItem> onItemChanged = changed -> { };
    private LongConsumer beforeLoad = id -> { };

    /**
     * @param background runs store calls and decoding; several threads are fine
     * @param ui         the JavaFX thread in the application, a direct executor in tests
     */
    public DetailViewModel(MediaStore store, PreviewImages previews, Executor background, Executor ui) {
        this.store = store;
        this.preview = new PreviewViewModel(previews, TaskExecutor.of(background, ui));
        this.storeTasks = TaskExecutor.of(new SerialExecutor(background), ui);
        EditTarget target = new EditTarget() {
            @Override
            public MediaItem shown() {
                return item.get();
            }

            @Override
            public void record(Edit edit) {
                DetailViewModel.this.record(edit);
            }
        };
        this.title = new EditableTextViewModel("title", true, store::setTitle, target, TEXT_QUIET_TIME, ui);
        this.description = new EditableTextViewModel("description", false, store::setDescription, target, TEXT_QUIET_TIME, ui);
        for (LabelKind kind : LabelKind.values()) {
            labels.put(kind, new LabelsViewModel(kind, store, target, storeTasks));
        }
        rating.addListener((obs, old, now) -> ratingChanged(old.intValue(), now.intValue()));
        favourite.addListener((obs, old, now) -> favouriteChanged(old, now));
    }

    // ---- what the owner calls ----

    /** Shows an item, loading it in the background; typing not yet saved for the previous one is saved first. */
    public void show(long mediaId) {
        flushTexts();
        if (mediaId != shownId) {
            // Undo stays with the item it was made on: Ctrl+Z never changes a picture that is out of sight.
            history.clear();
            canUndo.set(false);
        }
        long mine = generation.incrementAndGet();
        shownId = mediaId;
        // Saves sent before now answer for an earlier showing: the load below reads what they wrote.
        pendingSaves = 0;
        reloadEditable = false;
        loading.set(true);
        problem.set(null);
        if (!suggestionsLoaded) {
            suggestionsLoaded = true;
            refreshSuggestions();
        }
        // Left out when another item was asked for while this load waited its turn.
        BackgroundTask.wrap("Loading item " + mediaId, () -> generation.get() == mine ? readAfterFiles(mediaId) : Optional.<MediaItem>empty())
                .onSuccess(found -> loaded(mine, found))
                .onFailure(failure -> loadFailed(mine))
                .executeWith(storeTasks);
    }

    /** The item as stored, after the window read a sidecar another program changed since (see {@link #setBeforeLoad}). */
    private Optional<MediaItem> readAfterFiles(long mediaId) {
        beforeLoad.accept(mediaId);
        return store.findById(mediaId);
    }

    /** Shows nothing (no selection); typing not yet saved is saved first. */
    public void clear() {
        flushTexts();
        generation.incrementAndGet();
        shownId = NONE;
        history.clear();
        canUndo.set(false);
        loading.set(false);
        problem.set(null);
        preview.clear();
        item.set(null);
        filling = true;
        try {
            title.load(null, null);
            description.load(null, null);
            rating.set(0);
            favourite.set(false);
            labels.values().forEach(LabelsViewModel::clear);
            facts.show(null);
        } finally {
            filling = false;
        }
    }

    /** Saves typing that is still waiting for its pause; call before the window closes. */
    public void close() {
        flushTexts();
    }

    /**
     * Called on the background thread before an item is read for showing: the window reads a sidecar another
     * program changed since, so the pane shows what the files say now.
     */
    public void setBeforeLoad(LongConsumer beforeLoad) {
        this.beforeLoad = Objects.requireNonNull(beforeLoad);
    }

    /** Called on the UI thread with the item as stored after each saved edit or undo, to refresh its grid tile. */
    public void setOnItemChanged(Consumer<MediaItem> onItemChanged) {
        this.onItemChanged = Objects.requireNonNull(onItemChanged);
    }

    /** Loads the names the add fields suggest again (after an import or an analysis added labels). */
    public void refreshSuggestions() {
        labels.values().forEach(LabelsViewModel::refreshSuggestions);
    }

    // ---- edits ----

    /** Takes back the newest edit of the shown item; typing not yet saved counts as that edit. */
    public void undo() {
        flushTexts();
        Edit edit = history.pop();
        canUndo.set(!history.isEmpty());
        if (edit != null) {
            reloadEditable = true;
            save(edit.mediaId(), edit.revert());
        }
    }

    private void ratingChanged(int before, int after) {
        MediaItem current = item.get();
        if (filling || current == null || before == after) {
            return;
        }
        long id = current.id();
        int stored = Math.max(0, Math.min(5, after));
        record(new Edit(id, () -> store.setRating(id, stored), () -> store.setRating(id, before)));
    }

    private void favouriteChanged(boolean before, boolean after) {
        MediaItem current = item.get();
        if (filling || current == null || before == after) {
            return;
        }
        long id = current.id();
        record(new Edit(id, () -> store.setFavourite(id, after), () -> store.setFavourite(id, before)));
    }

    private void record(Edit edit) {
        history.push(edit);
        canUndo.set(true);
        save(edit.mediaId(), edit.apply());
    }

    /** Runs a store change, then reads the item back so that sources and label spellings show as stored. */
    private void save(long id, Runnable change) {
        long mine = generation.get();
        pendingSaves++;
        BackgroundTask.wrap("Saving an edit of item " + id, () -> {
                    change.run();
                    return store.findById(id);
                })
                .onSuccess(stored -> saved(mine, id, stored))
                .onFailure(failure -> saveFailed(mine, id))
                .executeWith(storeTasks);
    }

    private void saved(long mine, long id, Optional<MediaItem> stored) {
        boolean current = mine == generation.get();
        if (current) {
            pendingSaves--;
        }
        boolean shown = current && id == shownId && item.get() != null && item.get().id() == id;
        if (stored.isEmpty()) {
            if (shown) {
                problem.set(DetailProblem.NOT_FOUND);
            }
            return;
        }
        if (shown && pendingSaves == 0) {
            showItem(stored.get(), reloadEditable);
            reloadEditable = false;
        }
        onItemChanged.accept(stored.get());
    }

    private void saveFailed(long mine, long id) {
        if (mine == generation.get()) {
            pendingSaves--;
        }
        if (id == shownId) {
            // Show what the store really holds rather than the edit that did not arrive: at once the item as last
            // read, then as read again (an edit before the failed one may have arrived).
            MediaItem known = item.get();
            if (known != null && known.id() == id) {
                showItem(known, true);
            }
            show(id);
            problem.set(DetailProblem.SAVE_FAILED);
        }
    }

    private void flushTexts() {
        title.flush();
        description.flush();
    }

    // ---- loading ----

    private void loaded(long mine, Optional<MediaItem> found) {
        if (generation.get() != mine) {
            return;
        }
        loading.set(false);
        if (found.isPresent()) {
            showItem(found.get(), true);
            // Once the item is on screen: showing it clears the preview of the one before.
            preview.load(found.get(), () -> generation.get() == mine);
        } else {
            clear();
            problem.set(DetailProblem.NOT_FOUND);
        }
    }

    private void loadFailed(long mine) {
        if (generation.get() == mine) {
            loading.set(false);
            if (problem.get() != DetailProblem.SAVE_FAILED) {
                problem.set(DetailProblem.LOAD_FAILED);
            }
        }
    }

    /** Puts a stored item on screen; {@code editable} also replaces what the user types and clicks. */
    private void showItem(MediaItem stored, boolean editable) {
        MediaItem before = item.get();
        if (before == null || before.id() != stored.id()) {
            preview.clear();
        }
        item.set(stored);
        filling = true;
        try {
            if (editable) {
                title.load(stored.title(), stored.titleSource());
                description.load(stored.description(), stored.descriptionSource());
                rating.set(stored.rating());
                favourite.set(stored.favourite());
            } else {
                title.showStoredSource(stored.titleSource());
                description.showStoredSource(stored.descriptionSource());
            }
            labels.get(LabelKind.TAG).show(stored.tags());
            labels.get(LabelKind.CATEGORY).show(stored.categories());
            facts.show(stored);
        } finally {
            filling = false;
        }
    }

    // ---- parts and properties ----

    /** The facts of the shown item's file. */
    public FileFactsViewModel facts() {
        return facts;
    }

    public EditableTextViewModel title() {
        return title;
    }

    public EditableTextViewModel description() {
        return description;
    }

    /** The shown item's tags or categories, with their add field. */
    public LabelsViewModel labels(LabelKind kind) {
        return labels.get(kind);
    }

    public ReadOnlyObjectProperty<MediaItem> itemProperty() {
        return item.getReadOnlyProperty();
    }

    /** True once an item is loaded; the view shows its empty state otherwise. */
    public BooleanBinding showingProperty() {
        return showing;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The cached thumbnail while the preview decodes, then the preview; null when neither can be had. */
    public ReadOnlyObjectProperty<Image> previewProperty() {
        return preview.imageProperty();
    }

    public ReadOnlyObjectProperty<DetailProblem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public DetailProblem getProblem() {
        return problem.get();
    }

    /** 0 (none) to 5; setting it saves. */
    public IntegerProperty ratingProperty() {
        return rating;
    }

    public BooleanProperty favouriteProperty() {
        return favourite;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }
}
