package org.pothos.ui.detail;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.pothos.library.Label;
import org.pothos.library.LabelKind;
import org.pothos.library.LabelNames;
import org.pothos.library.MediaItem;
import org.pothos.library.MediaStore;
import org.pothos.library.Source;
import org.pothos.ui.common.TaskExecutor;

/**
 * The shown item's labels of one kind (tags or categories) as removable chips, the field that adds one, and the
 * existing names that field suggests. Changes on the UI thread, except {@link #suggestions}, which autocompletion
 * asks from its own thread.
 */
public final class LabelsViewModel {

    private final LabelKind kind;
    private final MediaStore store;
    private final EditTarget target;
    private final TaskExecutor storeTasks;
    private final ObservableList<Label> labels = FXCollections.observableArrayList();
    private final ObservableList<Label> labelsView = FXCollections.unmodifiableObservableList(labels);
    private final StringProperty newName = new SimpleStringProperty(this, "newName", "");
    private final LabelSuggestions suggestions = new LabelSuggestions();
    /** Folded names of the shown labels, read by the autocompletion thread. */
    private volatile Set<String> present = Set.of();

    /** @param storeTasks runs store calls in the order given */
    LabelsViewModel(LabelKind kind, MediaStore store, EditTarget target, TaskExecutor storeTasks) {
        this.kind = kind;
        this.store = store;
        this.target = target;
        this.storeTasks = storeTasks;
        labels.addListener((ListChangeListener<Label>) change -> present = labels.stream()
                .map(label -> LabelNames.normalise(label.name())).collect(Collectors.toUnmodifiableSet()));
    }

    /** Shows the labels as stored. */
    void show(List<Label> stored) {
        labels.setAll(stored);
    }

    /** Shows none and empties the add field. */
    void clear() {
        labels.clear();
        newName.set("");
    }

    /** Adds the name in the add field to the shown item as the user's, and empties the field. */
    public void add() {
        String name = LabelNames.clean(newName.get());
        newName.set("");
        MediaItem current = target.shown();
        if (current == null || name.isEmpty()) {
            return;
        }
        String key = LabelNames.normalise(name);
        if (labels.stream().anyMatch(label -> LabelNames.normalise(label.name()).equals(key))) {
            // Already there: the store would keep the link as it is, and undo must not remove it.
            return;
        }
        labels.add(new Label(name, Source.USER));
        long id = current.id();
        target.record(new Edit(id, () -> store.addLabels(id, kind, List.of(name), Source.USER),
                () -> store.removeLabel(id, kind, name)));
        if (!suggestions.names().contains(name)) {
            refreshSuggestions();
        }
    }

    public void remove(Label label) {
        MediaItem current = target.shown();
        if (current == null || !labels.remove(label)) {
            return;
        }
        long id = current.id();
        String name = label.name();
        Source source = label.source();
        // Undo puts the label back with the source it had, so a model's label does not turn into the user's.
        target.record(new Edit(id, () -> store.removeLabel(id, kind, name),
                () -> store.addLabels(id, kind, List.of(name), source)));
    }

    /** Existing names for the add field, best first, without those the item already has. Safe from any thread. */
    public List<String> suggestions(String typed) {
        return suggestions.matching(typed, present);
    }

    /** Loads the names the add field suggests again. */
    void refreshSuggestions() {
        suggestions.reload(store, kind, storeTasks);
    }

    public LabelKind kind() {
        return kind;
    }

    /** The shown item's labels of this kind, as stored, with those just added or removed. */
    public ObservableList<Label> items() {
        return labelsView;
    }

    /** The text of the add field; {@link #add()} adds it and empties it. */
    public StringProperty newNameProperty() {
        return newName;
    }
}
