package org.pothos.ui.detail;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pothos.library.Label;
import org.pothos.library.Source;

/**
 * An item's tags or categories as chips: the name, a marker on those a model wrote or the picture's files held,
 * and an × that removes it.
 * Follows the list it is given; a tooltip says who added each label.
 */
public final class LabelChipPane extends FlowPane {

    private static final PseudoClass AI = PseudoClass.getPseudoClass("ai");
    /** Read from the picture's files (XMP, IPTC or EXIF another program wrote). */
    private static final PseudoClass FILE = PseudoClass.getPseudoClass("file");

    private ObservableList<Label> labels;
    private Consumer<Label> onRemove;
    private SourceTexts texts;
    private final ListChangeListener<Label> rebuild = change -> rebuild();

    public LabelChipPane() {
        getStyleClass().add("label-chips");
    }

    /** Shows {@code shown} as chips, following its changes; × calls {@code remove}. */
    public void show(ObservableList<Label> shown, Consumer<Label> remove, SourceTexts sourceTexts) {
        if (labels != null) {
            labels.removeListener(rebuild);
        }
        labels = shown;
        onRemove = remove;
        texts = sourceTexts;
        labels.addListener(rebuild);
        rebuild();
    }

    private void rebuild() {
        getChildren().setAll(labels.stream().map(this::chip).toList());
    }

    private Node chip(Label label) {
        javafx.scene.control.Label name = new javafx.scene.control.Label(label.name());
        name.getStyleClass().add("chip-name");
        Button remove = new Button(null, new FontIcon("mdi2c-close"));
        remove.getStyleClass().addAll("flat", "chip-remove");
        // Not focusable: clicking × keeps the focus where the user was typing.
        remove.setFocusTraversable(false);
        remove.setAccessibleText(texts.remove(label.name()));
        remove.setOnAction(event -> onRemove.accept(label));
        HBox chip = new HBox(name, remove);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("label-chip");
        if (label.source().isAi()) {
            FontIcon marker = new FontIcon("mdi2c-creation");
            marker.getStyleClass().add("chip-ai-marker");
            chip.getChildren().add(0, marker);
        } else if (label.source().kind() == Source.Kind.FILE) {
            FontIcon marker = new FontIcon("mdi2f-file-document-outline");
            marker.getStyleClass().add("chip-file-marker");
            chip.getChildren().add(0, marker);
        }
        chip.pseudoClassStateChanged(AI, label.source().isAi());
        chip.pseudoClassStateChanged(FILE, label.source().kind() == Source.Kind.FILE);
        Tooltip.install(chip, new Tooltip(texts.added(label.source())));
        return chip;
    }
}
