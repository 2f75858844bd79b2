package org.pothos.ui.help;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/**
 * The "Keyboard shortcuts" sheet (the {@code ?} key, or Help): every key of the grid, the viewer and the window,
 * with the platform's modifier names (Ctrl on Linux and Windows, ⌘ on macOS).
 */
public final class ShortcutsDialog extends Dialog<ButtonType> {

    public static final String BUNDLE = "org.pothos.ui.help.Shortcuts";

    /** One line of the sheet: the keys as shown, and the bundle key of what they do. */
    record Shortcut(String keys, String what) {
    }

    /** A titled group of lines. */
    record Section(String title, List<Shortcut> shortcuts) {
    }

    public ShortcutsDialog(Window owner, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(bundle.getString("shortcuts.title"));
        setResizable(true);
        GridPane sheet = new GridPane();
        sheet.getStyleClass().add("shortcuts-sheet");
        sheet.setHgap(16);
        sheet.setVgap(6);
        sheet.setPadding(new Insets(4, 12, 12, 12));
        ColumnConstraints keys = new ColumnConstraints();
        keys.setHalignment(HPos.RIGHT);
        ColumnConstraints what = new ColumnConstraints();
        what.setHgrow(Priority.ALWAYS);
        sheet.getColumnConstraints().setAll(keys, what);
        int row = 0;
        for (Section section : sections()) {
            Label title = new Label(bundle.getString(section.title()));
            title.getStyleClass().addAll("title-4", "shortcuts-section");
            GridPane.setMargin(title, new Insets(row == 0 ? 0 : 12, 0, 2, 0));
            GridPane.setHalignment(title, HPos.LEFT);
            sheet.add(title, 0, row++, 2, 1);
            for (Shortcut shortcut : section.shortcuts()) {
                sheet.add(keyCaps(shortcut.keys()), 0, row);
                Label description = new Label(bundle.getString(shortcut.what()));
                description.setWrapText(true);
                sheet.add(description, 1, row++);
            }
        }
        ScrollPane scroller = new ScrollPane(sheet);
        scroller.setFitToWidth(true);
        scroller.setPrefViewportHeight(560);
        scroller.setPrefViewportWidth(560);
        getDialogPane().setContent(scroller);
        getDialogPane().getStylesheets().add(ShortcutsDialog.class.getResource("Shortcuts.css").toExternalForm());
        getDialogPane().getButtonTypes().setAll(new ButtonType(bundle.getString("shortcuts.close"), ButtonData.CANCEL_CLOSE));
    }

    /** "Ctrl+A / Space" as key caps: each key in its own box, alternatives separated. */
    private static HBox keyCaps(String keys) {
        HBox caps = new HBox(4);
        caps.getStyleClass().add("key-caps");
        String[] alternatives = keys.split(" / ");
        for (int i = 0; i < alternatives.length; i++) {
            if (i > 0) {
                caps.getChildren().add(new Label("/"));
            }
            Label cap = new Label(alternatives[i]);
            cap.getStyleClass().add("key-cap");
            cap.setMinWidth(Label.USE_PREF_SIZE);
            caps.getChildren().add(cap);
        }
        return caps;
    }

    /** The keys, in the order a person learns them. Modifier names come from the platform. */
    static List<Section> sections() {
        String shortcut = shortcutName();
        return List.of(
                new Section("shortcuts.grid", List.of(
                        new Shortcut("← / → / ↑ / ↓", "shortcuts.grid.move"),
                        new Shortcut("Shift+← → ↑ ↓", "shortcuts.grid.extend"),
                        new Shortcut(shortcut + "← → ↑ ↓", "shortcuts.grid.moveOnly"),
                        new Shortcut(shortcut + "Space", "shortcuts.grid.toggle"),
                        new Shortcut("Home / End", "shortcuts.grid.ends"),
                        new Shortcut("Page Up / Page Down", "shortcuts.grid.page"),
                        new Shortcut(display(KeyCode.A), "shortcuts.grid.selectAll"),
                        new Shortcut("Space / Enter", "shortcuts.grid.open"),
                        new Shortcut("F2", "shortcuts.grid.title"),
                        new Shortcut(display(KeyCode.D), "shortcuts.grid.favourite"),
                        new Shortcut("0 … 5", "shortcuts.grid.rate"),
                        new Shortcut(display(KeyCode.Z), "shortcuts.grid.undo"),
                        new Shortcut(display(KeyCode.ENTER), "shortcuts.grid.analyse"),
                        new Shortcut("Delete", "shortcuts.grid.remove"))),
                new Section("shortcuts.viewer", List.of(
                        new Shortcut("← / →", "shortcuts.viewer.page"),
                        new Shortcut("Home / End", "shortcuts.viewer.ends"),
                        new Shortcut("Space / Z", "shortcuts.viewer.zoom"),
                        new Shortcut("0 … 5", "shortcuts.viewer.rate"),
                        new Shortcut("F", "shortcuts.viewer.favourite"),
                        new Shortcut("T", "shortcuts.viewer.tag"),
                        new Shortcut("E / F2", "shortcuts.viewer.title"),
                        new Shortcut("I", "shortcuts.viewer.info"),
                        new Shortcut(display(KeyCode.Z), "shortcuts.viewer.undo"),
                        new Shortcut("Esc", "shortcuts.viewer.close"))),
                new Section("shortcuts.window", List.of(
                        new Shortcut(display(KeyCode.F), "shortcuts.window.search"),
                        new Shortcut(display(KeyCode.O), "shortcuts.window.importFiles"),
                        new Shortcut(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)
                                .getDisplayText(), "shortcuts.window.importFolder"),
                        new Shortcut(display(KeyCode.I), "shortcuts.window.detail"),
                        new Shortcut(display(KeyCode.J), "shortcuts.window.jobs"),
                        new Shortcut(display(KeyCode.Z), "shortcuts.window.undo"),
                        new Shortcut(display(KeyCode.COMMA), "shortcuts.window.settings"),
                        new Shortcut("F1", "shortcuts.window.about"),
                        new Shortcut("?", "shortcuts.window.sheet"))));
    }

    private static String display(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN).getDisplayText();
    }

    /** "Ctrl+" or "⌘", as the platform writes the shortcut modifier before a key. */
    private static String shortcutName() {
        String a = display(KeyCode.A);
        return a.substring(0, a.length() - 1);
    }
}
