package org.pothos.ui;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.pothos.analysis.AnalysisOptions;
import org.pothos.app.AppContext;
import org.pothos.ui.common.DesktopActions;
import org.pothos.ui.common.FxThread;
import org.pothos.ui.library.AnalysisStarter;
import org.pothos.ui.library.LibraryView;
import org.pothos.ui.library.LibraryViewModel;
import org.pothos.ui.library.SidebarView;
import org.pothos.ui.library.SidebarViewModel;
import org.pothos.ui.library.ThumbnailImages;
import org.pothos.ui.main.MainView;
import org.pothos.ui.main.MainViewModel;

/**
 * Builds the main window from the services: one ViewModel per part, each FXML controller given
 * its ViewModel through the loader's controller factory. Shared by the application and its tests.
 */
public final class MainWindow {

    /** UI text of the main window, in the user's language when there is a translation. */
    public static final String BUNDLE = "org.pothos.ui.library.LibraryView";

    private MainWindow() {
    }

    /** The window's root node and its top ViewModel. */
    public record Loaded(Parent root, MainViewModel viewModel) {
    }

    public static Loaded load(AppContext context, Executor background, DesktopActions desktop, Locale locale)
            throws IOException {
        Executor ui = FxThread.EXECUTOR;
        SidebarViewModel sidebar = new SidebarViewModel(context.mediaStore(), background, ui);
        LibraryViewModel library = new LibraryViewModel(context.mediaStore(), context.importService(),
                context.jobStore(), background, ui);
        MainViewModel main = new MainViewModel(sidebar, library, context.endpointService(), background, ui);
        ThumbnailImages thumbnails = new ThumbnailImages(context.thumbnailService(), background, ui);
        AnalysisStarter analysis = new AnalysisStarter(context.analysisService(), context.endpointService(),
                AnalysisOptions::defaults, () -> null, background, ui);
        library.setOnImported(ids -> {
            main.importFinished();
            analysis.analyse(ids, library::showStatus);
        });
        context.analysisService().addListener(main.analysisListener());
        background.execute(context.analysisService()::start);

        Map<Class<?>, Object> controllers = Map.of(
                MainView.class, new MainView(main),
                SidebarView.class, new SidebarView(sidebar),
                LibraryView.class, new LibraryView(library, thumbnails, analysis, desktop, item -> desktop.open(item.getPath())));
        FXMLLoader loader = new FXMLLoader(MainView.class.getResource("MainView.fxml"),
                ResourceBundle.getBundle(BUNDLE, locale));
        loader.setControllerFactory(controllers::get);
        Parent root = loader.load();
        main.start();
        return new Loaded(root, main);
    }
}
