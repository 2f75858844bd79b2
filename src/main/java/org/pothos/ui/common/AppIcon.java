package org.pothos.ui.common;

import java.util.List;
import java.util.Objects;
import javafx.scene.image.Image;

/**
 * The Pothos icon at the sizes a window manager picks from (title bar, task switcher, taskbar).
 * The PNGs come from the project's icons/ folder, which the build copies into the jar.
 */
public final class AppIcon {

    public static final List<Integer> WINDOW_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);
    public static final int DIALOG_SIZE = 64;

    private AppIcon() {
    }

    public static Image image(int size) {
        String name = "/org/pothos/ui/icons/pothos-" + size + ".png";
        return new Image(Objects.requireNonNull(AppIcon.class.getResource(name), name).toExternalForm());
    }

    public static List<Image> windowImages() {
        return WINDOW_SIZES.stream().map(AppIcon::image).toList();
    }
}
