package org.pothos.ui.library;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pothos.library.LabelCount;
import org.pothos.ui.search.SearchStatusViewModel;

/** Controller of SidebarView.fxml: fixed views, search, and tag and category filters with counts. */
public final class SidebarView {

    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");

    private final SidebarViewModel viewModel;
    private final SearchStatusViewModel search;

    @FXML private ResourceBundle resources;
    @FXML private TextField searchField;
    @FXML private Label searchHint;
    @FXML private ListView<LibraryFilter> filterList;
    @FXML private ListView<LabelCount> tagList;
    @FXML private ListView<LabelCount> categoryList;
    @FXML private Label countsProblem;

    public SidebarView(SidebarViewModel viewModel, SearchStatusViewModel search) {
        this.viewModel = viewModel;
        this.search = search;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(viewModel.searchTextProperty());
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
                viewModel.filterProperty().set(now);
            }
        });
        viewModel.filterProperty().addListener((obs, old, now) -> filterList.getSelectionModel().select(now));

        tagList.setItems(viewModel.tags());
        tagList.setCellFactory(list -> new LabelCell(true));
        categoryList.setItems(viewModel.categories());
        categoryList.setCellFactory(list -> new LabelCell(false));
        viewModel.selectedTags().addListener((SetChangeListener<String>) change -> tagList.refresh());
        viewModel.selectedCategoryProperty().addListener((obs, old, now) -> categoryList.refresh());
        countsProblem.textProperty().bind(Bindings.createStringBinding(() -> viewModel.countsProblemProperty().get() == null ? ""
                : MessageFormat.format(resources.getString("sidebar.countsFailed"), viewModel.countsProblemProperty().get()),
                viewModel.countsProblemProperty()));
        countsProblem.visibleProperty().bind(viewModel.countsProblemProperty().isNotNull());
        countsProblem.managedProperty().bind(countsProblem.visibleProperty());
    }

    @FXML
    private void clearFilters() {
        viewModel.clear();
    }

    /** A tag or category with its count; a click adds it to the filter or takes it out. */
    private final class LabelCell extends ListCell<LabelCount> {
        private final boolean tag;

        LabelCell(boolean tag) {
            this.tag = tag;
            getStyleClass().add("label-cell");
            setOnMouseClicked(event -> {
                if (getItem() != null) {
                    if (tag) {
                        viewModel.toggleTag(getItem().name());
                    } else {
                        viewModel.toggleCategory(getItem().name());
                    }
                }
            });
        }

        @Override
        protected void updateItem(LabelCount label, boolean empty) {
            super.updateItem(label, empty);
            setText(empty || label == null ? null : label.name() + "  (" + label.count() + ")");
            boolean chosen = !empty && label != null && (tag ? viewModel.selectedTags().contains(label.name())
                    : label.name().equals(viewModel.selectedCategoryProperty().get()));
            pseudoClassStateChanged(CHOSEN, chosen);
        }
    }
}
