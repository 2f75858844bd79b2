package org.pothos.ui.main;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.prefs.BackingStoreException;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.pothos.app.AppContext;
import org.pothos.simulation.SimulatedOllama;
import org.pothos.testsupport.TestPreferences;
import org.pothos.ui.MainWindow;
import org.pothos.ui.common.DesktopActions;
import org.pothos.ui.settings.PothosPreferences;
import org.pothos.ui.settings.UiLanguage;

/**
 * The real main window on a temporary library, preferences of its own and an in-process Ollama,
 * shown on a stage; everything is closed again after the test.
 */
final class WindowFixture implements AutoCloseable {

    final SimulatedOllama server;
    final AppContext context;
    final MainViewModel window;
    private final MainWindow.Loaded loaded;
    private final ExecutorService background = Executors.newFixedThreadPool(2);
    private final TestPreferences preferences = new TestPreferences();

    /** @param configure sets preferences before the window loads (for example its language) */
    WindowFixture(Stage stage, Path temp, SimulatedOllama server, Consumer<PothosPreferences> configure) throws Exception {
        this(stage, server, temp.resolve("library-" + System.nanoTime()), configure);
    }

    /** The window on the library in {@code dataDir}, which may hold what an earlier run left. */
    WindowFixture(Stage stage, SimulatedOllama server, Path dataDir, Consumer<PothosPreferences> configure) throws Exception {
        this.server = server;
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        context = AppContext.openForDesktop(dataDir, server.baseUrl());
        PothosPreferences prefs = new PothosPreferences(preferences.node);
        prefs.uiLanguageProperty().set(UiLanguage.EN); // tests read the English texts unless they choose otherwise
        configure.accept(prefs);
        loaded = MainWindow.load(context, prefs, background, new DesktopActions(null),
                MainWindow.localeFor(prefs));
        window = loaded.viewModel();
        stage.setScene(new Scene(loaded.root(), 1100, 700));
        stage.show();
    }

    @Override
    public void close() throws IOException, BackingStoreException {
        loaded.thumbnailDecoding().shutdownNow();
        background.shutdownNow();
        try {
            background.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        context.close();
        server.close();
        preferences.close();
    }
}
