package org.pothos.ui.detail;

import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import org.pothos.library.Availability;
import org.pothos.library.Label;
import org.pothos.library.LabelCount;
import org.pothos.library.LabelKind;
import org.pothos.library.LabelNames;
import org.pothos.library.MediaItem;
import org.pothos.library.MediaStore;
import org.pothos.library.Source;
import org.pothos.ui.common.SerialExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the detail pane for one item: its preview, editable title, description, tags, categories, rating
 * and favourite, and the facts of its file. Edits save as the user goes, one after another in the order made,
 * and can be undone while the item stays shown. Loads for an item no longer shown are dropped.
 * <p>
 * Knows no controls. Every store call and every decode runs on the background executor; results come back
 * through the UI executor, and every public method is to be called from it.
 */
public final class DetailViewModel {

    static final Duration TEXT_QUIET_TIME = Duration.ofMillis(500);
    static final int UNDO_LIMIT = 200;

    private static final Logger LOG = LoggerFactory.getLogger(DetailViewModel.class);
    private static final long NONE = -1;

    private final MediaStore store;
    private final PreviewImages previews;
    private final Executor decoding;
    /** Store calls run one at a time, so edits reach the store in the order the user made them. */
    private final Executor storeCalls;
    private final Executor ui;
    private final Locale locale = Locale.getDefault(Locale.Category.FORMAT);

    private final ReadOnlyObjectWrapper<MediaItem> item = new ReadOnlyObjectWrapper<>(this, "item");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyObjectWrapper<Image> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyObjectWrapper<DetailProblem> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final EditableText title;
    private final EditableText description;
    private final IntegerProperty rating = new SimpleIntegerProperty(this, "rating");
    private final BooleanProperty favourite = new SimpleBooleanProperty(this, "favourite");
    private final ObservableList<Label> tags = FXCollections.observableArrayList();
    private final ObservableList<Label> categories = FXCollections.observableArrayList();
    private final StringProperty newTag = new SimpleStringProperty(this, "newTag", "");
    private final StringProperty newCategory = new SimpleStringProperty(this, "newCategory", "");
    private final Map<LabelKind, LabelSuggestions> suggestions = new EnumMap<>(LabelKind.class);
    /** Folded names of the shown item's labels, read by the autocompletion thread. */
    private volatile Set<String> presentTags = Set.of();
    private volatile Set<String> presentCategories = Set.of();

    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper(this, "fileName", "");
    private final ReadOnlyStringWrapper camera = new ReadOnlyStringWrapper(this, "camera", "");
    private final ReadOnlyStringWrapper lens = new ReadOnlyStringWrapper(this, "lens", "");
    private final ReadOnlyStringWrapper takenAt = new ReadOnlyStringWrapper(this, "takenAt", "");
    private final ReadOnlyStringWrapper fileSize = new ReadOnlyStringWrapper(this, "fileSize", "");
    private final ReadOnlyStringWrapper dimensions = new ReadOnlyStringWrapper(this, "dimensions", "");
    private final ReadOnlyStringWrapper format = new ReadOnlyStringWrapper(this, "format", "");
    private final ReadOnlyStringWrapper gps = new ReadOnlyStringWrapper(this, "gps", "");
    private final ReadOnlyStringWrapper path = new ReadOnlyStringWrapper(this, "path", "");
    private final ReadOnlyBooleanWrapper missing = new ReadOnlyBooleanWrapper(this, "missing");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final BooleanBinding showing = item.isNotNull();

    private final EditHistory history = new EditHistory(UNDO_LIMIT);
    /** Each show() gets a number; loads and decodes of an earlier one are dropped when they finish. */
    private final AtomicLong generation = new AtomicLong();
    private long shownId = NONE;
    /** True while values from the store are put into the properties, which must not count as edits. */
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

