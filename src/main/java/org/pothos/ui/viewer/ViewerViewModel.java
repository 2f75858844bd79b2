package org.pothos.ui.viewer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import org.pothos.library.ItemChanges;
import org.pothos.library.ItemValues;
import org.pothos.library.Label;
import org.pothos.library.LabelKind;
import org.pothos.library.LabelNames;
import org.pothos.library.MediaItem;
import org.pothos.library.MediaStore;
import org.pothos.library.Source;
import org.pothos.ui.common.BackgroundTask;
import org.pothos.ui.common.TaskExecutor;
import org.pothos.ui.common.Texts;
import org.pothos.ui.detail.FileFactsViewModel;
import org.pothos.ui.detail.LabelSuggestions;
import org.pothos.ui.detail.PreviewImages;
import org.pothos.ui.edit.ItemEdits;

/**
 * The full-window viewer: one picture at a time over the grid's current order, fitted or at 100 %, with its
 * title, rating, favourite and tags editable from the keyboard and its file facts on demand. The pictures before
 * and after are decoded ahead at screen size, so paging shows them at once.
 * <p>
 * Knows no controls. Store reads and decodes run on the background executor; every public method is called on
 * the UI thread.
 */
public final class ViewerViewModel {

    /** How the picture is sized: fitted into the window, or one picture pixel per screen pixel. */
    public enum Zoom { FIT, ACTUAL }

    /** Screen-size pictures held at once: the one shown, its two neighbours and the one just left. */
    static final int HELD_PICTURES = 4;
    /** Longest edge decoded for 100 %: every pixel of a 40 MP photo; larger ones are shown as sharp as that. */
    public static final int FULL_SIZE_EDGE = 8192;


    private final MediaStore store;
    private final ViewerImages images;
    private final PreviewImages fullSize;
    private final ItemEdits edits;
    private final Texts texts;
    private final TaskExecutor tasks;

