package org.pothos.ui.common;

import javafx.scene.input.KeyCode;

/** The keys that rate a picture: 0 to 5 on the top row or the number pad, as in the grid and the viewer. */
public final class RatingKeys {

    private RatingKeys() {
    }

    /** The stars a key gives, or -1 when it is not a rating key. */
    public static int stars(KeyCode code) {
        return switch (code) {
            case DIGIT0, NUMPAD0 -> 0;
            case DIGIT1, NUMPAD1 -> 1;
            case DIGIT2, NUMPAD2 -> 2;
            case DIGIT3, NUMPAD3 -> 3;
            case DIGIT4, NUMPAD4 -> 4;
            case DIGIT5, NUMPAD5 -> 5;
            default -> -1;
        };
    }
}
