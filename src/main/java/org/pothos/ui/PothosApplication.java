package org.pothos.ui;

import org.pothos.common.DaemonThreads;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.pothos.app.AppContext;
import org.pothos.app.PothosVersion;
import org.pothos.ui.common.FxThread;
import org.pothos.ui.library.LibraryView;
import org.pothos.ui.library.LibraryViewModel;
import org.pothos.ui.library.ThumbnailImages;

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
        LibraryViewModel library = new LibraryViewModel(context.mediaStore(), context.importService(),
                background, FxThread.EXECUTOR);
        ThumbnailImages thumbnails = new ThumbnailImages(context.thumbnailService(), FxThread.EXECUTOR);
        FXMLLoader loader = new FXMLLoader(LibraryView.class.getResource("LibraryView.fxml"));
        loader.setControllerFactory(type -> new LibraryView(library, thumbnails));
        Parent root = loader.load();
        stage.setTitle("Pothos " + PothosVersion.get());
        stage.setScene(new Scene(root, 1200, 800));
        stage.show();
        library.reload();
    }

    @Override
    public void stop() {
        if (background != null) {
            background.shutdownNow();
        }
    }
}
