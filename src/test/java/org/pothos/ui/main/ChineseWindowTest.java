package org.pothos.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.simulation.SimulatedOllama;
import org.pothos.ui.settings.UiLanguage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** With Simplified Chinese chosen in Settings, the window speaks Chinese at the next start. */
@ExtendWith(ApplicationExtension.class)
class ChineseWindowTest {

    @TempDir
    static Path temp;

    private WindowFixture fixture;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new WindowFixture(stage, temp, SimulatedOllama.start().withVisionModel("llava:7b"),
                prefs -> prefs.uiLanguageProperty().set(UiLanguage.ZH_CN));
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void theWindowIsInChinese(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".drop-zone").query().isVisible());
        assertEquals("将文件夹或图片拖放到这里", robot.lookup(".drop-zone-title").queryLabeled().getText());
        assertTrue(robot.lookup(".list-cell").queryAll().stream()
                .anyMatch(n -> n instanceof Labeled l && "所有图片".equals(l.getText())));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".status-bar .label").queryAll().stream()
                .anyMatch(n -> n instanceof Labeled l && l.getText() != null && l.getText().startsWith("Ollama 0.12.3")));
        assertTrue(robot.lookup(".status-bar .label").queryAll().stream()
                .anyMatch(n -> n instanceof Labeled l && "0 张图片".equals(l.getText())));
    }
}
