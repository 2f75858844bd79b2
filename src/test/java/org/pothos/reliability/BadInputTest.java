package org.pothos.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.analysis.AnalysisJob;
import org.pothos.analysis.AnalysisSettings;
import org.pothos.analysis.JobStatus;
import org.pothos.app.AppContext;
import org.pothos.common.Cancellation;
import org.pothos.library.ImportListener;
import org.pothos.library.ImportOutcome;
import org.pothos.library.ImportProgress;
import org.pothos.library.ImportReport;
import org.pothos.library.MediaItem;
import org.pothos.library.MediaQuery;
import org.pothos.library.ThumbnailStatus;
import org.pothos.simulation.SimulatedOllama;
import org.pothos.testsupport.TestImages;

/**
 * A corpus of broken, odd and huge files through import, thumbnails and analysis: every file gets a
 * result of its own (done, or skipped or failed with a reason), the batch goes on past each, no
 * original file changes, and the command line gets through it all in a 256 MB heap.
 */
class BadInputTest {

    private static final String MODEL = "llava:7b";

    @TempDir
    Path temp;

    @Test
    void everyFileGetsAResultOfItsOwnAndNoneIsModified() throws Exception {
        BadInputCorpus corpus = new BadInputCorpus(temp.resolve("corpus")).everyFileCase().fileDeletedMidImport();
        Path vanishing = corpus.entry(BadInputCorpus.VANISHING).file();
        Map<String, String> before = corpus.fingerprints();

        try (SimulatedOllama server = SimulatedOllama.start().withVisionModel(MODEL).answer(OllamaFaultsTest.ANSWER);
             AppContext context = AppContext.open(temp.resolve("library"), server.baseUrl())) {
            context.analysisSettings().set(AnalysisSettings.defaults().withRetryBackoff(Duration.ofMillis(20)));
            ImportReport report = context.importService().importPaths(List.of(corpus.folder()), new ImportListener() {
                @Override
                public void onProgress(ImportProgress progress) {
                    if (!progress.scanning() && progress.done() == 0 && Files.exists(vanishing)) {
                        BadInputCorpus.delete(vanishing); // listed by the walk, not read yet
                    }
                }
            }, new Cancellation());

            List<String> problems = new ArrayList<>();
            for (BadInputCorpus.Entry entry : corpus.entries()) {
                List<ImportOutcome> outcomes = report.outcomes().stream()
                        .filter(o -> o.path().equals(entry.file().toAbsolutePath().normalize())).toList();
                if (outcomes.size() != 1) {
                    problems.add(entry.name() + ": " + outcomes.size() + " import outcomes");
                    continue;
                }
                ImportOutcome outcome = outcomes.get(0);
                if (entry.imported() ? outcome.kind() != ImportOutcome.Kind.IMPORTED
                        : outcome.kind() != ImportOutcome.Kind.SKIPPED || !outcome.detail().contains(entry.skipped())) {
                    problems.add(entry.name() + ": imported as " + outcome.kind() + " (" + outcome.detail() + ")");
                }
            }
            assertTrue(problems.isEmpty(), String.join("\n", problems) + "\nall: " + report.outcomes());

            context.thumbnailBackfill().buildMissing(done -> { }, new Cancellation());
            context.analysisService().start();
            List<Long> ids = context.mediaStore().findIds(MediaQuery.all());
            BatchRun run = BatchRun.of(context.analysisService(), context.jobStore(), ids, MODEL, Duration.ofSeconds(60));

            for (BadInputCorpus.Entry entry : corpus.entries().stream().filter(BadInputCorpus.Entry::imported).toList()) {
                MediaItem item = context.mediaStore().findById(idOf(context, entry)).orElseThrow();
                AnalysisJob job = run.jobs().stream().filter(j -> j.mediaId() == item.id()).findFirst().orElseThrow();
                String seen = entry.name() + ": thumbnail " + item.thumbnailStatus() + " (" + item.lastError() + "), analysis "
                        + job.status() + " (" + job.errorMessage() + ")";
                if (entry.thumbnailFails() == null ? item.thumbnailStatus() != ThumbnailStatus.READY
                        : item.thumbnailStatus() == ThumbnailStatus.READY || item.lastError() == null
                        || !item.lastError().contains(entry.thumbnailFails())) {
                    problems.add(seen);
                }
                if (entry.analysisFails() == null ? job.status() != JobStatus.SUCCEEDED
                        : job.status() != JobStatus.FAILED || !job.errorMessage().contains(entry.analysisFails())) {
                    problems.add(seen);
                }
            }
            assertTrue(problems.isEmpty(), String.join("\n", problems));
            assertEquals(run.jobs().stream().filter(j -> j.status() == JobStatus.SUCCEEDED).count(), server.chatCount(),
                    "a failed image never reaches the model");
        }

        Map<String, String> after = corpus.fingerprints();
        before.remove(BadInputCorpus.VANISHING);
        assertEquals(before, after, "no original file was changed");
    }

