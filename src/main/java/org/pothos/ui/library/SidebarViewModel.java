package org.pothos.ui.library;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.pothos.library.LabelCount;
import org.pothos.library.LabelKind;
import org.pothos.library.MediaQuery;
import org.pothos.library.MediaStore;
import org.pothos.ui.common.BackgroundTask;
import org.pothos.ui.common.Failures;
import org.pothos.ui.common.TaskExecutor;
import org.pothos.vocabulary.LabelTree;
import org.pothos.vocabulary.VocabularyStore;

/**
 * What the sidebar selects: a fixed view (all, unanalysed, …), tags that must all match, one
 * category, and search text; together they make the grid's query. Tag and category counts are
 * loaded in the background.
 */
public final class SidebarViewModel {

    private final MediaStore store;
    private final VocabularyStore vocabulary;
    private final TaskExecutor tasks;

    private final ObjectProperty<LibraryFilter> filter = new SimpleObjectProperty<>(LibraryFilter.ALL);
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObservableSet<String> selectedTags = FXCollections.observableSet();
    private final ObjectProperty<String> selectedCategory = new SimpleObjectProperty<>();
    /** The tags as a tree (each under its parent), with the pictures of each and of its family. */
    private final ObservableList<LabelTree.Node> tags = FXCollections.observableArrayList();
    private final ObservableList<LabelCount> categories = FXCollections.observableArrayList();
    private final ObjectBinding<MediaQuery> query;
    /** Whether the review of the model's suggestions shows instead of the grid. */
    private final BooleanProperty reviewing = new SimpleBooleanProperty(this, "reviewing");
    /** Pictures with suggestions waiting for review. */
    private final IntegerProperty toReview = new SimpleIntegerProperty(this, "toReview");
    private final AtomicLong countsGeneration = new AtomicLong();
    private final ReadOnlyStringWrapper countsProblem = new ReadOnlyStringWrapper(this, "countsProblem");

    public SidebarViewModel(MediaStore store, VocabularyStore vocabulary, Executor background, Executor ui) {
        this.store = store;
        this.vocabulary = vocabulary;
        this.tasks = TaskExecutor.of(background, ui);
        this.query = Bindings.createObjectBinding(this::buildQuery, filter, searchText, selectedTags, selectedCategory);
        // Any change of what the grid shows is a wish to see the grid.
        query.addListener((obs, old, now) -> reviewing.set(false));
    }

    private MediaQuery buildQuery() {
        MediaQuery base = MediaQuery.builder()
                .tags(List.copyOf(selectedTags))
                .category(selectedCategory.get())
                .text(searchText.get())
                .build();
        return filter.get().applyTo(base);
    }

    /** Reloads tag and category counts (after an import, an analysis or an edit); on failure the old ones stay. */
    public void refreshCounts() {
        long mine = countsGeneration.incrementAndGet();
        // Labels no picture carries (a parent made ahead, an alias's target) would filter to nothing.
        BackgroundTask.wrap("Counting tags and categories", () -> new Counts(LabelTree.build(vocabulary.entries(LabelKind.TAG)
                        .stream().filter(entry -> entry.totalCount() > 0).toList()), store.labelCounts(LabelKind.CATEGORY)))
                .onSuccess(counts -> {
                    if (countsGeneration.get() == mine) {
                        tags.setAll(counts.tags());
                        categories.setAll(counts.categories());
                        countsProblem.set(null);
                    }
                })
                .onFailure(failure -> {
                    if (countsGeneration.get() == mine) {
                        countsProblem.set(Failures.reason(failure));
                    }
                })
                .executeWith(tasks);
    }

    /** The tag tree and the category counts, read together. */
    private record Counts(List<LabelTree.Node> tags, List<LabelCount> categories) {
    }

    /** Adds a tag to the filter, or takes it out if it is in: several tags combine with AND. */
    public void toggleTag(String name) {
        if (!selectedTags.remove(name)) {
            selectedTags.add(name);
        }
    }

    /** Selects a category, or clears it when it is the selected one. */
    public void toggleCategory(String name) {
        selectedCategory.set(name == null || name.equals(selectedCategory.get()) ? null : name);
    }

    /** Shows the grid again (a click on a fixed view that is already chosen). */
    public void showLibrary() {
        reviewing.set(false);
    }

    /** Back to the whole library. */
    public void clear() {
        selectedTags.clear();
        selectedCategory.set(null);
        searchText.set("");
        filter.set(LibraryFilter.ALL);
    }

    /** Shows the review instead of the grid; choosing a filter, a tag or a category goes back to the grid. */
    public BooleanProperty reviewingProperty() {
        return reviewing;
    }

    public IntegerProperty toReviewProperty() {
        return toReview;
    }

    public ObjectBinding<MediaQuery> queryProperty() {
        return query;
    }

    public ObjectProperty<LibraryFilter> filterProperty() {
        return filter;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObservableSet<String> selectedTags() {
        return selectedTags;
    }

    public ObjectProperty<String> selectedCategoryProperty() {
        return selectedCategory;
    }

    public ObservableList<LabelTree.Node> tags() {
        return tags;
    }

    public ObservableList<LabelCount> categories() {
        return categories;
    }

    /** Why the counts could not be loaded the last time; null when they were. */
    public ReadOnlyStringProperty countsProblemProperty() {
        return countsProblem.getReadOnlyProperty();
    }
}
