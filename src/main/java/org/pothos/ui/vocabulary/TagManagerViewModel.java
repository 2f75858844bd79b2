package org.pothos.ui.vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pothos.library.LabelKind;
import org.pothos.library.LibrarySettings;
import org.pothos.library.VocabularyMode;
import org.pothos.ui.common.BackgroundTask;
import org.pothos.ui.common.Failures;
import org.pothos.ui.common.SerialExecutor;
import org.pothos.ui.common.TaskExecutor;
import org.pothos.ui.common.Texts;
import org.pothos.vocabulary.DeletedLabel;
import org.pothos.vocabulary.LabelTree;
import org.pothos.vocabulary.VocabularyEntry;
import org.pothos.vocabulary.VocabularyException;
import org.pothos.vocabulary.VocabularyStore;

/**
 * The tag manager: the tags (as a tree) or the categories with their use, and the changes a person makes to
 * them: rename, merge, delete with undo, aliases, the hierarchy, and the library's controlled-vocabulary mode.
 * Changes run in the background, one after another; each reloads the list and tells the window, whose grid and
 * counts follow.
 */
public final class TagManagerViewModel {

    private final VocabularyStore store;
    private final LibrarySettings settings;
    private final Texts texts;
    private final TaskExecutor tasks;
    /** Changes reach the store one after another, in the order made. */
    private final TaskExecutor changes;

    private final ObjectProperty<LabelKind> kind = new SimpleObjectProperty<>(this, "kind", LabelKind.TAG);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObservableList<LabelTree.Node> nodes = FXCollections.observableArrayList();
    private final ObservableList<VocabularyEntry> selected = FXCollections.observableArrayList();
    private final ObjectProperty<VocabularyMode> vocabularyMode = new SimpleObjectProperty<>(this, "vocabularyMode");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final AtomicLong generation = new AtomicLong();
    private List<VocabularyEntry> entries = List.of();
    private List<DeletedLabel> lastDeletion = List.of();
    /** Set while the mode shown is the one read from the library, so showing it does not write it back. */
    private boolean loadingMode;
    private Runnable onChanged = () -> { };

    public TagManagerViewModel(VocabularyStore store, LibrarySettings settings, Texts texts, Executor background, Executor ui) {
        this.store = store;
        this.settings = settings;
        this.texts = texts;
        this.tasks = TaskExecutor.of(background, ui);
        this.changes = TaskExecutor.of(new SerialExecutor(background), ui);
        kind.addListener((obs, old, now) -> refresh());
        filter.addListener((obs, old, now) -> showFiltered());
        vocabularyMode.addListener((obs, old, now) -> {
            if (!loadingMode && now != null) {
                change(() -> settings.setVocabularyMode(now), texts.get("tags.mode.saved"), false);
            }
        });
    }

    /** Called after every change, on the UI thread (the window reloads its grid and counts). */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    /** Reads the labels of the current kind and the library's vocabulary mode. */
    public void start() {
        refresh();
        BackgroundTask.wrap("Reading the vocabulary mode", settings::vocabularyMode)
                .onSuccess(this::showMode)
                .onFailure(failure -> status.set(texts.get("tags.failed", Failures.reason(failure))))
                .executeWith(tasks);
    }

    private void showMode(VocabularyMode mode) {
        loadingMode = true;
        vocabularyMode.set(mode);
        loadingMode = false;
    }

    public void refresh() {
        long mine = generation.incrementAndGet();
        LabelKind shown = kind.get();
        BackgroundTask.wrap("Reading the " + shown.name().toLowerCase(Locale.ROOT) + " vocabulary", () -> store.entries(shown))
                .onSuccess(read -> {
                    if (generation.get() == mine) {
                        entries = read;
                        showFiltered();
                    }
                })
                .onFailure(failure -> status.set(texts.get("tags.failed", Failures.reason(failure))))
                .executeWith(tasks);
    }

