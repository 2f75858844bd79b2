package org.pothos.ui.library;

import java.io.File;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pothos.library.SortOrder;
import org.pothos.ui.common.CompactToolBar;
import org.pothos.ui.common.DesktopActions;
import org.pothos.ui.common.RatingKeys;

/** Controller of LibraryView.fxml: binds the grid and its toolbar to the ViewModel and forwards actions. */
public final class LibraryView {

    private static final PseudoClass PROBLEMS = PseudoClass.getPseudoClass("problems");
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    private final LibraryViewModel viewModel;
    private final ThumbnailImages thumbnails;
    private final AnalysisStarter analysis;
    private final DesktopActions desktop;
    private final Consumer<MediaItemViewModel> onOpen;
    private final Runnable openSettings;
    private final Runnable openAbout;
    private final Runnable editTitle;
    private final Runnable showShortcuts;
    private final LongConsumer openSimilar;
    private final Runnable openDuplicates;

    @FXML private ResourceBundle resources;
    @FXML private BorderPane root;
    @FXML private ThumbnailGrid grid;
    @FXML private ToolBar toolBar;
    @FXML private VBox dropZone;
    @FXML private Label noMatches;
    @FXML private ComboBox<SortOrder> sortChoice;
    @FXML private Slider sizeSlider;
    @FXML private Button importFolderButton;
    @FXML private Button importFilesButton;
    @FXML private Button analyseButton;
    @FXML private VBox importReport;
    @FXML private FontIcon importReportIcon;
    @FXML private Label importSummary;
    @FXML private ToggleButton importDetailsToggle;
    @FXML private ListView<ImportReportViewModel.Row> importRows;

    /**
     * @param onOpen      shows an item in the viewer (double-click, Space, Enter)
     * @param editTitle   puts the keys in the detail pane's title (F2)
     * @param openSimilar shows the pictures similar to an item
     */
    public LibraryView(LibraryViewModel viewModel, ThumbnailImages thumbnails, AnalysisStarter analysis,
                       DesktopActions desktop, Consumer<MediaItemViewModel> onOpen, Runnable openSettings,
                       Runnable openAbout, Runnable editTitle, Runnable showShortcuts, LongConsumer openSimilar,
                       Runnable openDuplicates) {
        this.viewModel = viewModel;
        this.thumbnails = thumbnails;
        this.analysis = analysis;
        this.desktop = desktop;
        this.onOpen = onOpen;
        this.openSettings = openSettings;
        this.openAbout = openAbout;
        this.editTitle = editTitle;
        this.showShortcuts = showShortcuts;
        this.openSimilar = openSimilar;
        this.openDuplicates = openDuplicates;
    }

    @FXML
    private void openDuplicates() {
        openDuplicates.run();
    }

    @FXML
    private void openSettings() {
        openSettings.run();
    }

    @FXML
    private void openAbout() {
        openAbout.run();
    }

    @FXML
    private void showShortcuts() {
        showShortcuts.run();
    }

