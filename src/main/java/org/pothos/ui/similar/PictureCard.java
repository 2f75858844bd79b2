package org.pothos.ui.similar;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pothos.thumbnails.ThumbnailRequest;
import org.pothos.ui.library.ThumbnailImages;

/**
 * A picture as a card: its thumbnail (loaded off the JavaFX thread) above a few lines of text. A card shown again for
 * another picture cancels the request of the one before.
 */
final class PictureCard extends VBox {

    private final ThumbnailImages images;
    private final ImageView image = new ImageView();
    private final FontIcon placeholder = new FontIcon("mdi2i-image-outline");
    private final VBox lines = new VBox(1);
    private ThumbnailRequest request;
    private SimilarTile shown;

    PictureCard(ThumbnailImages images, double size) {
        this.images = images;
        getStyleClass().add("picture-card");
        setSpacing(4);
        setAlignment(Pos.TOP_CENTER);
        image.setPreserveRatio(true);
        image.setSmooth(true);
        image.setFitWidth(size);
        image.setFitHeight(size);
        placeholder.getStyleClass().add("picture-card-placeholder");
        StackPane picture = new StackPane(placeholder, image);
        picture.setMinSize(size, size);
        picture.setPrefSize(size, size);
        lines.setAlignment(Pos.TOP_LEFT);
        lines.setMaxWidth(size);
        getChildren().addAll(picture, lines);
    }

    /** Shows {@code tile} with these lines under its picture (the first one emphasised). */
    void show(SimilarTile tile, List<String> text) {
        lines.getChildren().clear();
        for (int i = 0; i < text.size(); i++) {
            Label line = new Label(text.get(i));
            line.getStyleClass().add(i == 0 ? "picture-card-first-line" : "picture-card-line");
            line.setMaxWidth(lines.getMaxWidth());
            lines.getChildren().add(line);
        }
        if (tile == shown) {
            return;
        }
        if (request != null) {
            request.cancel();
        }
        shown = tile;
        image.setImage(null);
        placeholder.setVisible(true);
        request = images.load(tile.picture(), loaded -> {
            if (shown == tile) {
                image.setImage(loaded);
                placeholder.setVisible(false);
            }
        });
    }

    void clear() {
        if (request != null) {
            request.cancel();
            request = null;
        }
        shown = null;
        image.setImage(null);
        lines.getChildren().clear();
    }
}
