package org.pothos.ui;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.BackingStoreException;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.pothos.app.AppContext;
import org.pothos.app.PothosVersion;
import org.pothos.common.DaemonThreads;
import org.pothos.ui.common.AppIcon;
import org.pothos.ui.common.DesktopActions;
import org.pothos.ui.settings.PothosPreferences;
import org.pothos.ui.settings.WindowLayout;
import org.slf4j.LoggerFactory;

/** The Pothos window. The library is opened before the toolkit starts and handed in. */
public final class PothosApplication extends Application {

    private static AppContext context;
    private ExecutorService background;
    private PothosPreferences prefs;
    private MainWindow.Loaded window;
    private Stage stage;

    /** Shows the window and blocks until it is closed. */
    public static void launch(AppContext appContext) {
        context = appContext;
        Application.launch(PothosApplication.class);
    }

    @Override
    public void start(Stage primaryStage) throws IOException {
        stage = primaryStage;
        prefs = PothosPreferences.forCurrentUser();
        Locale locale = MainWindow.localeFor(prefs);
        prefs.themeProperty().get().apply();
        context.analysisSettings().updateAndGet(prefs::analysisSettings);
        background = Executors.newFixedThreadPool(2, DaemonThreads.named("pothos-ui-background"));
        window = MainWindow.load(context, prefs, background, new DesktopActions(getHostServices()), locale);
        stage.setTitle("Pothos " + PothosVersion.get());
        stage.getIcons().setAll(AppIcon.windowImages());
        stage.setScene(new Scene(window.root(), 1280, 820));
        WindowLayout layout = prefs.windowLayoutProperty().get();
        stage.show();
        if (layout != null) {
            layout.applyTo(stage, window.split(), window.gridAndJobs());
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            prefs.windowLayoutProperty().set(WindowLayout.of(stage, window.split(), window.gridAndJobs()));
            window.close();
        }
        try {
            if (prefs != null) {
                prefs.flush();
            }
        } catch (BackingStoreException e) {
            LoggerFactory.getLogger(PothosApplication.class).warn("window layout and settings could not be saved", e);
        }
        if (background != null) {
            background.shutdown();
        }
    }
}