    /** The tree of the labels whose name contains the filter text, each with the labels above it. */
    private void showFiltered() {
        String wanted = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            nodes.setAll(LabelTree.build(entries));
            return;
        }
        List<VocabularyEntry> matching = new ArrayList<>();
        for (VocabularyEntry entry : entries) {
            if (entry.name().toLowerCase(Locale.ROOT).contains(wanted)
                    || entry.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(wanted))) {
                matching.add(entry);
                addAncestors(entry, matching);
            }
        }
        nodes.setAll(LabelTree.build(matching.stream().distinct().toList()));
    }

    private void addAncestors(VocabularyEntry entry, List<VocabularyEntry> into) {
        String parent = entry.parent();
        for (int depth = 0; parent != null && depth < 64; depth++) {
            String name = parent;
            VocabularyEntry above = entries.stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
            if (above == null) {
                return;
            }
            into.add(above);
            parent = above.parent();
        }
    }

    // ---- changes ----

    /** Renames the one selected label. */
    public void rename(String newName) {
        VocabularyEntry label = single();
        if (label != null) {
            change(() -> store.rename(kind.get(), label.name(), newName), texts.get("tags.renamed", label.name(), newName.strip()), true);
        }
    }

    /** Merges the selected labels into {@code target} (one of them, or a new name). */
    public void mergeInto(String target) {
        List<String> names = selectedNames();
        if (!names.isEmpty()) {
            change(() -> store.merge(kind.get(), names, target), texts.get("tags.merged", String.join(", ", names), target.strip()),
                    true);
        }
    }

    /** Deletes the selected labels from every picture; {@link #undoDelete()} brings them back. */
    public void deleteSelected() {
        List<String> names = selectedNames();
        if (names.isEmpty()) {
            return;
        }
        LabelKind deleting = kind.get();
        List<DeletedLabel> deleted = new ArrayList<>();
        BackgroundTask.wrap("Deleting " + names.size() + " labels", () -> {
                    for (String name : names) {
                        deleted.add(store.delete(deleting, name));
                    }
                })
                .onSuccess(done -> changed(texts.get("tags.deleted", String.join(", ", names),
                        deleted.stream().mapToInt(DeletedLabel::pictures).sum())))
                .onFailure(failure -> changed(failure(failure)))
                // What was deleted before a failure can be brought back too.
                .onFinished(() -> {
                    lastDeletion = List.copyOf(deleted);
                    canUndo.set(!deleted.isEmpty());
                })
                .executeWith(changes);
    }

    /** Brings back what the last delete took away. */
    public void undoDelete() {
        List<DeletedLabel> deleted = lastDeletion;
        lastDeletion = List.of();
        canUndo.set(false);
        change(() -> {
            for (int i = deleted.size() - 1; i >= 0; i--) {
                store.undoDelete(deleted.get(i).undoId());
            }
        }, texts.get("tags.restored", String.join(", ", deleted.stream().map(DeletedLabel::name).toList())), true);
    }

    /** Makes {@code alias} stand for the selected label. */
    public void addAlias(String alias) {
        VocabularyEntry label = single();
        if (label != null) {
            change(() -> store.addAlias(kind.get(), alias, label.name()), texts.get("tags.aliased", alias.strip(), label.name()), true);
        }
    }

    public void removeAlias(String alias) {
        change(() -> store.removeAlias(kind.get(), alias), texts.get("tags.aliasRemoved", alias), true);
    }

    /** Puts the selected tags under {@code parent}; blank makes them top-level tags. */
    public void setParent(String parent) {
        List<String> names = selectedNames();
        if (names.isEmpty() || kind.get() != LabelKind.TAG) {
            return;
        }
        String above = parent == null || parent.isBlank() ? null : parent.strip();
        change(() -> names.forEach(name -> store.setParent(name, above)),
                above == null ? texts.get("tags.topLevel", String.join(", ", names))
                        : texts.get("tags.parented", String.join(", ", names), above), true);
    }

    /**
     * Makes a change in the background and says {@code done} when it is made, or why not; a change of labels also
     * reloads the list and tells the window.
     */
    private void change(BackgroundTask.VoidWork work, String done, boolean labelsChanged) {
        BackgroundTask.wrap("Changing the vocabulary", work)
                .onSuccess(result -> report(done, labelsChanged))
                .onFailure(failure -> report(failure(failure), labelsChanged))
                .executeWith(changes);
    }

    private void report(String message, boolean labelsChanged) {
        if (labelsChanged) {
            changed(message);
        } else {
            status.set(message);
        }
    }

    private void changed(String message) {
        status.set(message);
        refresh();
        onChanged.run();
    }

    /** A refusal the person can act on is said as it is; anything else names the failure. */
    private String failure(Throwable failure) {
        return failure instanceof VocabularyException ? failure.getMessage() : texts.get("tags.failed", Failures.reason(failure));
    }

    private VocabularyEntry single() {
        return selected.size() == 1 ? selected.get(0) : null;
    }

    private List<String> selectedNames() {
        return selected.stream().map(VocabularyEntry::name).toList();
    }

    // ---- properties ----

    public ObjectProperty<LabelKind> kindProperty() {
        return kind;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** The labels shown, as a tree (categories have no hierarchy, so they are all at the top). */
    public ObservableList<LabelTree.Node> nodes() {
        return nodes;
    }

    /** The labels the person selected; the view keeps it in step with its selection. */
    public ObservableList<VocabularyEntry> selected() {
        return selected;
    }

    public ObjectProperty<VocabularyMode> vocabularyModeProperty() {
        return vocabularyMode;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }
}
