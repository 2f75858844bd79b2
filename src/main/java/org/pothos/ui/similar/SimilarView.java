package org.pothos.ui.similar;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.pothos.ui.library.ThumbnailImages;

/**
 * The window of similar pictures (controller of SimilarView.fxml): one window, shown again for each picture asked
 * about. A double-click opens a picture in the viewer, paging through the grid it is in.
 */
public final class SimilarView {

    public static final String BUNDLE = "org.pothos.ui.similar.Similar";
    static final double CARD_SIZE = 150;

    private final SimilarViewModel viewModel;
    private final ThumbnailImages thumbnails;
    private final ResourceBundle bundle;
    private Stage stage;

    @FXML private Label heading;
    @FXML private ProgressIndicator busy;
    @FXML private Label lookEmpty;
    @FXML private FlowPane lookGrid;
    @FXML private Label meaningEmpty;
    @FXML private FlowPane meaningGrid;

    public SimilarView(SimilarViewModel viewModel, ThumbnailImages thumbnails, Locale locale) {
        this.viewModel = viewModel;
        this.thumbnails = thumbnails;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    /** Shows the window (made on first use, above {@code owner}) with the pictures similar to {@code id}. */
    public void show(Window owner, long id) {
        if (stage == null) {
            stage = WindowParts.stage(owner, bundle.getString("similar.title"),
                    WindowParts.load("SimilarView.fxml", bundle, this));
        }
        viewModel.show(id);
        stage.show();
        stage.toFront();
    }

    @FXML
    private void initialize() {
        heading.textProperty().bind(viewModel.headingProperty());
        busy.visibleProperty().bind(viewModel.loadingProperty());
        bindEmpty(lookEmpty, viewModel.lookAlikeEmptyProperty());
        bindEmpty(meaningEmpty, viewModel.sameMeaningEmptyProperty());
        fill(lookGrid, viewModel.lookAlike());
        fill(meaningGrid, viewModel.sameMeaning());
    }

    private static void bindEmpty(Label label, javafx.beans.property.ReadOnlyStringProperty why) {
        label.textProperty().bind(why);
        label.visibleProperty().bind(why.isNotNull());
        label.managedProperty().bind(label.visibleProperty());
    }

    /** Keeps a grid's cards in step with its list; a card's text is the picture's name and its closeness. */
    private void fill(FlowPane grid, ObservableList<SimilarTile> tiles) {
        tiles.addListener((ListChangeListener<SimilarTile>) change -> {
            grid.getChildren().forEach(node -> ((PictureCard) node).clear());
            grid.getChildren().setAll(tiles.stream().map(this::card).toList());
        });
    }

    private PictureCard card(SimilarTile tile) {
        PictureCard card = new PictureCard(thumbnails, CARD_SIZE);
        card.show(tile, List.of(tile.closeness(), tile.item().title() != null ? tile.item().title() : tile.item().fileName()));
        card.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                viewModel.open(tile);
            }
        });
        return card;
    }
}
