package org.pothos.ui.detail;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Five star buttons for a 0–5 rating. Clicking the star that is already the rating clears it to 0, the usual way
 * back to "unrated". Filled and empty stars are drawn by the stylesheet (pseudo-class {@code filled}).
 */
public final class StarRating extends HBox {

    public static final int MAX = 5;
    private static final PseudoClass FILLED = PseudoClass.getPseudoClass("filled");

    private final IntegerProperty value = new SimpleIntegerProperty(this, "value");
    private final Button[] stars = new Button[MAX];

    public StarRating() {
        getStyleClass().add("star-rating");
        setAlignment(Pos.CENTER_LEFT);
        for (int i = 0; i < MAX; i++) {
            int rating = i + 1;
            Button star = new Button(null, new FontIcon("mdi2s-star-outline"));
            star.getStyleClass().addAll("flat", "star");
            star.setAccessibleText(rating + " / " + MAX);
            star.setOnAction(event -> value.set(value.get() == rating ? 0 : rating));
            stars[i] = star;
            getChildren().add(star);
        }
        value.addListener((obs, old, now) -> paint());
        paint();
    }

    private void paint() {
        for (int i = 0; i < MAX; i++) {
            stars[i].pseudoClassStateChanged(FILLED, i < value.get());
        }
    }

    public IntegerProperty valueProperty() {
        return value;
    }

    public int getValue() {
        return value.get();
    }

    public void setValue(int rating) {
        value.set(rating);
    }
}
