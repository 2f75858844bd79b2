package org.pothos.ui.library;

import java.io.File;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.controlsfx.control.GridView;
import org.pothos.library.SortOrder;

/** Controller of LibraryView.fxml: binds controls to the ViewModel and forwards actions to it. */
public final class LibraryView {

    private final LibraryViewModel viewModel;
    private final ThumbnailImages thumbnails;

    @FXML private BorderPane root;
    @FXML private GridView<MediaItemViewModel> grid;
    @FXML private VBox dropZone;
    @FXML private ComboBox<SortOrder> sortChoice;
    @FXML private Slider sizeSlider;
    @FXML private Label countLabel;
    @FXML private Label statusLabel;
    @FXML private ProgressBar importProgress;
    @FXML private Button cancelImportButton;
    @FXML private Button importFolderButton;
    @FXML private Button importFilesButton;

    public LibraryView(LibraryViewModel viewModel, ThumbnailImages thumbnails) {
        this.viewModel = viewModel;
        this.thumbnails = thumbnails;
    }

    @FXML
    private void initialize() {
        grid.setItems(viewModel.items());
        grid.setCellFactory(g -> new ThumbnailCell(thumbnails));
        grid.cellWidthProperty().bind(viewModel.thumbnailSizeProperty());
        grid.cellHeightProperty().bind(viewModel.thumbnailSizeProperty().add(24));
        sizeSlider.valueProperty().bindBidirectional(viewModel.thumbnailSizeProperty());

        sortChoice.getItems().setAll(SortOrder.values());
        sortChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(SortOrder order) {
                return order == null ? "" : switch (order) {
                    case TAKEN -> "Date taken";
                    case IMPORTED -> "Date imported";
                    case NAME -> "File name";
                };
            }

            @Override
            public SortOrder fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        sortChoice.valueProperty().bindBidirectional(viewModel.sortProperty());

        dropZone.visibleProperty().bind(viewModel.libraryEmptyProperty());
        grid.visibleProperty().bind(viewModel.libraryEmptyProperty().not());
        countLabel.textProperty().bind(viewModel.itemCountProperty().asString("%,d items"));
        statusLabel.textProperty().bind(viewModel.statusProperty());
        importProgress.visibleProperty().bind(viewModel.importingProperty());
        importProgress.progressProperty().bind(viewModel.importProgressProperty());
        cancelImportButton.visibleProperty().bind(viewModel.importingProperty());
        importFolderButton.disableProperty().bind(viewModel.importingProperty());
        importFilesButton.disableProperty().bind(viewModel.importingProperty());

        root.setOnDragOver(this::acceptFiles);
        root.setOnDragDropped(this::dropFiles);
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
    private void importFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import a folder of pictures");
        File folder = chooser.showDialog(root.getScene().getWindow());
        if (folder != null) {
            viewModel.importPaths(List.of(folder.toPath()));
        }
    }

    @FXML
    private void importFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import pictures");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Pictures", "*.jpg", "*.jpeg", "*.png", "*.gif", "*.bmp", "*.webp",
                        "*.tif", "*.tiff", "*.JPG", "*.JPEG", "*.PNG"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = chooser.showOpenMultipleDialog(root.getScene().getWindow());
        if (files != null) {
            viewModel.importPaths(files.stream().map(File::toPath).toList());
        }
    }

    @FXML
    private void cancelImport() {
        viewModel.cancelImport();
    }
}