    /**
     * @param background runs store calls and decoding; several threads are fine
     * @param ui         the JavaFX thread in the application, a direct executor in tests
     */
    public DetailViewModel(MediaStore store, PreviewImages previews, Executor background, Executor ui) {
        this.store = store;
        this.previews = previews;
        this.decoding = background;
        this.storeCalls = new SerialExecutor(background);
        this.ui = ui;
        this.title = new EditableText("title", true, store::setTitle);
        this.description = new EditableText("description", false, store::setDescription);
        suggestions.put(LabelKind.TAG, new LabelSuggestions());
        suggestions.put(LabelKind.CATEGORY, new LabelSuggestions());
        tags.addListener((ListChangeListener<Label>) change -> presentTags = folded(tags));
        categories.addListener((ListChangeListener<Label>) change -> presentCategories = folded(categories));
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
        storeCalls.execute(() -> {
            if (generation.get() != mine) {
                return;
            }
            Optional<MediaItem> found;
            try {
                found = store.findById(mediaId);
            } catch (RuntimeException e) {
                LOG.warn("Loading item {} failed", mediaId, e);
                ui.execute(() -> loadFailed(mine));
                return;
            }
            ui.execute(() -> loaded(mine, found));
            found.ifPresent(loadedItem -> loadPreview(loadedItem, mine));
        });
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
        preview.set(null);
        item.set(null);
        filling = true;
        try {
            title.load(null, null);
            description.load(null, null);
            rating.set(0);
            favourite.set(false);
            tags.clear();
            categories.clear();
            newTag.set("");
            newCategory.set("");
            showFacts(null);
        } finally {
            filling = false;
        }
    }

    /** Saves typing that is still waiting for its pause; call before the window closes. */
    public void close() {
        flushTexts();
    }

    /** Called on the UI thread with the item as stored after each saved edit or undo, to refresh its grid tile. */
    public void setOnItemChanged(Consumer<MediaItem> onItemChanged) {
        this.onItemChanged = Objects.requireNonNull(onItemChanged);
    }

    /** Loads the names the add fields suggest again (after an import or an analysis added labels). */
    public void refreshSuggestions() {
        refreshSuggestions(LabelKind.TAG);
        refreshSuggestions(LabelKind.CATEGORY);
    }

    // ---- edits ----

    /** Saves the title now (Enter, focus leaving the field) instead of after the typing pause. */
    public void commitTitle() {
        title.commit();
    }

    public void commitDescription() {
        description.commit();
    }

    public void addTag() {
        addLabel(LabelKind.TAG, newTag);
    }

    public void addCategory() {
        addLabel(LabelKind.CATEGORY, newCategory);
    }

    public void removeLabel(LabelKind kind, Label label) {
        MediaItem current = item.get();
        if (current == null || !labels(kind).remove(label)) {
            return;
        }
        long id = current.id();
        String name = label.name();
        Source source = label.source();
        // Undo puts the label back with the source it had, so a model's label does not turn into the user's.
        record(new Edit(id, () -> store.removeLabel(id, kind, name),
                () -> store.addLabels(id, kind, List.of(name), source)));
    }

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

    /**
     * Existing names for an add field, best first, without those the item already has. Safe from any thread:
     * autocompletion asks from its own.
     */
    public List<String> suggestions(LabelKind kind, String typed) {
        return suggestions.get(kind).matching(typed, kind == LabelKind.TAG ? presentTags : presentCategories);
    }

    private void addLabel(LabelKind kind, StringProperty input) {
        String name = LabelNames.clean(input.get());
        input.set("");
        MediaItem current = item.get();
        if (current == null || name.isEmpty()) {
            return;
        }
        ObservableList<Label> list = labels(kind);
        String key = LabelNames.normalise(name);
        if (list.stream().anyMatch(label -> LabelNames.normalise(label.name()).equals(key))) {
            // Already there: the store would keep the link as it is, and undo must not remove it.
            return;
        }
        list.add(new Label(name, Source.USER));
        long id = current.id();
        record(new Edit(id, () -> store.addLabels(id, kind, List.of(name), Source.USER),
                () -> store.removeLabel(id, kind, name)));
        if (!suggestions.get(kind).names().contains(name)) {
            refreshSuggestions(kind);
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
        storeCalls.execute(() -> {
            Optional<MediaItem> stored;
            try {
                change.run();
                stored = store.findById(id);
            } catch (RuntimeException e) {
                LOG.warn("Saving an edit of item {} failed", id, e);
                ui.execute(() -> saveFailed(mine, id));
                return;
            }
            ui.execute(() -> saved(mine, id, stored));
        });
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
            // Show what the store really holds rather than the edit that did not arrive.
            show(id);
            problem.set(DetailProblem.SAVE_FAILED);
        }
    }

