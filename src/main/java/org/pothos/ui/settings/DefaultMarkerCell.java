package org.pothos.ui.settings;

import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/** Marks the default endpoint's row with a star; the other rows stay empty. */
final class DefaultMarkerCell extends TableCell<EndpointItemViewModel, Boolean> {

    private final FontIcon star = new FontIcon("mdi2s-star");

    DefaultMarkerCell(String tooltip) {
        star.getStyleClass().add("default-marker");
        Tooltip.install(star, new Tooltip(tooltip));
        setAlignment(Pos.CENTER);
    }

    @Override
    protected void updateItem(Boolean isDefault, boolean empty) {
        super.updateItem(isDefault, empty);
        setGraphic(!empty && Boolean.TRUE.equals(isDefault) ? star : null);
    }
}
