package org.pothos.ui.similar;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pothos.ui.library.ThumbnailImages;

/**
 * The Duplicates window (controller of DuplicatesView.fxml): a threshold and a search, then one row per group with its
 * pictures side by side (size, dimensions, date, labels); a click chooses the one to keep.
 */
public final class DuplicatesView {

    static final double CARD_SIZE = 170;

    private final DuplicatesViewModel viewModel;
    private final ThumbnailImages thumbnails;
    private final ResourceBundle bundle;
    private Stage stage;

    @FXML private Slider threshold;
    @FXML private Label thresholdValue;
    @FXML private Button findButton;
    @FXML private Button cancelButton;
    @FXML private CheckBox moveToTrash;
    @FXML private ProgressBar progress;
    @FXML private Label status;
    @FXML private Label trashUnavailable;
    @FXML private ListView<DuplicateGroupViewModel> groupList;
    @FXML private Button keepAllButton;

    public DuplicatesView(DuplicatesViewModel viewModel, ThumbnailImages thumbnails, Locale locale) {
        this.viewModel = viewModel;
        this.thumbnails = thumbnails;
        this.bundle = ResourceBundle.getBundle(SimilarView.BUNDLE, locale);
    }

    /** Shows the window (made on first use, above {@code owner}); the first showing starts a search. */
    public void show(Window owner) {
        boolean first = stage == null;
        if (first) {
            stage = WindowParts.stage(owner, bundle.getString("duplicates.title"),
                    WindowParts.load("DuplicatesView.fxml", bundle, this));
        }
        stage.show();
        stage.toFront();
        if (first) {
            viewModel.find();
        }
    }

    @FXML
    private void initialize() {
        threshold.valueProperty().bindBidirectional(viewModel.thresholdProperty());
        thresholdValue.textProperty().bind(Bindings.createStringBinding(() -> new MessageFormat(
                bundle.getString("duplicates.bits"), bundle.getLocale()).format(new Object[] {viewModel.thresholdProperty().get()}),
                viewModel.thresholdProperty()));
        findButton.disableProperty().bind(viewModel.busyProperty());
        cancelButton.visibleProperty().bind(viewModel.busyProperty());
        cancelButton.managedProperty().bind(cancelButton.visibleProperty());
        moveToTrash.selectedProperty().bindBidirectional(viewModel.moveToTrashProperty());
        moveToTrash.disableProperty().bind(viewModel.trashAvailableProperty().not());
        moveToTrash.setTooltip(new Tooltip(bundle.getString("duplicates.trash.tip")));
        trashUnavailable.visibleProperty().bind(viewModel.trashAvailableProperty().not());
        trashUnavailable.managedProperty().bind(trashUnavailable.visibleProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        progress.progressProperty().bind(viewModel.progressProperty());
        status.textProperty().bind(viewModel.statusProperty());
        groupList.setItems(viewModel.groups());
        groupList.setCellFactory(list -> new GroupCell());
        groupList.setPlaceholder(new Label());
        keepAllButton.disableProperty().bind(viewModel.busyProperty().or(Bindings.isEmpty(viewModel.groups())));
    }

    @FXML
    private void find() {
        viewModel.find();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void keepAll() {
        viewModel.keepAll();
    }

    /** A group: its kind, its pictures side by side (the one to keep marked), and the button that keeps it. */
    private final class GroupCell extends ListCell<DuplicateGroupViewModel> {

        @Override
        protected void updateItem(DuplicateGroupViewModel group, boolean empty) {
            super.updateItem(group, empty);
            setText(null);
            setGraphic(empty || group == null ? null : row(group));
        }

        private VBox row(DuplicateGroupViewModel group) {
            Label title = new Label(bundle.getString(group.identical() ? "duplicates.group.identical" : "duplicates.group.near"),
                    new FontIcon(group.identical() ? "mdi2c-content-copy" : "mdi2i-image-multiple-outline"));
            title.getStyleClass().add("duplicate-group-title");
            FlowPane cards = new FlowPane(8, 8);
            for (SimilarTile tile : group.members()) {
                PictureCard card = new PictureCard(thumbnails, CARD_SIZE);
                card.show(tile, viewModel.describe(tile));
                Tooltip.install(card, new Tooltip(tile.item().path().toString()));
                Runnable marked = () -> card.getStyleClass().setAll(group.keepProperty().get() == tile
                        ? java.util.List.of("picture-card", "keep") : java.util.List.of("picture-card"));
                marked.run();
                group.keepProperty().addListener((obs, old, now) -> marked.run());
                card.setOnMouseClicked(event -> group.keepProperty().set(tile));
                cards.getChildren().add(card);
            }
            Button keep = new Button(bundle.getString("duplicates.keep"), new FontIcon("mdi2c-check"));
            keep.disableProperty().bind(viewModel.busyProperty());
            keep.setOnAction(event -> viewModel.keep(group));
            Label hint = new Label(bundle.getString("duplicates.keepThis"));
            hint.getStyleClass().add("duplicates-note");
            Pane spring = new Pane();
            HBox.setHgrow(spring, Priority.ALWAYS);
            HBox actions = new HBox(10, hint, spring, keep);
            actions.setAlignment(Pos.CENTER_LEFT);
            VBox row = new VBox(8, title, cards, actions);
            row.getStyleClass().add("duplicate-group");
            return row;
        }
    }
}