    private void flushTexts() {
        title.saver.flush();
        description.saver.flush();
    }

    // ---- loading ----

    private void loaded(long mine, Optional<MediaItem> found) {
        if (generation.get() != mine) {
            return;
        }
        loading.set(false);
        if (found.isPresent()) {
            showItem(found.get(), true);
        } else {
            clear();
            problem.set(DetailProblem.NOT_FOUND);
        }
    }

    private void loadFailed(long mine) {
        if (generation.get() == mine) {
            loading.set(false);
            problem.set(DetailProblem.LOAD_FAILED);
        }
    }

    /** First the cached thumbnail, at once, then the preview decoded at screen size, which replaces it. */
    private void loadPreview(MediaItem shown, long mine) {
        decoding.execute(() -> {
            if (generation.get() != mine) {
                return;
            }
            previews.cachedThumbnail(shown.contentHash()).ifPresent(thumbnail -> ui.execute(() -> showPreview(mine, thumbnail)));
            if (generation.get() != mine) {
                return;
            }
            try {
                Image decoded = previews.decode(shown.path());
                ui.execute(() -> showPreview(mine, decoded));
            } catch (NoSuchFileException e) {
                LOG.debug("No preview for item {}: file not found", shown.id());
            } catch (Exception | OutOfMemoryError e) {
                // Files come from anywhere; the thumbnail, if any, stays, and the facts still show.
                LOG.info("No preview for item {}: {}", shown.id(), e.toString());
            }
        });
    }

    private void showPreview(long mine, Image image) {
        if (generation.get() == mine) {
            preview.set(image);
        }
    }

