package org.pothos.ui;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.BackingStoreException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.pothos.app.AppContext;
import org.pothos.app.PothosVersion;
import org.pothos.common.DaemonThreads;
import org.pothos.ui.common.AppIcon;
import org.pothos.ui.common.DesktopActions;
import org.pothos.ui.common.Texts;
import org.pothos.ui.library.FirstScreenWatch;
import org.pothos.ui.settings.PothosPreferences;
import org.pothos.ui.settings.WindowLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Pothos window. The library opens on another thread while the toolkit starts; the window is built when both
 * are ready, without the JavaFX thread ever waiting for the library.
 */
public final class PothosApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(PothosApplication.class);
    /** The smallest window: the 1024 × 700 of a small laptop screen still shows every text whole. */
    static final double MIN_WIDTH = 960;
    static final double MIN_HEIGHT = 620;
    private static CompletableFuture<AppContext> opening;
    private static boolean closeWhenShown;
    private static volatile boolean failed;
    private ExecutorService background;
    private PothosPreferences prefs;
    private MainWindow.Loaded window;
    private Stage stage;

    /**
     * Shows the window and blocks until it is closed; false when the library could not be opened.
     *
     * @param closeWhenFirstScreenShown close again as soon as the first screen of thumbnails is drawn, leaving the
     *                                  user's settings untouched (the training run of the ahead-of-time cache)
     */
    public static boolean launch(CompletableFuture<AppContext> openingLibrary, boolean closeWhenFirstScreenShown) {
        opening = openingLibrary;
        closeWhenShown = closeWhenFirstScreenShown;
        Application.launch(PothosApplication.class);
        return !failed;
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        prefs = PothosPreferences.forCurrentUser();
        prefs.themeProperty().get().apply();
        background = Executors.newFixedThreadPool(2, DaemonThreads.named("pothos-ui-background"));
        opening.whenComplete((context, error) -> Platform.runLater(() -> {
            if (error != null) {
                showFailure(error instanceof CompletionException ? error.getCause() : error);
                return;
            }
            try {
                show(context);
            } catch (IOException | RuntimeException e) {
                showFailure(e);
            }
        }));
    }

    private void show(AppContext context) throws IOException {
        Locale locale = MainWindow.localeFor(prefs);
        context.analysisSettings().updateAndGet(prefs::analysisSettings);
        window = MainWindow.load(context, prefs, background, new DesktopActions(getHostServices()), locale);
        stage.setTitle("Pothos " + PothosVersion.get());
        stage.getIcons().setAll(AppIcon.windowImages());
        stage.setScene(new Scene(window.root(), 1280, 820));
        // Below this the grid, the sidebar and the detail pane no longer fit side by side (the detail pane can be hidden).
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        WindowLayout layout = prefs.windowLayoutProperty().get();
        stage.show();
        if (layout != null) {
            // The jobs drawer's height is not restored: it opens and closes with the batches.
            layout.applyTo(stage, window.split());
        }
        FirstScreenWatch.watch(stage.getScene(), window.viewModel().library(), () -> {
            LOG.info("First screen of thumbnails drawn {} ms after the start of the process",
                    FirstScreenWatch.sinceProcessStart().toMillis());
            if (closeWhenShown) {
                Platform.exit();
            }
        });
    }

    private void showFailure(Throwable error) {
        failed = true;
        LOG.error("start-up failed", error);
        Texts texts = Texts.of(MainWindow.BUNDLE, MainWindow.localeFor(prefs));
        Alert alert = new Alert(Alert.AlertType.ERROR, texts.get("startup.failed", String.valueOf(error.getMessage())));
        alert.setTitle("Pothos");
        alert.showAndWait();
        Platform.exit();
    }

    @Override
    public void stop() {
        if (window != null && !closeWhenShown) {
            prefs.windowLayoutProperty().set(WindowLayout.of(stage, window.split()));
        }
        if (window != null) {
            window.close();
        }
        try {
            if (prefs != null && !closeWhenShown) {
                prefs.flush();
            }
        } catch (BackingStoreException e) {
            LOG.warn("window layout and settings could not be saved", e);
        }
        if (background != null) {
            background.shutdown();
        }
    }
}
