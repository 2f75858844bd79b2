package org.pothos.ui.selection;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pothos.library.ItemChanges;
import org.pothos.library.LabelKind;
import org.pothos.library.LabelNames;
import org.pothos.library.MediaStore;
import org.pothos.library.SelectionSummary;
import org.pothos.ui.common.BackgroundTask;
import org.pothos.ui.common.SerialExecutor;
import org.pothos.ui.common.TaskExecutor;
import org.pothos.ui.detail.LabelSuggestions;
import org.pothos.ui.edit.ItemEdits;

/**
 * The detail pane while several pictures are selected: how many, the tags and categories they share and those only
 * some carry, and changes for all of them — a label added or removed, a rating, the favourite mark, a title or a
 * description on request. Each change is one {@link ItemEdits} edit: it runs in the background in chunks with its
 * progress, and one undo takes it back whole. What the pictures have in common is read again after each.
 * <p>
 * Knows no controls; every method is called on the UI thread.
 */
public final class SelectionEditorViewModel {

    private final MediaStore store;
    private final ItemEdits edits;
    /** Summaries are read one at a time; one asked for before an older one ran makes that one unnecessary. */
    private final TaskExecutor reads;
    private final AtomicLong generation = new AtomicLong();
    private List<Long> ids = List.of();

    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final Map<LabelKind, ObservableList<LabelShare>> labels = new EnumMap<>(LabelKind.class);
    private final Map<LabelKind, StringProperty> newNames = new EnumMap<>(LabelKind.class);
    /** The library's names each add field suggests, read when the editor opens. */
    private final Map<LabelKind, LabelSuggestions> names = new EnumMap<>(LabelKind.class);
    /**
     * Folded names every selected picture carries, which the add fields need not suggest; replaced whole, since the
     * completion reads it from its own thread.
     */
    private volatile Map<LabelKind, Set<String>> carriedByAll = Map.of();
    private final IntegerProperty rating = new SimpleIntegerProperty(this, "rating");
    private final ReadOnlyBooleanWrapper ratingMixed = new ReadOnlyBooleanWrapper(this, "ratingMixed");
    private final BooleanProperty favourite = new SimpleBooleanProperty(this, "favourite");
    private final ReadOnlyIntegerWrapper favourites = new ReadOnlyIntegerWrapper(this, "favourites");
    private final TextForAll title;
    private final TextForAll description;
    /** True while a summary is put into the rating and favourite, which must not count as edits. */
    private boolean filling;

    public SelectionEditorViewModel(MediaStore store, ItemEdits edits, Executor background, Executor ui) {
        this.store = store;
        this.edits = edits;
        this.reads = TaskExecutor.of(new SerialExecutor(background), ui);
        for (LabelKind kind : LabelKind.values()) {
            labels.put(kind, FXCollections.observableArrayList());
            newNames.put(kind, new SimpleStringProperty(this, "new" + kind, ""));
            names.put(kind, new LabelSuggestions());
        }
        this.title = new TextForAll(text -> apply(ItemChanges.builder().title(text)));
        this.description = new TextForAll(text -> apply(ItemChanges.builder().description(text)));
        rating.addListener((obs, old, now) -> {
            if (!filling) {
                apply(ItemChanges.builder().rating(Math.max(0, Math.min(5, now.intValue()))));
            }
        });
        favourite.addListener((obs, old, now) -> {
            if (!filling) {
                apply(ItemChanges.builder().favourite(now));
            }
        });
    }

    /** Edits these pictures (the grid's selection); fewer than two leave the single picture to the detail pane. */
    public void show(List<Long> selected) {
        ids = List.copyOf(selected);
        boolean several = ids.size() > 1;
        count.set(ids.size());
        boolean opening = several && !active.get();
        if (opening) {
            title.cancel();
            description.cancel();
        }
        active.set(several);
        if (several) {
            refresh();
            if (opening) {
                loadNames();
            }
        } else {
            generation.incrementAndGet();
            loading.set(false);
            labels.values().forEach(ObservableList::clear);
        }
    }