    private List<Long> order = List.of();
    private long currentId = -1;
    /** Each page shown gets a number; reads and decodes for an earlier one are dropped. */
    private long generation;

    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ReadOnlyObjectWrapper<MediaItem> item = new ReadOnlyObjectWrapper<>(this, "item");
    private final ReadOnlyObjectWrapper<Image> image = new ReadOnlyObjectWrapper<>(this, "image");
    private final ReadOnlyBooleanWrapper sharp = new ReadOnlyBooleanWrapper(this, "sharp");
    private final ObjectProperty<Zoom> zoom = new SimpleObjectProperty<>(this, "zoom", Zoom.FIT);
    private final BooleanProperty infoShown = new SimpleBooleanProperty(this, "infoShown");
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper(this, "position", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final FileFactsViewModel facts = new FileFactsViewModel(Locale.getDefault(Locale.Category.FORMAT));
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ReadOnlyIntegerWrapper rating = new ReadOnlyIntegerWrapper(this, "rating");
    private final ReadOnlyBooleanWrapper favourite = new ReadOnlyBooleanWrapper(this, "favourite");
    private final ObservableList<Label> tags = FXCollections.observableArrayList();
    private final ObservableList<Label> tagsView = FXCollections.unmodifiableObservableList(tags);
    private final StringProperty newTag = new SimpleStringProperty(this, "newTag", "");
    private final LabelSuggestions tagNames = new LabelSuggestions();
    private volatile Set<String> presentTags = Set.of();
    private LongConsumer onCurrentChanged = id -> { };
    private LongConsumer onShowSimilar = id -> { };

    /**
     * @param images   screen-size decodes, shared with nothing else
     * @param fullSize decodes up to {@link #FULL_SIZE_EDGE} for 100 %, and reads cached thumbnails
     * @param edits    where the viewer's edits go, with the window's other edits (one undo history)
     */
    ViewerViewModel(MediaStore store, ViewerImages images, PreviewImages fullSize, ItemEdits edits, Texts texts,
                    Executor background, Executor ui) {
        this.store = store;
        this.images = images;
        this.fullSize = fullSize;
        this.edits = edits;
        this.texts = texts;
        this.tasks = TaskExecutor.of(background, ui);
        zoom.addListener((obs, old, now) -> {
            if (now == Zoom.ACTUAL) {
                loadFullSize();
            }
        });
    }

    /** A viewer that decodes screen-size pictures with {@code screenSize}, holding {@link #HELD_PICTURES} of them. */
    public static ViewerViewModel create(MediaStore store, PreviewImages screenSize, PreviewImages fullSize, ItemEdits edits,
                                         Texts texts, Executor background, Executor ui) {
        return new ViewerViewModel(store, new ViewerImages(screenSize, HELD_PICTURES, background, ui), fullSize, edits,
                texts, background, ui);
    }

    /** Called with the id of each picture the viewer shows, so the grid can follow (select it, scroll to it). */
    public void setOnCurrentChanged(LongConsumer onCurrentChanged) {
        this.onCurrentChanged = Objects.requireNonNull(onCurrentChanged);
    }

    /** Told to show the pictures similar to the one in view (S, or the button). */
    public void setOnShowSimilar(LongConsumer onShowSimilar) {
        this.onShowSimilar = Objects.requireNonNull(onShowSimilar);
    }

    public void showSimilar() {
        MediaItem shown = item.get();
        if (shown != null) {
            onShowSimilar.accept(shown.id());
        }
    }

    // ---- opening and paging ----

    /**
     * Opens the viewer on {@code id}; previous and next follow {@code order}, the grid's ids in its order, read
     * as it is when paging (a live view is fine: pages the grid loads later are reached too).
     */
    public void open(List<Long> order, long id) {
        this.order = order;
        if (!order.contains(id)) {
            return;
        }
        open.set(true);
        zoom.set(Zoom.FIT);
        refreshTagNames();
        show(id);
    }

    public void close() {
        commitTitle();
        open.set(false);
        generation++;
        currentId = -1;
        images.clear();
        item.set(null);
        image.set(null);
        zoom.set(Zoom.FIT);
        problem.set(null);
    }

    public void next() {
        step(1);
    }

    public void previous() {
        step(-1);
    }

    public void first() {
        if (!order.isEmpty()) {
            show(order.get(0));
        }
    }

    public void last() {
        if (!order.isEmpty()) {
            show(order.get(order.size() - 1));
        }
    }

    private void step(int delta) {
        int index = order.indexOf(currentId);
        int target = index + delta;
        if (index >= 0 && target >= 0 && target < order.size()) {
            show(order.get(target));
        }
    }

    private void show(long id) {
        commitTitle();
        long mine = ++generation;
        currentId = id;
        zoom.set(Zoom.FIT);
        problem.set(null);
        int index = order.indexOf(id);
        position.set(texts.get("viewer.position", index + 1, order.size()));
        Optional<Image> ready = images.image(id);
        image.set(ready.orElse(null));
        sharp.set(ready.isPresent());
        onCurrentChanged.accept(id);
        List<Long> around = new ArrayList<>(List.of(id));
        if (index + 1 < order.size()) {
            around.add(order.get(index + 1));
        }
        if (index > 0) {
            around.add(order.get(index - 1));
        }
        BackgroundTask.wrap("Reading item " + id + " for the viewer",
                        () -> around.stream().map(store::findById).flatMap(Optional::stream).toList())
                .onSuccess(found -> loaded(mine, id, found))
                .onFailure(failure -> {
                    if (mine == generation) {
                        problem.set(texts.get("viewer.loadFailed"));
                    }
                })
                .executeWith(tasks);
    }

    /** Shows the item read (the first of those around it), then asks for their pictures and the thumbnail meanwhile. */
    private void loaded(long mine, long id, List<MediaItem> found) {
        if (mine != generation) {
            return;
        }
        if (found.isEmpty() || found.get(0).id() != id) {
            problem.set(texts.get("viewer.gone"));
            return;
        }
        MediaItem shown = found.get(0);
        showItem(shown, false);
        images.want(found, picture -> pictureReady(mine, picture));
        if (zoom.get() == Zoom.ACTUAL) {
            loadFullSize(); // zoomed in before the page was read
        }
        if (images.image(shown.id()).isEmpty()) {
            BackgroundTask.wrap("Reading the thumbnail of item " + id, () -> fullSize.cachedThumbnail(shown.contentHash()))
                    .onSuccess(thumbnail -> thumbnail.ifPresent(placeholder -> {
                        if (mine == generation && !sharp.get()) {
                            image.set(placeholder);
                        }
                    }))
                    // Only the placeholder is missing: the picture itself is on its way.
                    .onFailure(failure -> { })
                    .executeWith(tasks);
        }
    }

    private void pictureReady(long mine, ViewerImages.DecodedPicture picture) {
        if (mine != generation || picture.id() != currentId) {
            return;
        }
        if (picture.image() == null) {
            problem.set(texts.get("viewer.noPicture", picture.problem()));
        } else if (zoom.get() == Zoom.FIT || !sharp.get()) {
            image.set(picture.image());
            sharp.set(true);
        }
    }

    /** At 100 %, the picture decoded up to its full size replaces the screen-size one when it is ready. */
    private void loadFullSize() {
        MediaItem shown = shown();
        if (shown == null) {
            return;
        }
        long mine = generation;
        BackgroundTask.wrap("Decoding item " + shown.id() + " at full size", () -> fullSize.decode(shown.path()))
                .onSuccess(full -> {
                    if (mine == generation && zoom.get() == Zoom.ACTUAL) {
                        image.set(full);
                        sharp.set(true);
                    }
                })
                // The screen-size picture stays; the log says why the full one could not be had.
                .onFailure(failure -> { })
                .executeWith(tasks);
    }

    /** Puts a stored item on screen; {@code keepTyping} leaves a title being typed alone (a refresh after an edit). */
    private void showItem(MediaItem shown, boolean keepTyping) {
        boolean typing = keepTyping && item.get() != null && !title.get().equals(storedTitle(item.get()));
        item.set(shown);
        facts.show(shown);
        if (!typing) {
            title.set(storedTitle(shown));
        }
        rating.set(shown.rating());
        favourite.set(shown.favourite());
        tags.setAll(shown.tags());
        presentTags = folded(tags);
    }

    // ---- edits ----

    /** After an edit that could not be saved: the values as last read from the store, not as clicked. */
    private void showStored() {
        MediaItem stored = shown();
        if (stored != null) {
            showItem(stored, false);
        }
    }

    /** The item on display once it is loaded; null while the page just turned to is still being read. */
    private MediaItem shown() {
        MediaItem shown = item.get();
        return shown != null && shown.id() == currentId ? shown : null;
    }

    /** Sets the rating, 0 (none) to 5. */
    public void rate(int stars) {
        MediaItem shown = shown();
        if (shown == null || stars < 0 || stars > 5 || stars == rating.get()) {
            return;
        }
        rating.set(stars);
        edits.apply(List.of(shown.id()), ItemChanges.builder().rating(stars).build(), this::showStored);
    }

    public void toggleFavourite() {
        MediaItem shown = shown();
        if (shown == null) {
            return;
        }
        favourite.set(!favourite.get());
        edits.apply(List.of(shown.id()), ItemChanges.builder().favourite(favourite.get()).build(), this::showStored);
    }

    /** Saves the title as typed, when it differs from the stored one. */
    public void commitTitle() {
        MediaItem shown = item.get();
        if (shown == null) {
            return;
        }
        String typed = title.get() == null ? "" : title.get().strip();
        if (!typed.equals(storedTitle(shown))) {
            edits.apply(List.of(shown.id()), ItemChanges.builder().title(typed).build(), this::showStored);
        }
    }

    /** Adds the tag in the tag field as the user's and empties the field. */
    public void addTag() {
        MediaItem shown = shown();
        String name = LabelNames.clean(newTag.get());
        newTag.set("");
        if (shown == null || name.isEmpty() || presentTags.contains(LabelNames.normalise(name))) {
            return;
        }
        tags.add(new Label(name, Source.USER));
        presentTags = folded(tags);
        edits.apply(List.of(shown.id()), ItemChanges.builder().addLabels(LabelKind.TAG, List.of(name)).build(), this::showStored);
    }

    public void removeTag(Label tag) {
        MediaItem shown = shown();
        if (shown == null || !tags.remove(tag)) {
            return;
        }
        presentTags = folded(tags);
        edits.apply(List.of(shown.id()), ItemChanges.builder().removeLabels(LabelKind.TAG, List.of(tag.name())).build(), this::showStored);
    }

    public void undo() {
        edits.undo();
    }

    /**
     * Hears edits stored from anywhere in the window: when one touched the shown picture, reads it again so the
     * viewer shows what is stored (sources, spellings, an undo).
     */
    public void stored(List<ItemValues> values) {
        if (!open.get() || values.stream().noneMatch(v -> v.id() == currentId)) {
            return;
        }
        long mine = generation;
        long id = currentId;
        BackgroundTask.wrap("Reading item " + id + " again after an edit", () -> store.findById(id))
                .onSuccess(fresh -> {
                    if (mine == generation) {
                        fresh.ifPresent(stored -> showItem(stored, true));
                    }
                })
                .onFailure(failure -> {
                    if (mine == generation) {
                        problem.set(texts.get("viewer.loadFailed"));
                    }
                })
                .executeWith(tasks);
    }

    /** Existing tag names for the tag field, without those the picture has. Safe from any thread. */
    public List<String> tagSuggestions(String typed) {
        return tagNames.matching(typed, presentTags);
    }

    private void refreshTagNames() {
        tagNames.reload(store, LabelKind.TAG, tasks);
    }

    private static String storedTitle(MediaItem item) {
        return item.title() == null ? "" : item.title();
    }

    private static Set<String> folded(List<Label> labels) {
        return labels.stream().map(l -> LabelNames.normalise(l.name())).collect(Collectors.toUnmodifiableSet());
    }

    // ---- properties ----

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MediaItem> itemProperty() {
        return item.getReadOnlyProperty();
    }

    /** The picture: the cached thumbnail at first, then the screen-size decode, at 100 % the full-size one. */
    public ReadOnlyObjectProperty<Image> imageProperty() {
        return image.getReadOnlyProperty();
    }

    /** False while only the thumbnail stands in for the picture. */
    public ReadOnlyBooleanProperty sharpProperty() {
        return sharp.getReadOnlyProperty();
    }

    public ObjectProperty<Zoom> zoomProperty() {
        return zoom;
    }

    public void toggleZoom() {
        zoom.set(zoom.get() == Zoom.FIT ? Zoom.ACTUAL : Zoom.FIT);
    }

    /** Whether the file facts (camera, lens, date, size, GPS …) are shown. */
    public BooleanProperty infoShownProperty() {
        return infoShown;
    }

    /** "3 / 40": the picture's place in the grid's order. */
    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** Why the picture cannot be shown, or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public FileFactsViewModel facts() {
        return facts;
    }

    /** The title as typed; {@link #commitTitle()} saves it. */
    public StringProperty titleProperty() {
        return title;
    }

    public ReadOnlyIntegerProperty ratingProperty() {
        return rating.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty favouriteProperty() {
        return favourite.getReadOnlyProperty();
    }

    public ObservableList<Label> tags() {
        return tagsView;
    }

    public StringProperty newTagProperty() {
        return newTag;
    }

    /** The pictures decoded ahead (for tests of what is held). */
    ViewerImages images() {
        return images;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return edits.canUndoProperty();
    }
}
