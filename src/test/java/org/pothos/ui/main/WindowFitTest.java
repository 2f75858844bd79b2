package org.pothos.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Dialog;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pothos.simulation.SimulatedOllama;
import org.pothos.testsupport.TestImages;
import org.pothos.testsupport.TestPreferences;
import org.pothos.ui.about.AboutDialog;
import org.pothos.ui.about.AboutFacts;
import org.pothos.ui.about.AboutViewModel;
import org.pothos.ui.common.FxThread;
import org.pothos.ui.help.ShortcutsDialog;
import org.pothos.ui.library.LibraryViewModel;
import org.pothos.ui.settings.PothosPreferences;
import org.pothos.ui.settings.SettingsDialog;
import org.pothos.ui.settings.SettingsTexts;
import org.pothos.ui.settings.SettingsViewModel;
import org.pothos.ui.settings.Theme;
import org.pothos.ui.settings.UiLanguage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * No clipped text: in the main window at 1024 × 700, 1280 × 820 and 1920 × 1080 (with pictures in the grid, one of
 * them in the detail pane, then two in the selection editor), on every page of the settings dialog, in the shortcuts
 * sheet and in About, in both languages and both themes, no visible {@link Labeled} shows an ellipsis where its full
 * text was meant to be read. The screenshots go to {@code target/window-fit/} for review.
 */
class WindowFitTest {

    private static final int[][] SIZES = {{1024, 700}, {1280, 820}, {1920, 1080}};
    private static final Path SHOTS = Path.of("target", "window-fit");

    @TempDir
    Path temp;