    private static long idOf(AppContext context, BadInputCorpus.Entry entry) {
        return context.mediaStore().findIds(MediaQuery.all()).stream()
                .filter(id -> context.mediaStore().findById(id).orElseThrow().path()
                        .equals(entry.file().toAbsolutePath().normalize()))
                .findFirst().orElseThrow(() -> new AssertionError("no item for " + entry.name()));
    }

    /**
     * The command line in a JVM of its own with a 256 MB heap (see {@link PothosProcess}). It logs as the product does
     * (its JVM has no logback.configurationFile), so its console is what a user sees.
     */
    private static PothosProcess.Run pothos(SimulatedOllama server, Path dataDir, String... args) throws Exception {
        return PothosProcess.run(server.baseUrl(), dataDir, List.of(), args);
    }

    @Test
    void theCommandLineGetsThroughTheCorpusInA256MegabyteHeap() throws Exception {
        BadInputCorpus corpus = new BadInputCorpus(temp.resolve("corpus")).everyFileCase();
        Map<String, String> before = corpus.fingerprints();
        Path library = temp.resolve("library");
        try (SimulatedOllama server = SimulatedOllama.start().withVisionModel(MODEL).answer(OllamaFaultsTest.ANSWER)) {
            PothosProcess.Run imported = pothos(server, library, "import", corpus.folder().toString());
            PothosProcess.Run thumbnails = pothos(server, library, "thumbnails");
            PothosProcess.Run analysed = pothos(server, library, "analyze", "--all", "--model", MODEL);
            String all = imported.output() + thumbnails.output() + analysed.output();
            assertFalse(all.contains("OutOfMemoryError") || all.contains("Exception in thread"), all);

            assertEquals(0, imported.exitCode(), imported.output());
            for (BadInputCorpus.Entry entry : corpus.entries().stream().filter(e -> !e.imported()).toList()) {
                assertTrue(lineWith(imported.output(), entry.file(), entry.skipped()), entry.name() + ": " + imported.output());
            }
            long good = corpus.entries().stream().filter(BadInputCorpus.Entry::imported).count();
            // The summary follows the progress line that an import longer than a second prints first.
            assertTrue(imported.output().contains("Imported " + good + ","), imported.output());

            assertEquals(0, thumbnails.exitCode(), thumbnails.output());
            for (BadInputCorpus.Entry entry : corpus.entries().stream().filter(e -> e.thumbnailFails() != null).toList()) {
                assertTrue(lineWith(thumbnails.output(), entry.file(), entry.thumbnailFails()), thumbnails.output());
            }

            List<BadInputCorpus.Entry> failing = corpus.entries().stream().filter(e -> e.analysisFails() != null).toList();
            assertEquals(1, analysed.exitCode(), "some jobs fail: " + analysed.output());
            assertTrue(analysed.output().contains("Done: " + (good - failing.size()) + " succeeded, " + failing.size()
                    + " failed"), analysed.output());
            for (BadInputCorpus.Entry entry : failing) {
                assertTrue(lineWith(analysed.output(), entry.file(), entry.analysisFails()), analysed.output());
            }
        }
        assertEquals(before, corpus.fingerprints(), "no original file was changed");
    }

    /** True when one line of the output names the file and the reason. */
    private static boolean lineWith(String output, Path file, String reason) {
        String path = file.toAbsolutePath().normalize().toString();
        return output.lines().anyMatch(line -> line.contains(path) && line.contains(reason));
    }

    @Test
    void anUnreadableFileIsSkippedWithItsReason() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("locked"));
        Path file = TestImages.jpeg(folder, "secret.jpg", 200, 100);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as root, whom chmod 000 does not stop: this case cannot be made");
        try (AppContext context = AppContext.open(temp.resolve("library"), SimulatedOllama.closedPortUrl())) {
            ImportReport report = context.importService().importPaths(List.of(folder), ImportListener.NONE, new Cancellation());
            assertEquals(1, report.skipped().size(), report.outcomes().toString());
            assertEquals("permission denied", report.skipped().get(0).detail());
        }
    }
}