    /** Puts a stored item on screen; {@code editable} also replaces what the user types and clicks. */
    private void showItem(MediaItem stored, boolean editable) {
        MediaItem before = item.get();
        if (before == null || before.id() != stored.id()) {
            preview.set(null);
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
                title.source.set(stored.titleSource());
                description.source.set(stored.descriptionSource());
            }
            tags.setAll(stored.tags());
            categories.setAll(stored.categories());
            showFacts(stored);
        } finally {
            filling = false;
        }
    }

    private void showFacts(MediaItem shown) {
        fileName.set(shown == null ? "" : shown.fileName());
        camera.set(shown == null ? "" : Facts.camera(shown));
        lens.set(shown == null ? "" : Facts.lens(shown));
        takenAt.set(shown == null ? "" : Facts.takenAt(shown, locale));
        fileSize.set(shown == null ? "" : Facts.fileSize(shown.sizeBytes(), locale));
        dimensions.set(shown == null ? "" : Facts.dimensions(shown, locale));
        format.set(shown == null ? "" : Facts.format(shown));
        gps.set(shown == null ? "" : Facts.gps(shown));
        path.set(shown == null ? "" : Facts.path(shown));
        missing.set(shown != null && shown.availability() == Availability.MISSING);
    }

    private void refreshSuggestions(LabelKind kind) {
        storeCalls.execute(() -> {
            List<LabelCount> counts;
            try {
                counts = store.labelCounts(kind);
            } catch (RuntimeException e) {
                LOG.warn("Loading {} names failed", kind, e);
                return;
            }
            ui.execute(() -> suggestions.get(kind).replace(counts));
        });
    }

    private ObservableList<Label> labels(LabelKind kind) {
        return kind == LabelKind.TAG ? tags : categories;
    }

    private static Set<String> folded(List<Label> labels) {
        return labels.stream().map(label -> LabelNames.normalise(label.name())).collect(Collectors.toUnmodifiableSet());
    }

    /** How the store keeps text: blank is none, outer white space is dropped. */
    private static String normalise(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Writes one text field of an item to the store. */
    @FunctionalInterface
    private interface TextWriter {
        void write(long mediaId, String text, Source source);
    }

    /**
     * A text the user edits in place (title, description): saved after a pause in typing or on request,
     * remembering what the store holds so that an unchanged text is not saved again and undo can restore it.
     */
    private final class EditableText {

        final StringProperty text;
        final ReadOnlyObjectWrapper<Source> source;
        final Debouncer saver;
        private final TextWriter writer;
        private final boolean singleLine;
        private String saved;
        private Source savedSource;

        /** @param singleLine line breaks (pasted text) become spaces, as a title is one line */
        EditableText(String name, boolean singleLine, TextWriter writer) {
            this.text = new SimpleStringProperty(DetailViewModel.this, name, "");
            this.source = new ReadOnlyObjectWrapper<>(DetailViewModel.this, name + "Source");
            this.writer = writer;
            this.singleLine = singleLine;
            this.saver = new Debouncer(TEXT_QUIET_TIME, ui, this::commit);
            text.addListener((obs, old, now) -> {
                if (!filling && item.get() != null) {
                    saver.touch();
                }
            });
        }

        void load(String value, Source valueSource) {
            saver.cancel();
            text.set(value == null ? "" : value);
            saved = normalise(value);
            savedSource = saved == null ? null : valueSource;
            source.set(savedSource);
        }

        void commit() {
            saver.cancel();
            MediaItem current = item.get();
            String typed = text.get();
            String now = normalise(singleLine && typed != null ? typed.replaceAll("\\s*\\R\\s*", " ") : typed);
            if (current == null || Objects.equals(now, saved)) {
                return;
            }
            long id = current.id();
            String before = saved;
            Source beforeSource = savedSource == null ? Source.USER : savedSource;
            saved = now;
            savedSource = now == null ? null : Source.USER;
            source.set(savedSource);
            record(new Edit(id, () -> writer.write(id, now, Source.USER), () -> writer.write(id, before, beforeSource)));
        }
    }

    // ---- properties ----

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
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DetailProblem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public DetailProblem getProblem() {
        return problem.get();
    }

    public StringProperty titleProperty() {
        return title.text;
    }

    /** Who wrote the title as stored: {@link Source#USER} or a model; null when there is none. */
    public ReadOnlyObjectProperty<Source> titleSourceProperty() {
        return title.source.getReadOnlyProperty();
    }

    public Source getTitleSource() {
        return title.source.get();
    }

    public StringProperty descriptionProperty() {
        return description.text;
    }

    public ReadOnlyObjectProperty<Source> descriptionSourceProperty() {
        return description.source.getReadOnlyProperty();
    }

    public Source getDescriptionSource() {
        return description.source.get();
    }

    /** 0 (none) to 5; setting it saves. */
    public IntegerProperty ratingProperty() {
        return rating;
    }

    public BooleanProperty favouriteProperty() {
        return favourite;
    }

    public ObservableList<Label> tags() {
        return FXCollections.unmodifiableObservableList(tags);
    }

    public ObservableList<Label> categories() {
        return FXCollections.unmodifiableObservableList(categories);
    }

    /** The text of the add-tag field; {@link #addTag()} adds it and empties it. */
    public StringProperty newTagProperty() {
        return newTag;
    }

    public StringProperty newCategoryProperty() {
        return newCategory;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty cameraProperty() {
        return camera.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lensProperty() {
        return lens.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty takenAtProperty() {
        return takenAt.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fileSizeProperty() {
        return fileSize.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dimensionsProperty() {
        return dimensions.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formatProperty() {
        return format.getReadOnlyProperty();
    }

    /** Latitude and longitude with five decimals (about a metre), empty when the picture has no position. */
    public ReadOnlyStringProperty gpsProperty() {
        return gps.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pathProperty() {
        return path.getReadOnlyProperty();
    }

    /** The file was not found at its path on the last import or rescan. */
    public ReadOnlyBooleanProperty missingProperty() {
        return missing.getReadOnlyProperty();
    }
}
