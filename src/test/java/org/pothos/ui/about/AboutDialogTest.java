package org.pothos.ui.about;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pothos.ui.settings.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real dialog, headless, in Chinese: facts shown, details copied, the data folder opened. */
@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {

    private static final Path DATA = Path.of("/home/ann/.local/share/pothos");
    private final List<Path> opened = new ArrayList<>();
    private AboutDialog dialog;

    @Start
    void start(Stage stage) {
        AboutFacts facts = AboutFacts.of("1.2.3", DATA, Map.of("java.runtime.version", "17.0.15+6",
                "java.vendor", "Eclipse Adoptium", "javafx.runtime.version", "21.0.11+2", "os.name", "Linux",
                "os.version", "6.1", "os.arch", "amd64"));
        Theme.LIGHT.apply();
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
        dialog = new AboutDialog(stage, new AboutViewModel(facts, opened::add), Locale.SIMPLIFIED_CHINESE);
        dialog.show();
    }

    @Test
    void showsTheFactsInChineseAndActsOnItsButtons(FxRobot robot) {
        assertEquals("关于 Pothos", dialog.getTitle());
        assertEquals("1.2.3", robot.lookup("#versionValue").queryAs(Label.class).getText());
        assertEquals(DATA.toString(), robot.lookup("#dataFolderValue").queryAs(Label.class).getText());
        assertEquals(DATA.resolve("logs").resolve("pothos.log").toString(),
                robot.lookup("#logFileValue").queryAs(Label.class).getText());
        assertEquals("17.0.15+6 (Eclipse Adoptium)", robot.lookup("#javaValue").queryAs(Label.class).getText());
        assertEquals("21.0.11+2", robot.lookup("#javafxValue").queryAs(Label.class).getText());
        assertEquals(64, robot.lookup("#icon").queryAs(ImageView.class).getImage().getWidth());

        robot.clickOn("打开数据文件夹");
        assertEquals(List.of(DATA), opened);

        robot.clickOn("复制详细信息");
        WaitForAsyncUtils.waitForFxEvents();
        String copied = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()));
        assertTrue(copied.startsWith("Pothos 1.2.3"), copied);
        assertTrue(copied.contains("Log file: " + DATA.resolve("logs").resolve("pothos.log")), copied);

        robot.clickOn("关闭");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!dialog.isShowing(), "the dialog closes");
    }
}
