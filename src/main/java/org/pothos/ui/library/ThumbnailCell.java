package org.pothos.ui.library;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridCell;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pothos.thumbnails.ThumbnailRequest;

/**
 * One tile of the grid: shows a placeholder icon at once, asks for the thumbnail, and ignores an
 * answer for an item it no longer shows. A recycled cell cancels its previous request, so cells that
 * scrolled away cost no decoding.
 */
final class ThumbnailCell extends GridCell<MediaItemViewModel> {

    private static final PseudoClass MISSING = PseudoClass.getPseudoClass("missing");

    private final ThumbnailImages images;
    private final ImageView imageView = new ImageView();
    private final FontIcon placeholder = new FontIcon("mdi2i-image-outline");
    private final Label caption = new Label();
    private final VBox tile;
    private ThumbnailRequest request;

    ThumbnailCell(ThumbnailImages images) {
        this.images = images;
        getStyleClass().add("thumbnail-cell");
        imageView.setPreserveRatio(true);
        imageView.setSmooth(true);
        imageView.fitWidthProperty().bind(widthProperty().subtract(8));
        imageView.fitHeightProperty().bind(heightProperty().subtract(28));
        placeholder.getStyleClass().add("thumbnail-placeholder");
        caption.getStyleClass().add("thumbnail-caption");
        caption.maxWidthProperty().bind(widthProperty().subtract(8));
        StackPane picture = new StackPane(placeholder, imageView);
        picture.setAlignment(Pos.CENTER);
        VBox.setVgrow(picture, Priority.ALWAYS);
        tile = new VBox(2, picture, caption);
        tile.setAlignment(Pos.CENTER);
    }

    @Override
    protected void updateItem(MediaItemViewModel item, boolean empty) {
        super.updateItem(item, empty);
        if (request != null) {
            request.cancel();
            request = null;
        }
        imageView.setImage(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        caption.setText(item.getCaption());
        pseudoClassStateChanged(MISSING, item.isMissing());
        placeholder.setVisible(true);
        setGraphic(tile);
        request = images.load(item, image -> {
            if (getItem() == item) {
                imageView.setImage(image);
                placeholder.setVisible(false);
            }
        });
    }
}
