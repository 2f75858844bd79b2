package org.pothos.ui;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.pothos.app.AppContext;
import org.pothos.app.PothosVersion;
import org.pothos.common.DaemonThreads;
import org.pothos.ui.common.DesktopActions;

/** The Pothos window. The library is opened before the toolkit starts and handed in. */
public final class PothosApplication extends Application {

    private static AppContext context;
    private ExecutorService background;

    /** Shows the window and blocks until it is closed. */
    public static void launch(AppContext appContext) {
        context = appContext;
        Application.launch(PothosApplication.class);
    }

    @Override
    public void start(Stage stage) throws IOException {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        background = Executors.newFixedThreadPool(2, DaemonThreads.named("pothos-ui-background"));
        Parent root = MainWindow.load(context, background, new DesktopActions(getHostServices()), Locale.getDefault()).root();
        stage.setTitle("Pothos " + PothosVersion.get());
        stage.setScene(new Scene(root, 1280, 820));
        stage.show();
    }

    @Override
    public void stop() {
        if (background != null) {
            background.shutdownNow();
        }
    }
}
