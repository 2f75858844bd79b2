package org.pothos.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.analysis.AnalysisOptions;
import org.pothos.app.AppContext;
import org.pothos.common.Cancellation;
import org.pothos.library.ImportListener;
import org.pothos.library.MediaQuery;
import org.pothos.simulation.SimulatedOllama;
import org.pothos.testsupport.TestImages;
import org.pothos.ui.MainWindow;
import org.pothos.ui.common.Texts;

/** Queueing analysis from the window, without a toolkit, against a real library and an in-process Ollama. */
class AnalysisStarterTest {

    private static final Executor DIRECT = Runnable::run;

    @TempDir
    Path temp;

    @Test
    void queueingReportsWhatWasQueuedOrWhyNothingWas() throws Exception {
        Path photos = Files.createDirectories(temp.resolve("photos"));
        TestImages.jpeg(photos, "a.jpg", 60, 40);
        try (SimulatedOllama server = SimulatedOllama.start().withVisionModel("llava:7b")) {
            AppContext context = AppContext.open(temp.resolve("library"), server.baseUrl());
            context.importService().importPaths(List.of(photos), ImportListener.NONE,
                    new Cancellation());
            List<Long> ids = context.mediaStore().findIds(MediaQuery.all());
            AnalysisStarter starter = new AnalysisStarter(context.analysisService(), context.endpointService(),
                    AnalysisOptions::defaults, () -> null, Texts.of(MainWindow.BUNDLE, Locale.ENGLISH), DIRECT, DIRECT);
            List<String> reports = new ArrayList<>();

            starter.analyse(ids, reports::add);
            assertEquals(List.of("Analysing 1 picture(s) with llava:7b"), reports);

            context.close();   // a library that cannot be written
            starter.analyse(ids, reports::add);
            assertEquals(2, reports.size());
            assertTrue(reports.get(1).startsWith("Could not start the analysis: "), reports.get(1));
        }
    }
}
