package org.pothos.ui.common;

import java.util.List;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;

/**
 * A tool bar whose buttons drop their words and keep their icons when the bar is narrower than it needs with words;
 * each then says what it does in a tooltip. The width with words is measured in the user's language.
 */
public final class CompactToolBar {

    private final ToolBar bar;
    private double widthWithWords = -1;
    private boolean compact;

    private CompactToolBar(ToolBar bar) {
        this.bar = bar;
    }

    /** Makes {@code bar} collapse to icons when narrow, and widen again when there is room. */
    public static void install(ToolBar bar) {
        CompactToolBar compactBar = new CompactToolBar(bar);
        bar.widthProperty().addListener((obs, old, width) -> compactBar.fit(width.doubleValue()));
    }

    private void fit(double width) {
        if (width <= 0) {
            return;
        }
        if (!compact) {
            widthWithWords = bar.prefWidth(-1);
        }
        boolean narrow = width < widthWithWords;
        if (narrow != compact) {
            compact = narrow;
            labeled().forEach(this::show);
        }
    }

    private List<Labeled> labeled() {
        return bar.getItems().stream()
                .filter(Labeled.class::isInstance)
                .map(Labeled.class::cast)
                .filter(l -> l.getGraphic() != null && l.getText() != null && !l.getText().isEmpty())
                .toList();
    }

    private void show(Labeled item) {
        item.setContentDisplay(compact ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
        if (compact && item.getTooltip() == null) {
            item.setTooltip(new Tooltip(item.getText()));
        }
    }
}