    /** Reads again what the selected pictures have in common (after an edit stored, from here or elsewhere). */
    public void refresh() {
        if (!active.get()) {
            return;
        }
        long mine = generation.incrementAndGet();
        List<Long> chosen = ids;
        loading.set(true);
        BackgroundTask.wrap("Summing up " + chosen.size() + " selected items",
                        () -> generation.get() == mine ? store.summarize(chosen) : null)
                .onSuccess(summary -> {
                    if (summary != null && generation.get() == mine) {
                        loading.set(false);
                        showSummary(summary);
                    }
                })
                .onFailure(failure -> {
                    if (generation.get() == mine) {
                        loading.set(false);
                    }
                })
                .executeWith(reads);
    }

    private void showSummary(SelectionSummary summary) {
        int of = summary.items();
        Map<LabelKind, Set<String>> shared = new EnumMap<>(LabelKind.class);
        for (LabelKind kind : LabelKind.values()) {
            labels.get(kind).setAll(summary.labels(kind).stream().map(l -> new LabelShare(l.name(), l.count(), of)).toList());
            shared.put(kind, labels.get(kind).stream().filter(LabelShare::shared)
                    .map(l -> LabelNames.normalise(l.name())).collect(Collectors.toUnmodifiableSet()));
        }
        carriedByAll = Map.copyOf(shared);
        filling = true;
        try {
            rating.set(summary.rating() == null ? 0 : summary.rating());
            ratingMixed.set(summary.rating() == null);
            favourites.set(summary.favourites());
            favourite.set(of > 0 && summary.favourites() == of);
        } finally {
            filling = false;
        }
    }

    /**
     * Existing names of {@code kind} for its add field as the user types, most used first, without those every
     * selected picture already carries (one only some carry is offered: adding gives it to all). Safe from any thread.
     */
    public List<String> suggestions(LabelKind kind, String typed) {
        return names.get(kind).matching(typed, carriedByAll.getOrDefault(kind, Set.of()));
    }

    private void loadNames() {
        names.forEach((kind, suggestions) -> suggestions.reload(store, kind, reads));
    }

    // ---- changes for all ----

    /** Adds the name typed in the add field of {@code kind} to every selected picture. */
    public void addTyped(LabelKind kind) {
        String name = newNames.get(kind).get();
        newNames.get(kind).set("");
        addToAll(kind, name);
    }

    public void addToAll(LabelKind kind, String name) {
        if (name != null && !name.isBlank()) {
            apply(ItemChanges.builder().addLabels(kind, List.of(name.strip())));
        }
    }

    public void removeFromAll(LabelKind kind, String name) {
        apply(ItemChanges.builder().removeLabels(kind, List.of(name)));
    }

    private void apply(ItemChanges.Builder change) {
        if (active.get()) {
            edits.apply(ids, change.build(), this::refresh);
        }
    }

    /** Takes back the newest change, however many pictures it touched. */
    public void undo() {
        edits.undo();
    }

    /** Stops the running change between chunks; what it did stays, and one undo takes it back. */
    public void cancel() {
        edits.cancel();
    }

    // ---- state ----

    /** True while two or more pictures are selected: the pane edits them together. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** True while what the pictures share is read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The labels of {@code kind} any selected picture carries, those all carry first. */
    public ObservableList<LabelShare> labels(LabelKind kind) {
        return labels.get(kind);
    }

    /** What the add field of {@code kind} holds. */
    public StringProperty newNameProperty(LabelKind kind) {
        return newNames.get(kind);
    }

    /** The rating all selected pictures share (0 when they differ); setting it rates them all. */
    public IntegerProperty ratingProperty() {
        return rating;
    }

    /** True when the selected pictures have different ratings. */
    public ReadOnlyBooleanProperty ratingMixedProperty() {
        return ratingMixed.getReadOnlyProperty();
    }

    /** True when all are favourites; setting it marks or unmarks them all. */
    public BooleanProperty favouriteProperty() {
        return favourite;
    }

    /** How many of the selected pictures are favourites. */
    public ReadOnlyIntegerProperty favouritesProperty() {
        return favourites.getReadOnlyProperty();
    }

    /** A title for all of them, written only on request. */
    public TextForAll title() {
        return title;
    }

    /** A description for all of them, written only on request. */
    public TextForAll description() {
        return description;
    }

    /** True while a change or an undo runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return edits.busyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return edits.progressProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return edits.canUndoProperty();
    }

    /** Why the last change failed, in the user's language; null when it did not. */
    public ReadOnlyStringProperty errorProperty() {
        return edits.errorProperty();
    }
}
