package org.pothos.ui;

import java.io.IOException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.pothos.app.AppContext;
import org.pothos.common.DaemonThreads;
import org.pothos.labelsync.LabelAutoWriter;
import org.pothos.ui.about.AboutDialog;
import org.pothos.ui.about.AboutFacts;
import org.pothos.ui.about.AboutViewModel;
import org.pothos.ui.common.CombinedBundle;
import org.pothos.ui.common.DesktopActions;
import org.pothos.ui.common.FirstShow;
import org.pothos.ui.common.FxThread;
import org.pothos.ui.common.PaneLoader;
import org.pothos.ui.common.Popups;
import org.pothos.ui.common.TaskExecutor;
import org.pothos.ui.common.Texts;
import org.pothos.ui.detail.DetailView;
import org.pothos.ui.detail.DetailViewModel;
import org.pothos.ui.detail.PreviewImages;
import org.pothos.ui.detail.PreviewViewModel;
import org.pothos.ui.edit.ItemEdits;
import org.pothos.ui.help.ShortcutsDialog;
import org.pothos.ui.jobs.FileWritesView;
import org.pothos.ui.jobs.FileWritesViewModel;
import org.pothos.ui.jobs.ItemNames;
import org.pothos.ui.jobs.JobsText;
import org.pothos.ui.jobs.JobsView;
import org.pothos.ui.jobs.JobsViewModel;
import org.pothos.ui.library.AnalysisStarter;
import org.pothos.ui.library.LibraryView;
import org.pothos.ui.library.LibraryViewModel;
import org.pothos.ui.library.SidebarView;
import org.pothos.ui.library.SidebarViewModel;
import org.pothos.ui.library.ThumbnailImages;
import org.pothos.ui.main.MainView;
import org.pothos.ui.main.MainViewModel;
import org.pothos.ui.main.PanesViewModel;
import org.pothos.ui.main.ResumePromptViewModel;
import org.pothos.ui.review.ReviewView;
import org.pothos.ui.review.ReviewViewModel;
import org.pothos.ui.selection.SelectionEditorView;
import org.pothos.ui.selection.SelectionEditorViewModel;
import org.pothos.ui.settings.FileWritingViewModel;
import org.pothos.ui.settings.PothosPreferences;
import org.pothos.ui.settings.SettingsDialog;
import org.pothos.ui.settings.SettingsTexts;
import org.pothos.ui.settings.SettingsViewModel;
import org.pothos.ui.settings.Theme;
import org.pothos.ui.settings.UiLanguage;
import org.pothos.ui.viewer.ViewerView;
import org.pothos.ui.viewer.ViewerViewModel;
import org.pothos.ui.vocabulary.TagManagerDialog;
import org.pothos.ui.vocabulary.TagManagerViewModel;

/**
 * Builds the main window from the services: one ViewModel per part, each FXML controller given
 * its ViewModel through the loader's controller factory. Shared by the application and its tests.
 */
public final class MainWindow {

    /** UI text of the main window, in the user's language when there is a translation. */
    public static final String BUNDLE = "org.pothos.ui.library.LibraryView";
    /** The bundles of every pane the window's FXML includes; their keys must not overlap. */
    static final List<String> PANE_BUNDLES = List.of(BUNDLE, JobsText.BUNDLE, DetailView.BUNDLE, ReviewView.BUNDLE,
            SelectionEditorView.BUNDLE);

    private MainWindow() {
    }

    /**
     * The window's root node, its top ViewModel, and the threads it owns.
     *
     * @param thumbnailDecoding grid cells decode their thumbnails on threads of their own: on the shared
     *                          background pool they waited behind the grid's page loading, which for a large
     *                          library is one task of many seconds
     */
    public record Loaded(Parent root, MainViewModel viewModel, SplitPane split, SplitPane gridAndJobs,
                         ExecutorService thumbnailDecoding) implements AutoCloseable {

        /** Saves what is still being typed and stops the window's own threads; call when the window closes. */
        @Override
        public void close() {
            viewModel.close();
            thumbnailDecoding.shutdownNow();
        }
    }

    /** The interface language: the one chosen in Settings, else the system's. */
    public static Locale localeFor(PothosPreferences prefs) {
        return prefs.uiLanguageProperty().get() == UiLanguage.SYSTEM ? Locale.getDefault()
                : prefs.uiLanguageProperty().get().locale();
    }

