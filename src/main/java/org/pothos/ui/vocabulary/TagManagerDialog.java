package org.pothos.ui.vocabulary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.pothos.library.LabelKind;
import org.pothos.library.VocabularyMode;
import org.pothos.vocabulary.LabelTree;
import org.pothos.vocabulary.VocabularyEntry;

/**
 * The tag manager window: loads TagManagerDialog.fxml with itself as controller and shows a
 * {@link TagManagerViewModel}. It stays open beside the main window (not modal); each action asks for the name
 * it needs and hands it to the ViewModel.
 */
public final class TagManagerDialog extends Dialog<ButtonType> {

    public static final String BUNDLE = "org.pothos.ui.vocabulary.TagManagerDialog";

    private final TagManagerViewModel viewModel;
    private final ResourceBundle resources;
    private final DateTimeFormatter dates;

    @FXML private ToggleButton tagsToggle;
    @FXML private ToggleButton categoriesToggle;
    @FXML private TextField filterField;
    @FXML private ComboBox<VocabularyMode> modeChoice;
    @FXML private Button renameButton;
    @FXML private Button mergeButton;
    @FXML private Button deleteButton;
    @FXML private Button aliasButton;
    @FXML private Button removeAliasButton;
    @FXML private Button parentButton;
    @FXML private TreeTableView<VocabularyEntry> table;
    @FXML private TreeTableColumn<VocabularyEntry, String> nameColumn;
    @FXML private TreeTableColumn<VocabularyEntry, Long> countColumn;
    @FXML private TreeTableColumn<VocabularyEntry, String> lastUsedColumn;
    @FXML private TreeTableColumn<VocabularyEntry, String> sourceColumn;
    @FXML private TreeTableColumn<VocabularyEntry, String> aliasesColumn;
    @FXML private Label statusLabel;
    @FXML private Button undoButton;

    public TagManagerDialog(Window owner, TagManagerViewModel viewModel, Locale locale) {
        this.viewModel = viewModel;
        this.resources = ResourceBundle.getBundle(BUNDLE, locale);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(ZoneId.systemDefault());
        if (owner != null) {
            initOwner(owner);
        }
        initModality(Modality.NONE);
        setResizable(true);
        setTitle(resources.getString("tags.title"));
        setDialogPane(load());
        getDialogPane().setPrefSize(1000, 640);
        // A dialog sizes its window from its buttons' row before the table is laid out: give it room at once.
        setOnShown(event -> {
            setWidth(Math.max(getWidth(), 1000));
            setHeight(Math.max(getHeight(), 660));
        });
        getDialogPane().getButtonTypes().setAll(new ButtonType(resources.getString("tags.close"), ButtonData.CANCEL_CLOSE));
        viewModel.start();
    }

