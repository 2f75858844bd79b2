package org.pothos.ui.detail;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;

/** One line of facts: icon, name, value. Takes no room while its value is empty (a fact the file lacks). */
public final class FactRow extends HBox {

    private static final PseudoClass ALERT = PseudoClass.getPseudoClass("alert");

    private final FontIcon icon = new FontIcon();
    private final Label key = new Label();
    private final Label value = new Label();
    private final BooleanProperty alert = new SimpleBooleanProperty(this, "alert");

    public FactRow() {
        getStyleClass().add("fact-row");
        setAlignment(Pos.TOP_LEFT);
        icon.getStyleClass().add("fact-icon");
        key.getStyleClass().add("fact-key");
        key.setMinWidth(USE_PREF_SIZE);
        value.getStyleClass().add("fact-value");
        value.setWrapText(true);
        value.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(value, Priority.ALWAYS);
        getChildren().addAll(icon, key, value);
        visibleProperty().bind(value.textProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
        alert.addListener((obs, was, now) -> pseudoClassStateChanged(ALERT, now));
    }

    public String getKey() {
        return key.getText();
    }

    public void setKey(String text) {
        key.setText(text);
    }

    /** An Ikonli literal, such as {@code mdi2c-camera-outline}. */
    public String getIcon() {
        return icon.getIconLiteral();
    }

    public void setIcon(String literal) {
        icon.setIconLiteral(literal);
    }

    public StringProperty valueProperty() {
        return value.textProperty();
    }

    /** Marks a fact that needs the user's attention (pseudo-class {@code alert}), such as a missing file. */
    public BooleanProperty alertProperty() {
        return alert;
    }
}