    public static Loaded load(AppContext context, PothosPreferences prefs, Executor background, DesktopActions desktop,
                              Locale locale) throws IOException {
        Executor ui = FxThread.EXECUTOR;
        Texts texts = Texts.of(BUNDLE, locale);
        SidebarViewModel sidebar = new SidebarViewModel(context.mediaStore(), context.vocabularyStore(), background, ui);
        // One history of edits of pictures for the grid, the viewer and the selection editor: one undo for all.
        ItemEdits edits = new ItemEdits(context.itemEditor(), texts, background, ui);
        LibraryViewModel library = new LibraryViewModel(context.mediaStore(), context.importService(),
                context.jobStore(), edits, texts, background, ui);
        PreviewImages detailPreviews = new PreviewImages(context.thumbnailService(), PreviewImages.screenEdge(), context.imageDecoder());
        DetailViewModel detail = new DetailViewModel(context.mediaStore(), detailPreviews, background, ui);
        JobsText jobsText = new JobsText(locale, ZoneId.systemDefault());
        JobsViewModel jobs = new JobsViewModel(context.analysisService(), ItemNames.from(context.mediaStore()),
                jobsText, background, ui);
        FileWritesViewModel fileWrites = new FileWritesViewModel(fileWriter(context.labelAutoWriter()), jobsText, background, ui);
        // A sidecar another program changed since Pothos read it is read again when its picture is shown.
        detail.setBeforeLoad(id -> context.labelSync().readChangedSidecars(id));
        MainViewModel main = new MainViewModel(sidebar, library, detail, jobs, context.endpointService(), texts, background, ui);
        ExecutorService thumbnailDecoding = Executors.newFixedThreadPool(2, DaemonThreads.named("pothos-thumbnail-decode"));
        ThumbnailImages thumbnails = new ThumbnailImages(context.thumbnailService(), thumbnailDecoding, ui);
        AnalysisStarter analysis = new AnalysisStarter(context.analysisService(), context.endpointService(),
                prefs::analysisOptions, prefs.defaultModelProperty()::get, texts, background, ui);
        library.setOnImported(ids -> {
            main.importFinished();
            if (prefs.analyseAfterImportProperty().get()) {
                analysis.analyse(ids, library::showStatus);
            }
        });
        ReviewViewModel review = new ReviewViewModel(context.reviewStore(), context.librarySettings(), new PreviewViewModel(new PreviewImages(
                context.thumbnailService(), PreviewImages.screenEdge(), context.imageDecoder()), TaskExecutor.of(background, ui)),
                (id, report) -> analysis.analyse(List.of(id), options -> options.withReview(true), report),
                Texts.of(ReviewView.BUNDLE, locale), background, ui);
        main.attachReview(review);
        Runnable openTagManager = () -> openTagManager(context, background, library, sidebar, locale);
        Runnable openSettings = () -> openSettings(context, prefs, background, main);
        Runnable openAbout = () -> new AboutDialog(focusedWindow(),
                new AboutViewModel(AboutFacts.current(context.dataDir()), desktop::open), locale).showAndWait();
        context.analysisService().addListener(main.analysisListener());
        ResumePromptViewModel resumePrompt = new ResumePromptViewModel(context.analysisService(),
                context.queuedAtOpen(), texts, background, ui);

        ViewerViewModel viewer = ViewerViewModel.create(context.mediaStore(), detailPreviews,
                new PreviewImages(context.thumbnailService(), ViewerViewModel.FULL_SIZE_EDGE, context.imageDecoder()), edits,
                Texts.of(ViewerView.BUNDLE, locale), background, ui);
        viewer.setOnCurrentChanged(library::reveal);
        SelectionEditorViewModel selection = new SelectionEditorViewModel(context.mediaStore(), edits, background, ui);
        main.attachSelectionEditor(selection);
        edits.setOnStored(stored -> {
            main.itemsEdited(stored);
            viewer.stored(stored);
        });

        DetailView detailView = new DetailView(detail);
        Runnable showShortcuts = () -> new ShortcutsDialog(focusedWindow(), locale).showAndWait();
        FindingParts finding = FindingParts.create(context, library, sidebar, viewer, thumbnails, texts, locale, background, ui);
        CombinedBundle bundle = CombinedBundle.of(locale, PANE_BUNDLES);
        Map<Class<?>, Object> controllers = new HashMap<>();
        controllers.putAll(Map.of(
                MainView.class, new MainView(main, new PanesViewModel(jobs.hasActiveJobsProperty()), resumePrompt, finding.status(),
                        openSettings, new PaneLoader(bundle, controllers::get)),
                SidebarView.class, new SidebarView(sidebar, finding.status(), openTagManager),
                ReviewView.class, new ReviewView(review, thumbnails, sidebar::showLibrary),
                LibraryView.class, new LibraryView(library, thumbnails, analysis, desktop, item -> viewer.open(library.idsInOrder(), item.getId()),
                        openSettings, openAbout, detailView::focusTitle, showShortcuts, finding::openSimilar,
                        finding::openDuplicates),
                JobsView.class, new JobsView(jobs),
                FileWritesView.class, new FileWritesView(fileWrites),
                DetailView.class, detailView,
                SelectionEditorView.class, new SelectionEditorView(selection)));
        FXMLLoader loader = new FXMLLoader(MainView.class.getResource("MainView.fxml"), bundle);
        loader.setControllerFactory(controllers::get);
        Parent window = loader.load();
        // The viewer lies over the whole window while it is open; it is built when first opened.
        StackPane root = new StackPane(window);
        FirstShow.build(viewer.openProperty(), () -> ViewerView.load(viewer, showShortcuts, locale), part -> {
            root.getChildren().add(part);
            part.requestFocus(); // as it does each time it opens again
        });
        Popups.styleUnder(root);
        SplitPane split = (SplitPane) loader.getNamespace().get("split");
        SplitPane gridAndJobs = (SplitPane) loader.getNamespace().get("gridAndJobs");
        // The grid's first page is read first; the job history, the file writer, the analysis engine and
        // Hibernate (for edits and jobs) follow once it is on screen.
        main.start();
        library.afterFirstPage(() -> {
            context.warmUp();
            jobs.start();
            fileWrites.start();
            context.labelAutoWriter().start();
            resumePrompt.start();
        });
        return new Loaded(root, main, split, gridAndJobs, thumbnailDecoding);
    }