    private DialogPane load() {
        FXMLLoader loader = new FXMLLoader(TagManagerDialog.class.getResource("TagManagerDialog.fxml"), resources);
        loader.setController(this);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the tag manager", e);
        }
    }

    @FXML
    private void initialize() {
        ToggleGroup kinds = new ToggleGroup();
        tagsToggle.setToggleGroup(kinds);
        categoriesToggle.setToggleGroup(kinds);
        tagsToggle.setSelected(viewModel.kindProperty().get() == LabelKind.TAG);
        categoriesToggle.setSelected(viewModel.kindProperty().get() == LabelKind.CATEGORY);
        kinds.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one of the two is always chosen
            } else {
                viewModel.kindProperty().set(now == tagsToggle ? LabelKind.TAG : LabelKind.CATEGORY);
            }
        });
        filterField.textProperty().bindBidirectional(viewModel.filterProperty());
        modeChoice.getItems().setAll(VocabularyMode.values());
        modeChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(VocabularyMode mode) {
                return mode == null ? "" : resources.getString("tags.mode." + mode.key());
            }

            @Override
            public VocabularyMode fromString(String text) {
                throw new UnsupportedOperationException("the mode is chosen from the list");
            }
        });
        modeChoice.valueProperty().bindBidirectional(viewModel.vocabularyModeProperty());

        table.setRoot(new TreeItem<>());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<TreeItem<VocabularyEntry>>) change ->
                viewModel.selected().setAll(table.getSelectionModel().getSelectedItems().stream()
                        .filter(item -> item != null && item.getValue() != null).map(TreeItem::getValue).toList()));
        viewModel.nodes().addListener((ListChangeListener<LabelTree.Node>) change ->
                table.getRoot().getChildren().setAll(items(viewModel.nodes())));
        nameColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().getValue().name()));
        countColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().getValue().totalCount()));
        countColumn.setCellFactory(column -> new javafx.scene.control.TreeTableCell<>() {
            @Override
            protected void updateItem(Long count, boolean empty) {
                super.updateItem(count, empty);
                VocabularyEntry entry = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(entry == null ? null : entry.totalCount() == entry.count() ? Long.toString(entry.count())
                        : MessageFormat.format(resources.getString("tags.family"), entry.count(), entry.totalCount()));
            }
        });
        lastUsedColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                cell.getValue().getValue().lastUsed() == null ? "" : dates.format(cell.getValue().getValue().lastUsed())));
        sourceColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(MessageFormat.format(resources.getString("tags.source"),
                cell.getValue().getValue().byUser(), cell.getValue().getValue().byModel(), cell.getValue().getValue().byFile())));
        aliasesColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(String.join(", ", cell.getValue().getValue().aliases())));

        var none = javafx.beans.binding.Bindings.isEmpty(viewModel.selected());
        var notOne = javafx.beans.binding.Bindings.size(viewModel.selected()).isNotEqualTo(1);
        renameButton.disableProperty().bind(notOne);
        aliasButton.disableProperty().bind(notOne);
        removeAliasButton.disableProperty().bind(notOne);
        mergeButton.disableProperty().bind(javafx.beans.binding.Bindings.size(viewModel.selected()).lessThan(2));
        deleteButton.disableProperty().bind(none);
        parentButton.disableProperty().bind(none.or(viewModel.kindProperty().isEqualTo(LabelKind.CATEGORY)));
        parentButton.visibleProperty().bind(viewModel.kindProperty().isEqualTo(LabelKind.TAG));
        statusLabel.textProperty().bind(viewModel.statusProperty());
        undoButton.visibleProperty().bind(viewModel.canUndoProperty());
    }

    private static List<TreeItem<VocabularyEntry>> items(List<LabelTree.Node> nodes) {
        return nodes.stream().map(node -> {
            TreeItem<VocabularyEntry> item = new TreeItem<>(node.entry());
            item.getChildren().setAll(items(node.children()));
            item.setExpanded(true);
            return item;
        }).toList();
    }

    private Optional<String> ask(String key, Object argument, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(getDialogPane().getScene().getWindow());
        dialog.setTitle(resources.getString("tags.title"));
        dialog.setHeaderText(null);
        dialog.setContentText(MessageFormat.format(resources.getString(key), argument));
        return dialog.showAndWait().map(String::strip).filter(text -> !text.isEmpty() || key.equals("tags.ask.parent"));
    }

    private String selectedNames() {
        return String.join(", ", viewModel.selected().stream().map(VocabularyEntry::name).toList());
    }

    @FXML
    private void rename() {
        ask("tags.ask.rename", selectedNames(), selectedNames()).ifPresent(viewModel::rename);
    }

    @FXML
    private void merge() {
        ask("tags.ask.merge", selectedNames(), viewModel.selected().get(0).name()).ifPresent(viewModel::mergeInto);
    }

    @FXML
    private void delete() {
        viewModel.deleteSelected();
    }

    @FXML
    private void undo() {
        viewModel.undoDelete();
    }

    @FXML
    private void addAlias() {
        ask("tags.ask.alias", selectedNames(), "").ifPresent(viewModel::addAlias);
    }

    @FXML
    private void removeAlias() {
        List<String> aliases = viewModel.selected().get(0).aliases();
        if (aliases.isEmpty()) {
            return;
        }
        ChoiceDialog<String> dialog = new ChoiceDialog<>(aliases.get(0), aliases);
        dialog.initOwner(getDialogPane().getScene().getWindow());
        dialog.setTitle(resources.getString("tags.title"));
        dialog.setHeaderText(null);
        dialog.setContentText(resources.getString("tags.ask.removeAlias"));
        dialog.showAndWait().ifPresent(viewModel::removeAlias);
    }

    @FXML
    private void setParent() {
        String current = viewModel.selected().get(0).parent();
        ask("tags.ask.parent", selectedNames(), current == null ? "" : current).ifPresent(viewModel::setParent);
    }
}
