package org.pothos.ui.review;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridCell;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pothos.thumbnails.ThumbnailRequest;
import org.pothos.ui.library.ThumbnailImages;

/** A picture of the review grid: its thumbnail, its name, and what waits on it; a click selects, a double-click opens it. */
final class ReviewTileCell extends GridCell<ReviewTileViewModel> {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final ThumbnailImages images;
    private final ResourceBundle resources;
    private final ImageView imageView = new ImageView();
    private final Label caption = new Label();
    private final Label summary = new Label();
    private final VBox tile;
    private final ChangeListener<Boolean> selection = (obs, old, now) -> pseudoClassStateChanged(SELECTED, now);
    private ThumbnailRequest request;
    private ReviewTileViewModel shown;

    ReviewTileCell(ThumbnailImages images, ReviewViewModel review, ResourceBundle resources) {
        this.images = images;
        this.resources = resources;
        getStyleClass().add("review-tile");
        imageView.setPreserveRatio(true);
        imageView.fitWidthProperty().bind(widthProperty().subtract(8));
        imageView.fitHeightProperty().bind(heightProperty().subtract(64));
        caption.getStyleClass().add("review-tile-caption");
        summary.getStyleClass().add("review-tile-summary");
        caption.maxWidthProperty().bind(widthProperty().subtract(8));
        summary.maxWidthProperty().bind(widthProperty().subtract(8));
        summary.setWrapText(true);
        StackPane picture = new StackPane(new FontIcon("mdi2i-image-outline"), imageView);
        VBox.setVgrow(picture, Priority.ALWAYS);
        tile = new VBox(2, picture, caption, summary);
        tile.setAlignment(Pos.CENTER);
        setOnMouseClicked(event -> {
            ReviewTileViewModel item = getItem();
            if (item == null || isEmpty() || event.getButton() != MouseButton.PRIMARY) {
                return;
            }
            if (event.getClickCount() == 2) {
                review.open(item.getId());
            } else {
                review.grid().select(item, event.isShortcutDown(), event.isShiftDown());
            }
        });
    }

    @Override
    protected void updateItem(ReviewTileViewModel item, boolean empty) {
        super.updateItem(item, empty);
        if (shown != null) {
            shown.selectedProperty().removeListener(selection);
        }
        if (request != null) {
            request.cancel();
            request = null;
        }
        imageView.setImage(null);
        shown = empty ? null : item;
        if (shown == null) {
            setGraphic(null);
            pseudoClassStateChanged(SELECTED, false);
            return;
        }
        setGraphic(tile);
        caption.setText(shown.item().getCaption());
        summary.setText(summaryOf(shown));
        pseudoClassStateChanged(SELECTED, shown.selectedProperty().get());
        shown.selectedProperty().addListener(selection);
        ReviewTileViewModel wanted = shown;
        request = images.load(shown.item(), image -> {
            if (shown == wanted) {
                imageView.setImage(image);
            }
        });
    }

    private String summaryOf(ReviewTileViewModel tile) {
        List<String> parts = new ArrayList<>();
        if (tile.getTagCount() > 0) {
            parts.add(MessageFormat.format(resources.getString("review.tile.tags"), tile.getTagCount()));
        }
        if (tile.getCategoryCount() > 0) {
            parts.add(MessageFormat.format(resources.getString("review.tile.categories"), tile.getCategoryCount()));
        }
        if (tile.hasText()) {
            parts.add(resources.getString("review.tile.text"));
        }
        return String.join(" \u00b7 ", parts);
    }
}