    /** Opens the tag manager beside the window; each change it makes reloads the grid and the counts. */
    private static void openTagManager(AppContext context, Executor background, LibraryViewModel library,
                                       SidebarViewModel sidebar, Locale locale) {
        TagManagerViewModel tags = new TagManagerViewModel(context.vocabularyStore(), context.librarySettings(),
                Texts.of(TagManagerDialog.BUNDLE, locale), background, FxThread.EXECUTOR);
        tags.setOnChanged(() -> {
            library.reload();
            sidebar.refreshCounts();
        });
        new TagManagerDialog(focusedWindow(), tags, locale).show();
    }

    /** Opens the settings dialog; on OK or Apply the engine takes the new settings at once. */
    private static void openSettings(AppContext context, PothosPreferences prefs, Executor background, MainViewModel main) {
        SettingsViewModel settings = new SettingsViewModel(prefs, context.endpointService(), background, FxThread.EXECUTOR);
        settings.setOnApplied(() -> {
            context.analysisSettings().updateAndGet(prefs::analysisSettings);
            main.checkOllama();
        });
        settings.setOnThemeChanged(Theme::apply);
        FileWritingViewModel fileWriting = new FileWritingViewModel(FileWritingViewModel.Library.of(context.labelSync()),
                SettingsTexts.forLocale(Locale.getDefault()), background, FxThread.EXECUTOR);
        fileWriting.setOnSaved(() -> context.labelAutoWriter().lookNow());
        // The dialog may have closed on OK before the save failed: the status line says so too.
        fileWriting.setOnSaveFailed(main.library()::showStatus);
        settings.setFileWriting(fileWriting);
        new SettingsDialog(focusedWindow(), settings).showAndWait();
    }

    private static FileWritesViewModel.Writer fileWriter(LabelAutoWriter writer) {
        return new FileWritesViewModel.Writer() {
            @Override
            public void addListener(LabelAutoWriter.Listener listener) {
                writer.addListener(listener);
            }

            @Override
            public void retryFailed() {
                writer.retryFailed();
            }
        };
    }


    private static Window focusedWindow() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(null);
    }
}
