package org.pothos.ui.library;

import java.text.MessageFormat;
import java.util.HashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pothos.library.LabelCount;
import org.pothos.ui.search.SearchStatusViewModel;
import org.pothos.vocabulary.LabelTree;
import org.pothos.vocabulary.VocabularyEntry;

/**
 * Controller of SidebarView.fxml: fixed views, the way into the review, search, the tag tree and the
 * category filters with counts.
 */
public final class SidebarView {

    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");

    private final SidebarViewModel viewModel;
    private final SearchStatusViewModel search;
    private final Runnable openTagManager;

    @FXML private ResourceBundle resources;
    @FXML private TextField searchField;
    @FXML private Label searchHint;
    @FXML private ListView<LibraryFilter> filterList;
    @FXML private Button reviewEntry;
    @FXML private TreeView<VocabularyEntry> tagTree;
    @FXML private ListView<LabelCount> categoryList;
    @FXML private Label countsProblem;

    /** @param openTagManager opens the window that renames, merges, deletes and arranges labels */
    public SidebarView(SidebarViewModel viewModel, SearchStatusViewModel search, Runnable openTagManager) {
        this.viewModel = viewModel;
        this.search = search;
        this.openTagManager = openTagManager;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(viewModel.searchTextProperty());
        searchField.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
                    searchField.requestFocus();
                    searchField.selectAll();
                });
            }
        });
        searchHint.textProperty().bind(search.hintProperty());
        searchHint.visibleProperty().bind(search.hintProperty().isNotNull());
        searchHint.managedProperty().bind(searchHint.visibleProperty());
        filterList.getItems().setAll(LibraryFilter.values());
        filterList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(LibraryFilter filter, boolean empty) {
                super.updateItem(filter, empty);
                setText(empty || filter == null ? null : resources.getString(filter.labelKey()));
                setGraphic(empty || filter == null ? null : new FontIcon(filter.icon()));
            }
        });
        filterList.getSelectionModel().select(viewModel.filterProperty().get());
        filterList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.choose(now);
            }
        });
        // A click on a fixed view shows the grid again (out of the review); on "All pictures" when it is already
        // chosen, it still lets go of tags, category and search.
        filterList.setOnMouseClicked(event -> {
            viewModel.showLibrary();
            LibraryFilter chosen = filterList.getSelectionModel().getSelectedItem();
            if (chosen == LibraryFilter.ALL) {
                viewModel.choose(chosen);
            }
        });
        viewModel.filterProperty().addListener((obs, old, now) -> filterList.getSelectionModel().select(now));

        reviewEntry.textProperty().bind(Bindings.createStringBinding(() -> MessageFormat.format(
                resources.getString("review.sidebar"), viewModel.toReviewProperty().get()), viewModel.toReviewProperty()));
        viewModel.reviewingProperty().addListener((obs, old, now) -> reviewEntry.pseudoClassStateChanged(CHOSEN, now));

        tagTree.setRoot(new TreeItem<>());
        tagTree.setShowRoot(false);
        tagTree.setCellFactory(tree -> new TagCell());
        viewModel.tags().addListener((ListChangeListener<LabelTree.Node>) change -> showTags());
        categoryList.setItems(viewModel.categories());
        categoryList.setCellFactory(list -> new CategoryCell());
        viewModel.selectedTags().addListener((SetChangeListener<String>) change -> tagTree.refresh());
        viewModel.selectedCategoryProperty().addListener((obs, old, now) -> categoryList.refresh());
        countsProblem.textProperty().bind(Bindings.createStringBinding(() -> viewModel.countsProblemProperty().get() == null ? ""
                : MessageFormat.format(resources.getString("sidebar.countsFailed"), viewModel.countsProblemProperty().get()),
                viewModel.countsProblemProperty()));
        countsProblem.visibleProperty().bind(viewModel.countsProblemProperty().isNotNull());
        countsProblem.managedProperty().bind(countsProblem.visibleProperty());
    }

    /** Rebuilds the tree from the new counts, keeping open what was open. */
    private void showTags() {
        Set<String> expanded = new HashSet<>();
        collectExpanded(tagTree.getRoot(), expanded);
        tagTree.getRoot().getChildren().setAll(items(viewModel.tags(), expanded));
    }

    private static List<TreeItem<VocabularyEntry>> items(List<LabelTree.Node> nodes, Set<String> expanded) {
        return nodes.stream().map(node -> {
            TreeItem<VocabularyEntry> item = new TreeItem<>(node.entry());
            item.getChildren().setAll(items(node.children(), expanded));
            item.setExpanded(expanded.contains(node.entry().name()));
            return item;
        }).toList();
    }

    private static void collectExpanded(TreeItem<VocabularyEntry> item, Set<String> expanded) {
        for (TreeItem<VocabularyEntry> child : item.getChildren()) {
            if (child.isExpanded()) {
                expanded.add(child.getValue().name());
            }
            collectExpanded(child, expanded);
        }
    }

    @FXML
    private void clearTags() {
        viewModel.clearTags();
    }

    @FXML
    private void clearCategory() {
        viewModel.clearCategory();
    }

    @FXML
    private void openReview() {
        viewModel.reviewingProperty().set(true);
    }

    @FXML
    private void openTagManager() {
        openTagManager.run();
    }

    /** A tag with its pictures (with those of the tags below it); a click adds it to the filter or takes it out. */
    private final class TagCell extends TreeCell<VocabularyEntry> {

        TagCell() {
            getStyleClass().add("label-cell");
            setOnMouseClicked(event -> {
                boolean onArrow = getDisclosureNode() != null
                        && getDisclosureNode().getBoundsInParent().contains(event.getX(), event.getY());
                if (getItem() != null && !onArrow) {
                    viewModel.toggleTag(getItem().name());
                }
            });
        }

        @Override
        protected void updateItem(VocabularyEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            setText(empty || entry == null ? null : entry.name() + "  (" + entry.totalCount() + ")");
            pseudoClassStateChanged(CHOSEN, !empty && entry != null && viewModel.selectedTags().contains(entry.name()));
        }
    }

    /** A category with its count; a click chooses it or clears it. */
    private final class CategoryCell extends ListCell<LabelCount> {

        CategoryCell() {
            getStyleClass().add("label-cell");
            setOnMouseClicked(event -> {
                if (getItem() != null) {
                    viewModel.toggleCategory(getItem().name());
                }
            });
        }

        @Override
        protected void updateItem(LabelCount label, boolean empty) {
            super.updateItem(label, empty);
            setText(empty || label == null ? null : label.name() + "  (" + label.count() + ")");
            pseudoClassStateChanged(CHOSEN, !empty && label != null && label.name().equals(viewModel.selectedCategoryProperty().get()));
        }
    }
}
