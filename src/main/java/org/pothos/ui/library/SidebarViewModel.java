package org.pothos.ui.library;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
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

/**
 * What the sidebar selects: a fixed view (all, unanalysed, …), tags that must all match, one
 * category, and search text; together they make the grid's query. Tag and category counts are
 * loaded in the background.
 */
public final class SidebarViewModel {

    private final MediaStore store;
    private final Executor background;
    private final Executor ui;

    private final ObjectProperty<LibraryFilter> filter = new SimpleObjectProperty<>(LibraryFilter.ALL);
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObservableSet<String> selectedTags = FXCollections.observableSet();
    private final ObjectProperty<String> selectedCategory = new SimpleObjectProperty<>();
    private final ObservableList<LabelCount> tags = FXCollections.observableArrayList();
    private final ObservableList<LabelCount> categories = FXCollections.observableArrayList();
    private final ObjectBinding<MediaQuery> query;
    private final AtomicLong countsGeneration = new AtomicLong();

    public SidebarViewModel(MediaStore store, Executor background, Executor ui) {
        this.store = store;
        this.background = background;
        this.ui = ui;
        this.query = Bindings.createObjectBinding(this::buildQuery, filter, searchText, selectedTags, selectedCategory);
    }

    private MediaQuery buildQuery() {
        MediaQuery base = MediaQuery.all()
                .withTags(List.copyOf(selectedTags))
                .withCategory(selectedCategory.get())
                .withText(searchText.get());
        return filter.get().applyTo(base);
    }

    /** Reloads tag and category counts (after an import, an analysis or an edit). */
    public void refreshCounts() {
        long mine = countsGeneration.incrementAndGet();
        background.execute(() -> {
            List<LabelCount> tagCounts = store.labelCounts(LabelKind.TAG);
            List<LabelCount> categoryCounts = store.labelCounts(LabelKind.CATEGORY);
            ui.execute(() -> {
                if (countsGeneration.get() == mine) {
                    tags.setAll(tagCounts);
                    categories.setAll(categoryCounts);
                }
            });
        });
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
}
