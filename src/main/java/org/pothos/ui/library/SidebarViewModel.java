package org.pothos.ui.library;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
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

/**
 * What the sidebar selects: a fixed view (all, unanalysed, …), tags that must all match, one
 * category, and search text; together they make the grid's query. Tag and category counts are
 * loaded in the background.
 */
public final class SidebarViewModel {

    private final MediaStore store;
    private final TaskExecutor tasks;

    private final ObjectProperty<LibraryFilter> filter = new SimpleObjectProperty<>(LibraryFilter.ALL);
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObservableSet<String> selectedTags = FXCollections.observableSet();
    private final ObjectProperty<String> selectedCategory = new SimpleObjectProperty<>();
    private final ObservableList<LabelCount> tags = FXCollections.observableArrayList();
    private final ObservableList<LabelCount> categories = FXCollections.observableArrayList();
    private final ObjectBinding<MediaQuery> query;
    private final AtomicLong countsGeneration = new AtomicLong();
    private final ReadOnlyStringWrapper countsProblem = new ReadOnlyStringWrapper(this, "countsProblem");

    public SidebarViewModel(MediaStore store, Executor background, Executor ui) {
        this.store = store;
        this.tasks = TaskExecutor.of(background, ui);
        this.query = Bindings.createObjectBinding(this::buildQuery, filter, searchText, selectedTags, selectedCategory);
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
        BackgroundTask.wrap("Counting tags and categories",
                        () -> List.of(store.labelCounts(LabelKind.TAG), store.labelCounts(LabelKind.CATEGORY)))
                .onSuccess(counts -> {
                    if (countsGeneration.get() == mine) {
                        tags.setAll(counts.get(0));
                        categories.setAll(counts.get(1));
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

    /**
     * Chooses a fixed view; "All pictures" is the whole library, so it also lets go of the tags, the category and
     * the search.
     */
    public void choose(LibraryFilter chosen) {
        if (chosen == LibraryFilter.ALL) {
            clear();
        } else {
            filter.set(chosen);
        }
    }

    /** No tag in the filter any more. */
    public void clearTags() {
        selectedTags.clear();
    }

    /** No category in the filter any more. */
    public void clearCategory() {
        selectedCategory.set(null);
    }

    /** Back to the whole library. */
    public void clear() {
        selectedTags.clear();
        selectedCategory.set(null);
        searchText.set("");
        filter.set(LibraryFilter.ALL);
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

    public ObservableList<LabelCount> tags() {
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