    private WindowFixture fixture;
    private Stage stage;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (fixture != null) {
            fixture.close();
        }
        new FxRobot().interact(Theme.LIGHT::apply);
    }

    @ParameterizedTest
    @EnumSource(value = UiLanguage.class, names = {"EN", "ZH_CN"})
    void noTextIsCutShort(UiLanguage language) throws Exception {
        Path photos = Files.createDirectories(temp.resolve("photos"));
        for (int i = 0; i < 4; i++) {
            TestImages.jpeg(photos, "picture-" + i + ".jpg", 160 + i, 120); // distinct pictures, not duplicates
        }
        stage = FxToolkit.registerPrimaryStage();
        FxRobot robot = new FxRobot();
        robot.interact(() -> {
            try {
                fixture = new WindowFixture(stage, temp, SimulatedOllama.start(), prefs -> {
                    prefs.analyseAfterImportProperty().set(false);
                    prefs.uiLanguageProperty().set(language);
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        var library = fixture.window.library();
        robot.interact(() -> library.importPaths(List.of(photos)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> library.items().size() == 4 && !library.loadingProperty().get()
                && !library.importingProperty().get());
        robot.interact(() -> library.select(library.items().get(0), LibraryViewModel.SelectMode.SINGLE));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".detail-scroller").query().isVisible());

        Files.createDirectories(SHOTS);
        List<String> cut = new ArrayList<>();
        for (int[] size : SIZES) {
            for (Theme theme : Theme.values()) {
                String name = language.name().toLowerCase(Locale.ROOT) + "-" + size[0] + "x" + size[1] + "-"
                        + theme.name().toLowerCase(Locale.ROOT);
                robot.interact(() -> {
                    theme.apply();
                    stage.setX(0);
                    stage.setY(0);
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                });
                WaitForAsyncUtils.waitForFxEvents();
                check(robot, name, cut);
                // Two pictures selected: the selection editor in the detail pane's place.
                robot.interact(() -> library.select(library.items().get(1), LibraryViewModel.SelectMode.TOGGLE));
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".selection-editor").query().isVisible()
                        && !robot.lookup(".share-chips").queryAll().isEmpty());
                check(robot, name + "-selection", cut);
                robot.interact(() -> library.select(library.items().get(0), LibraryViewModel.SelectMode.SINGLE));
            }
        }
        checkSettings(robot, language, cut);
        assertEquals(List.of(), cut, "texts cut short (screenshots in " + SHOTS.toAbsolutePath() + ")");
    }

    /** The settings dialog at its own size, every page, both themes; then the shortcuts sheet and About. */
    private void checkSettings(FxRobot robot, UiLanguage language, List<String> cut) throws Exception {
        try (TestPreferences store = new TestPreferences()) {
            SettingsTexts texts = SettingsTexts.forLocale(language.locale());
            SettingsDialog[] dialog = new SettingsDialog[1];
            robot.interact(() -> {
                SettingsViewModel settings = new SettingsViewModel(new PothosPreferences(store.node, Locale.US),
                        fixture.context.endpointService(), Runnable::run, FxThread.EXECUTOR, texts);
                dialog[0] = new SettingsDialog(stage, settings, texts.bundle());
                dialog[0].show();
            });
            Parent root = dialog[0].getDialogPane();
            TabPane tabs = (TabPane) root.lookup(".settings-tabs");
            for (Theme theme : Theme.values()) {
                for (int page = 0; page < tabs.getTabs().size(); page++) {
                    int shown = page;
                    String name = "settings-" + language.name().toLowerCase(Locale.ROOT) + "-" + theme.name().toLowerCase(Locale.ROOT) + "-" + page;
                    robot.interact(() -> {
                        theme.apply();
                        tabs.getSelectionModel().select(shown);
                        root.applyCss();
                        root.layout();
                        try {
                            ImageIO.write(SwingFXUtils.fromFXImage(root.getScene().snapshot(null), null), "png",
                                    SHOTS.resolve(name + ".png").toFile());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        labeleds(root).filter(WindowFitTest::cutShort).forEach(l -> cut.add(name + ": " + describe(l)));
                    });
                }
            }
            robot.interact(() -> dialog[0].close());
        }
        // The shortcuts sheet and About, at their own sizes.
        robot.interact(() -> {
            checkDialog(new ShortcutsDialog(stage, language.locale()), "shortcuts-" + language.name().toLowerCase(Locale.ROOT), cut);
            checkDialog(new AboutDialog(stage, new AboutViewModel(AboutFacts.current(fixture.context.dataDir()), folder -> { }),
                    language.locale()), "about-" + language.name().toLowerCase(Locale.ROOT), cut);
        });
    }

    private void checkDialog(Dialog<?> dialog, String name, List<String> cut) {
        dialog.show();
        Parent root = dialog.getDialogPane();
        for (Theme theme : Theme.values()) {
            theme.apply();
            root.applyCss();
            root.layout();
            String shot = name + "-" + theme.name().toLowerCase(Locale.ROOT);
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(root.getScene().snapshot(null), null), "png", SHOTS.resolve(shot + ".png").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            labeleds(root).filter(WindowFitTest::cutShort).forEach(l -> cut.add(shot + ": " + describe(l)));
        }
        dialog.close();
    }

    /** Lays the window out as it is now, saves its picture and notes every text it cuts short. */
    private void check(FxRobot robot, String name, List<String> cut) {
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            save(name);
            labeleds(stage.getScene().getRoot()).filter(WindowFitTest::cutShort).forEach(l -> cut.add(name + ": " + describe(l)));
        });
    }

    private void save(String name) {
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", SHOTS.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every Labeled shown on screen: visible itself and in every parent. */
    private static Stream<Labeled> labeleds(Node node) {
        if (!node.isVisible()) {
            return Stream.empty();
        }
        Stream<Labeled> self = node instanceof Labeled labeled ? Stream.of(labeled) : Stream.empty();
        if (node instanceof Parent parent) {
            return Stream.concat(self, parent.getChildrenUnmodifiable().stream().flatMap(WindowFitTest::labeleds));
        }
        return self;
    }

    /** The text drawn ends with the ellipsis while the text itself does not: the end was cut off. */
    private static boolean cutShort(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isEmpty() || labeled.getWidth() <= 0) {
            return false;
        }
        String ellipsis = labeled.getEllipsisString();
        return labeled.getChildrenUnmodifiable().stream()
                .filter(Text.class::isInstance)
                .map(t -> ((Text) t).getText())
                .anyMatch(shown -> !shown.equals(text) && shown.endsWith(ellipsis) && !text.endsWith(ellipsis));
    }

    private static String describe(Labeled labeled) {
        String id = labeled.getId() != null ? "#" + labeled.getId() : String.join(".", labeled.getStyleClass());
        return id + " \"" + labeled.getText() + "\" (" + Math.round(labeled.getWidth()) + " px)";
    }
}
