package org.pothos.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.app.AppContext;
import org.pothos.testsupport.TestPreferences;
import org.pothos.testsupport.ollama.OllamaTestServer;
import org.pothos.ui.MainWindow;
import org.pothos.ui.common.DesktopActions;
import org.pothos.ui.settings.PothosPreferences;
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

    private OllamaTestServer server;
    private AppContext context;
    private ExecutorService background;
    private TestPreferences preferences;

    @Start
    void start(Stage stage) throws Exception {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        server = OllamaTestServer.start().withVisionModel("llava:7b");
        context = AppContext.openForDesktop(temp.resolve("library-" + System.nanoTime()), server.baseUrl());
        background = Executors.newFixedThreadPool(2);
        preferences = new TestPreferences();
        PothosPreferences prefs = new PothosPreferences(preferences.node);
        prefs.uiLanguageProperty().set(UiLanguage.ZH_CN);
        MainWindow.Loaded loaded = MainWindow.load(context, prefs, background, new DesktopActions(null), MainWindow.localeFor(prefs));
        stage.setScene(new Scene(loaded.root(), 1100, 700));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        background.shutdownNow();
        background.awaitTermination(10, TimeUnit.SECONDS);
        context.close();
        server.close();
        preferences.close();
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
