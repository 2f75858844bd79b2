package org.pothos.ui.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where the main window was and how its split panes were divided, so the next start looks like the
 * last one. Bounds are those of the restored (not maximized) window.
 *
 * @param dividers the divider positions of the window's split panes, in the order given to
 *                 {@link #of} and {@link #applyTo}, each pane's dividers one after another
 */
public record WindowLayout(double x, double y, double width, double height, boolean maximized, List<Double> dividers) {

    private static final String X = "x";
    private static final String Y = "y";
    private static final String WIDTH = "width";
    private static final String HEIGHT = "height";
    private static final String MAXIMIZED = "maximized";
    private static final String DIVIDERS = "dividers";

    public WindowLayout {
        dividers = List.copyOf(dividers);
    }

    /** The layout stored in the node, if a complete one was ever saved. */
    public static Optional<WindowLayout> load(Preferences node) {
        double width = node.getDouble(WIDTH, -1);
        double height = node.getDouble(HEIGHT, -1);
        if (width <= 0 || height <= 0) {
            return Optional.empty();
        }
        return Optional.of(new WindowLayout(node.getDouble(X, 0), node.getDouble(Y, 0), width, height,
                node.getBoolean(MAXIMIZED, false), parseDividers(node.get(DIVIDERS, ""))));
    }

    public void save(Preferences node) {
        node.putDouble(X, x);
        node.putDouble(Y, y);
        node.putDouble(WIDTH, width);
        node.putDouble(HEIGHT, height);
        node.putBoolean(MAXIMIZED, maximized);
        node.put(DIVIDERS, dividers.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }

    /** The layout of a stage and its split panes as they are now; call on the JavaFX thread. */
    public static WindowLayout of(Stage stage, SplitPane... panes) {
        List<Double> positions = new ArrayList<>();
        for (SplitPane pane : panes) {
            Arrays.stream(pane.getDividerPositions()).forEach(positions::add);
        }
        return new WindowLayout(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized(),
                positions);
    }

    /**
     * Puts the stage and split panes back as saved. The bounds are used only if they still overlap a
     * screen: a monitor unplugged since would otherwise leave the window out of sight.
     */
    public void applyTo(Stage stage, SplitPane... panes) {
        if (!Screen.getScreensForRectangle(new Rectangle2D(x, y, width, height)).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setMaximized(maximized);
        int next = 0;
        for (SplitPane pane : panes) {
            int count = pane.getDividers().size();
            for (int i = 0; i < count && next < dividers.size(); i++, next++) {
                pane.setDividerPosition(i, dividers.get(next));
            }
        }
    }

    private static List<Double> parseDividers(String text) {
        List<Double> positions = new ArrayList<>();
        for (String part : text.split(",")) {
            try {
                double position = Double.parseDouble(part.strip());
                if (position >= 0 && position <= 1) {
                    positions.add(position);
                }
            } catch (NumberFormatException e) {
                // A damaged entry costs only that divider its saved place.
            }
        }
        return positions;
    }
}
