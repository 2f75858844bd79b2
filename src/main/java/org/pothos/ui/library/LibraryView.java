package org.pothos.ui.library;

import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.controlsfx.control.GridView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pothos.library.SortOrder;
import org.pothos.ui.common.DesktopActions;

/** Controller of LibraryView.fxml: binds the grid and its toolbar to the ViewModel and forwards actions. */
public final class LibraryView {

    private final LibraryViewModel viewModel;
    private final ThumbnailImages thumbnails;
    private final AnalysisStarter analysis;
    private final DesktopActions desktop;
    private final Consumer<MediaItemViewModel> onOpen;
    private final Runnable openSettings;
    private final Runnable openAbout;
    private final LongConsumer openSimilar;
    private final Runnable openDuplicates;

    @FXML private ResourceBundle resources;
    @FXML private BorderPane root;
    @FXML private GridView<MediaItemViewModel> grid;
    @FXML private VBox dropZone;
    @FXML private Label noMatches;
    @FXML private ComboBox<SortOrder> sortChoice;
    @FXML private Slider sizeSlider;
    @FXML private Button importFolderButton;
    @FXML private Button importFilesButton;
    @FXML private Button analyseButton;

    /**
     * @param onOpen      shows an item in full (double-click)
     * @param openSimilar shows the pictures similar to an item
     */
    public LibraryView(LibraryViewModel viewModel, ThumbnailImages thumbnails, AnalysisStarter analysis,
                       DesktopActions desktop, Consumer<MediaItemViewModel> onOpen, Runnable openSettings,
                       Runnable openAbout, LongConsumer openSimilar, Runnable openDuplicates) {
        this.viewModel = viewModel;
        this.thumbnails = thumbnails;
        this.analysis = analysis;
        this.desktop = desktop;
        this.onOpen = onOpen;
        this.openSettings = openSettings;
        this.openAbout = openAbout;
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
    private void initialize() {
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
        noMatches.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> !viewModel.libraryEmptyProperty().get() && viewModel.itemCountProperty().get() == 0
                        && !viewModel.loadingProperty().get(),
                viewModel.libraryEmptyProperty(), viewModel.itemCountProperty(), viewModel.loadingProperty()));
        importFolderButton.disableProperty().bind(viewModel.importingProperty());
        importFilesButton.disableProperty().bind(viewModel.importingProperty());
        analyseButton.disableProperty().bind(viewModel.selectedCountProperty().isEqualTo(0));

        root.setOnDragOver(this::acceptFiles);
        root.setOnDragDropped(this::dropFiles);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                addShortcuts(scene);
            }
        });
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
        MenuItem favourite = item("action.favourite", "mdi2s-star-outline", viewModel::toggleFavouriteOfSelection);
        Menu rating = new Menu(resources.getString("action.rating"), new FontIcon("mdi2s-star-half-full"));
        for (int stars = 0; stars <= 5; stars++) {
            int value = stars;
            MenuItem choice = new MenuItem(stars == 0 ? "–" : "★".repeat(stars));
            choice.setOnAction(e -> viewModel.rateSelection(value));
            rating.getItems().add(choice);
        }
        MenuItem remove = item("action.remove", "mdi2d-delete-outline", viewModel::removeSelectionFromLibrary);
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

    private void acceptFiles(DragEvent event) {
        if (event.getDragboard().hasFiles() && !viewModel.importingProperty().get()) {
            event.acceptTransferModes(TransferMode.COPY_OR_MOVE);
        }
        event.consume();
    }

    private void dropFiles(DragEvent event) {
        List<File> files = event.getDragboard().getFiles();
        viewModel.importPaths(files.stream().map(File::toPath).toList());
        event.setDropCompleted(true);
        event.consume();
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
