package org.pothos.ui.selection;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The labels of a selection as chips: those all pictures carry plain, those only some carry dashed with how many,
 * and a + that gives them to all; every chip's × takes its label from all. Follows the list it is given.
 */
public final class ShareChips extends FlowPane {

    private static final PseudoClass PARTIAL = PseudoClass.getPseudoClass("partial");

    private final ListChangeListener<LabelShare> rebuild = change -> rebuild();
    private ObservableList<LabelShare> shares;
    private Consumer<String> addToAll;
    private Consumer<String> removeFromAll;
    private ResourceBundle texts;

    public ShareChips() {
        getStyleClass().addAll("label-chips", "share-chips");
    }

    /** Shows {@code shown}, following its changes; + and × call the given actions with the label's name. */
    public void show(ObservableList<LabelShare> shown, Consumer<String> add, Consumer<String> remove, ResourceBundle resources) {
        if (shares != null) {
            shares.removeListener(rebuild);
        }
        shares = shown;
        addToAll = add;
        removeFromAll = remove;
        texts = resources;
        shares.addListener(rebuild);
        rebuild();
    }

    private void rebuild() {
        getChildren().setAll(shares.stream().map(this::chip).toList());
    }

    private Node chip(LabelShare share) {
        Label name = new Label(share.name());
        name.getStyleClass().add("chip-name");
        name.setMinWidth(Label.USE_PREF_SIZE);
        HBox chip = new HBox(name);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("label-chip");
        chip.pseudoClassStateChanged(PARTIAL, !share.shared());
        if (!share.shared()) {
            Label count = new Label(MessageFormat.format(texts.getString("selection.partial"), share.count(), share.of()));
            count.getStyleClass().add("chip-count");
            count.setMinWidth(Label.USE_PREF_SIZE);
            chip.getChildren().add(count);
            chip.getChildren().add(button("mdi2p-plus", "chip-add", "selection.addToAll", share, addToAll));
            Tooltip.install(chip, new Tooltip(MessageFormat.format(texts.getString("selection.partial.tooltip"), share.count(), share.of())));
        }
        chip.getChildren().add(button("mdi2c-close", "chip-drop", "selection.removeFromAll", share, removeFromAll));
        return chip;
    }

    private Button button(String icon, String styleClass, String key, LabelShare share, Consumer<String> action) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll("flat", "chip-remove", styleClass);
        // Not focusable: clicking keeps the focus where the user was typing.
        button.setFocusTraversable(false);
        String text = MessageFormat.format(texts.getString(key), share.name());
        button.setAccessibleText(text);
        button.setTooltip(new Tooltip(text));
        button.setOnAction(event -> action.accept(share.name()));
        return button;
    }
}