    @FXML
    private void initialize() {
        CompactToolBar.install(toolBar);
        grid.setFocusTraversable(true);
        grid.addEventHandler(KeyEvent.KEY_PRESSED, this::gridKeyPressed);
        // The tile the keyboard is on stays in sight, whoever moved it (keys, the viewer paging).
        viewModel.focusedProperty().addListener((obs, old, now) -> grid.reveal(viewModel.focusedIndex()));
        grid.setItems(viewModel.items());
        grid.setCellFactory(g -> new ThumbnailCell(thumbnails, viewModel, (item, event) -> onOpen.accept(item)));
        grid.cellWidthProperty().bind(viewModel.thumbnailSizeProperty());
        grid.cellHeightProperty().bind(viewModel.thumbnailSizeProperty().add(24));
        grid.setContextMenu(contextMenu());
        sizeSlider.valueProperty().bindBidirectional(viewModel.thumbnailSizeProperty());

        sortChoice.getItems().setAll(SortOrder.values());
        sortChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(SortOrder order) {
                return order == null ? "" : resources.getString("sort." + order.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public SortOrder fromString(String s) {
                throw new UnsupportedOperationException("the sort order is chosen from the list");
            }
        });
        sortChoice.valueProperty().bindBidirectional(viewModel.sortProperty());
        // A search with words lists the best matches first, whatever the chosen order.
        sortChoice.disableProperty().bind(viewModel.rankingProperty().isNotNull());

        dropZone.visibleProperty().bind(viewModel.libraryEmptyProperty());
        grid.visibleProperty().bind(viewModel.libraryEmptyProperty().not());
        noMatches.visibleProperty().bind(viewModel.noMatchesProperty());
        importFolderButton.disableProperty().bind(viewModel.importingProperty());
        importFilesButton.disableProperty().bind(viewModel.importingProperty());
        analyseButton.disableProperty().bind(viewModel.selectedCountProperty().isEqualTo(0));

        bindImportReport();

        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                addShortcuts(scene);
            }
        });
    }

    /** The panel with what the last import did: hidden without a report, its list shown on request. */
    private void bindImportReport() {
        importReport.visibleProperty().bind(viewModel.importReportProperty().isNotNull());
        importReport.managedProperty().bind(importReport.visibleProperty());
        importRows.visibleProperty().bind(importDetailsToggle.selectedProperty());
        importRows.managedProperty().bind(importRows.visibleProperty());
        importRows.setCellFactory(list -> new ImportRowCell());
        viewModel.importReportProperty().addListener((obs, old, report) -> {
            if (report == null) {
                importRows.getItems().clear();
                return;
            }
            importSummary.setText(report.summary());
            importReportIcon.setIconLiteral(report.skippedCount() > 0 ? "mdi2a-alert-outline" : "mdi2c-check-circle-outline");
            importReport.pseudoClassStateChanged(PROBLEMS, report.skippedCount() > 0);
            importRows.getItems().setAll(report.rows());
            importDetailsToggle.setVisible(!report.rows().isEmpty());
            importDetailsToggle.setText(MessageFormat.format(resources.getString("importReport.details"), report.rows().size()));
            // Files that were skipped may need the user: their list is open at once; duplicates only on request.
            importDetailsToggle.setSelected(report.skippedCount() > 0);
        });
    }

    /** One file the import did not add: its name, and why, wrapped; the folder in the tooltip. */
    private final class ImportRowCell extends ListCell<ImportReportViewModel.Row> {
        ImportRowCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ImportReportViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            setText(empty || row == null ? null : row.fileName() + " — " + row.reason());
            setGraphic(empty || row == null ? null : new FontIcon(row.skipped() ? "mdi2a-alert-circle-outline" : "mdi2c-content-copy"));
            setTooltip(empty || row == null ? null : new Tooltip(row.folder()));
        }
    }

    @FXML
    private void dismissImportReport() {
        viewModel.dismissImportReport();
    }

    private void addShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN), viewModel::selectAll);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), this::analyseSelection);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                this::importFolder);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::importFiles);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN), viewModel::toggleFavouriteOfSelection);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN), openSettings);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F1), openAbout);
        // "?" is typed with different keys on different layouts: listen for the character, not for a key.
        scene.addEventHandler(KeyEvent.KEY_TYPED, event -> {
            if ("?".equals(event.getCharacter()) && !(scene.getFocusOwner() instanceof TextInputControl)) {
                showShortcuts.run();
                event.consume();
            }
        });
    }

    /**
     * The grid's keys: arrows, Home/End and Page Up/Down move (Shift extends), Space/Enter open, 0 to 5 rate, Shortcut+Z
     * undoes, Delete removes.
     */
    private void gridKeyPressed(KeyEvent event) {
        int at = viewModel.focusedIndex();
        int last = viewModel.items().size() - 1;
        int columns = grid.columns();
        int screen = columns * grid.visibleRows();
        LibraryViewModel.SelectMode mode = event.isShiftDown() ? LibraryViewModel.SelectMode.RANGE
                : event.isShortcutDown() ? LibraryViewModel.SelectMode.TOGGLE : LibraryViewModel.SelectMode.SINGLE;
        int target = switch (event.getCode()) {
            case LEFT -> at - 1;
            case RIGHT -> at + 1;
            // Up in the first row and down in the last stay; down into a shorter last row goes to its end.
            case UP -> at - columns >= 0 ? at - columns : at;
            case DOWN -> at + columns <= last ? at + columns : at / columns < last / columns ? last : at;
            case HOME -> 0;
            case END -> last;
            case PAGE_UP -> at - screen;
            case PAGE_DOWN -> at + screen;
            default -> Integer.MIN_VALUE;
        };
        if (target != Integer.MIN_VALUE) {
            viewModel.moveFocus(at < 0 ? 0 : target, mode);
            event.consume();
            return;
        }
        if (editKeyPressed(event)) {
            event.consume();
            return;
        }
        MediaItemViewModel focused = viewModel.focusedProperty().get();
        switch (event.getCode()) {
            case SPACE -> {
                if (event.isShortcutDown()) {
                    viewModel.toggleFocused();
                } else if (focused != null) {
                    onOpen.accept(focused);
                }
            }
            case ENTER -> {
                if (focused != null && !event.isShortcutDown()) {
                    onOpen.accept(focused);
                }
            }
            case DELETE, BACK_SPACE -> removeSelection();
            case F2 -> editTitle.run();
            default -> {
                return;
            }
        }
        event.consume();
    }

    /** 0 to 5 rate the selection, Shortcut+Z takes back the last edit of pictures; true when the key was one of them. */
    private boolean editKeyPressed(KeyEvent event) {
        if (UNDO.match(event)) {
            viewModel.undoEdit();
            return true;
        }
        if (event.isShortcutDown() || event.isAltDown()) {
            return false;
        }
        int stars = RatingKeys.stars(event.getCode());
        if (stars >= 0) {
            viewModel.rateSelection(stars);
        }
        return stars >= 0;
    }

    /** Asks before forgetting the selected pictures; their files are never touched. */
    private void removeSelection() {
        int count = viewModel.selectedCountProperty().get();
        if (count == 0) {
            return;
        }
        ButtonType remove = new ButtonType(resources.getString("remove.confirm.remove"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(resources.getString("remove.confirm.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, resources.getString("remove.confirm.text"), remove, keep);
        confirm.initOwner(root.getScene().getWindow());
        confirm.setTitle(resources.getString("action.remove"));
        confirm.setHeaderText(MessageFormat.format(resources.getString("remove.confirm.header"), count));
        if (confirm.showAndWait().filter(remove::equals).isPresent()) {
            viewModel.removeSelectionFromLibrary();
        }
    }

    private ContextMenu contextMenu() {
        MenuItem analyse = item("action.analyse", "mdi2r-robot-outline", this::analyseSelection);
        MenuItem reanalyse = item("action.reanalyse", "mdi2r-refresh", () ->
                analysis.analyse(viewModel.selectedIds(), viewModel::showStatus));
        MenuItem open = item("action.openFile", "mdi2o-open-in-app", () -> viewModel.selectedPaths().stream().findFirst()
                .ifPresent(desktop::open));
        MenuItem folder = item("action.showInFolder", "mdi2f-folder-open-outline", () -> viewModel.selectedPaths().stream()
                .findFirst().ifPresent(desktop::showInFolder));
        MenuItem copy = item("action.copyPath", "mdi2c-content-copy", () -> desktop.copyPaths(viewModel.selectedPaths()));
        MenuItem favourite = item("action.favourite", "mdi2h-heart-outline", viewModel::toggleFavouriteOfSelection);
        Menu rating = new Menu(resources.getString("action.rating"), new FontIcon("mdi2s-star-half-full"));
        for (int stars = 0; stars <= 5; stars++) {
            int value = stars;
            MenuItem choice = new MenuItem(stars == 0 ? "–" : "★".repeat(stars));
            choice.setOnAction(e -> viewModel.rateSelection(value));
            rating.getItems().add(choice);
        }
        MenuItem remove = item("action.remove", "mdi2d-delete-outline", this::removeSelection);
        MenuItem similar = item("action.similar", "mdi2i-image-search-outline", () -> viewModel.selectedIds().stream()
                .findFirst().ifPresent(openSimilar::accept));
        ContextMenu menu = new ContextMenu(analyse, reanalyse, new SeparatorMenuItem(), open, folder, copy,
                new SeparatorMenuItem(), similar, new SeparatorMenuItem(), favourite, rating, new SeparatorMenuItem(), remove);
        menu.setOnShowing(e -> menu.getItems().forEach(i -> i.setDisable(viewModel.selectedCountProperty().get() == 0)));
        return menu;
    }

    private MenuItem item(String key, String icon, Runnable action) {
        MenuItem item = new MenuItem(resources.getString(key), new FontIcon(icon));
        item.setOnAction(e -> action.run());
        return item;
    }

    @FXML
    private void analyseSelection() {
        analysis.analyse(viewModel.selectedUnanalysedIds(), viewModel::showStatus);
    }

    @FXML
    private void importFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(resources.getString("chooser.folder"));
        File folder = chooser.showDialog(root.getScene().getWindow());
        if (folder != null) {
            viewModel.importPaths(List.of(folder.toPath()));
        }
    }

    @FXML
    private void importFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(resources.getString("chooser.files"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(resources.getString("chooser.pictures"), PictureFiles.patterns()),
                new FileChooser.ExtensionFilter(resources.getString("chooser.all"), "*"));
        List<File> files = chooser.showOpenMultipleDialog(root.getScene().getWindow());
        if (files != null) {
            viewModel.importPaths(files.stream().map(File::toPath).toList());
        }
    }
}
