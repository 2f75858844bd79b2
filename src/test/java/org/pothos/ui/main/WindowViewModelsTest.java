package org.pothos.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.app.AppContext;
import org.pothos.simulation.SimulatedOllama;
import org.pothos.ui.MainWindow;
import org.pothos.ui.common.Texts;
import org.pothos.ui.detail.DetailViewModel;
import org.pothos.ui.detail.PreviewImages;
import org.pothos.ui.edit.ItemEdits;
import org.pothos.ui.jobs.JobsViewModel;
import org.pothos.ui.library.LibraryViewModel;
import org.pothos.ui.library.SidebarViewModel;

/**
 * The window's own ViewModels without a toolkit (the Ollama check in the status bar, the question about jobs left
 * from last time), against a real library and an in-process Ollama; work runs on the calling thread. A closed
 * library stands for one that cannot be read.
 */
class WindowViewModelsTest {

    private static final Executor DIRECT = Runnable::run;

    @TempDir
    Path temp;

    private SimulatedOllama server;
    private AppContext context;
    private Texts texts;
    private boolean libraryClosed;

    @BeforeEach
    void open() throws Exception {
        server = SimulatedOllama.start().withVisionModel("llava:7b");
        context = AppContext.open(temp.resolve("library"), server.baseUrl());
        texts = Texts.of(MainWindow.BUNDLE, Locale.ENGLISH);
    }

    @AfterEach
    void close() throws Exception {
        if (!libraryClosed) {
            context.close();
        }
        server.close();
    }

    private void closeLibrary() throws Exception {
        context.close();
        libraryClosed = true;
    }

    private MainViewModel mainViewModel() {
        SidebarViewModel sidebar = new SidebarViewModel(context.mediaStore(), context.vocabularyStore(), DIRECT, DIRECT);
        LibraryViewModel library = new LibraryViewModel(context.mediaStore(), context.importService(), context.jobStore(),
                new ItemEdits(context.itemEditor(), texts, DIRECT, DIRECT), texts, DIRECT, DIRECT);
        DetailViewModel detail = new DetailViewModel(context.mediaStore(),
                new PreviewImages(context.thumbnailService(), PreviewImages.DEFAULT_EDGE), DIRECT, DIRECT);
        JobsViewModel jobs = new JobsViewModel(context.analysisService(), DIRECT, DIRECT);
        return new MainViewModel(sidebar, library, detail, jobs, context.endpointService(), texts, DIRECT, DIRECT);
    }

    @Test
    void theOllamaCheckSaysWhenItCouldNotBeMade() throws Exception {
        MainViewModel main = mainViewModel();
        main.checkOllama();
        assertEquals("Ollama " + SimulatedOllama.VERSION + " · llava:7b", main.ollamaStatusProperty().get());
        assertNull(main.ollamaProblemProperty().get());

        closeLibrary();
        main.checkOllama();

        assertEquals("Ollama: could not check", main.ollamaStatusProperty().get());
        assertTrue(main.ollamaProblemProperty().get().startsWith("The connection to Ollama could not be checked: "),
                main.ollamaProblemProperty().get());
    }

    @Test
    void jobsThatCannotBeDiscardedAreAskedAboutAgainWithTheReason() throws Exception {
        ResumePromptViewModel prompt = new ResumePromptViewModel(context.analysisService(), List.of(1L, 2L), texts, DIRECT, DIRECT);
        prompt.start();
        assertEquals("2 analysis jobs from last time are waiting.", prompt.messageProperty().get());

        closeLibrary();
        prompt.discard();

        assertTrue(prompt.messageProperty().get().startsWith("The waiting jobs could not be discarded: "),
                prompt.messageProperty().get());
        prompt.discard();   // the question is open again: the answer can be given again
        assertTrue(prompt.messageProperty().get().startsWith("The waiting jobs could not be discarded: "));
    }
}
