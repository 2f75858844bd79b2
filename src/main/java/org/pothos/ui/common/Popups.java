package org.pothos.ui.common;

import javafx.scene.Parent;

/**
 * The look of menus, drop-down lists, tooltips and completion lists in any theme and on any desktop (see
 * Popups.css). A popup takes the stylesheets of its owner's scene and of its owner node's parents, so giving them
 * to a window's root reaches every popup in it.
 */
public final class Popups {

    public static final String STYLESHEET = Popups.class.getResource("Popups.css").toExternalForm();

    private Popups() {
    }

    /** Styles the popups of everything under {@code root}, and those shown for its window. */
    public static void styleUnder(Parent root) {
        root.getStylesheets().add(STYLESHEET);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && !scene.getStylesheets().contains(STYLESHEET)) {
                scene.getStylesheets().add(STYLESHEET);
            }
        });
    }
}
