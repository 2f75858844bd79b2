package org.pothos.ui.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.analysis.AnalysisOptions;
import org.pothos.analysis.JobStatus;
import org.pothos.app.AppContext;
import org.pothos.imageio.ImageFacts;
import org.pothos.imageio.ImageFormat;
import org.pothos.library.ImportOutcome;
import org.pothos.library.ScannedFile;

/**
 * More jobs wait than the panel loads as rows (a library reopened with hundreds left queued): the panel's total is
 * the true one, the number the resume prompt gives, and running jobs come first.
 */
class JobsTotalTest {

    private static final int WAITING = JobsViewModel.HISTORY_LOAD + 50;

    @TempDir
    Path temp;

    @Test
    void theTotalCountsEveryWaitingJobAndRunningOnesComeFirst() throws Exception {
        try (AppContext context = AppContext.open(temp.resolve("library"), "http://127.0.0.1:9")) {
            List<ScannedFile> files = new ArrayList<>();
            for (int i = 0; i < WAITING; i++) {
                files.add(new ScannedFile(temp.resolve("p" + i + ".jpg"), String.format("%064x", i), 1000, Instant.parse("2024-01-01T00:00:00Z"),
                        new ImageFacts(ImageFormat.JPEG, 40, 30, 1, null, null, null, null, null, null)));
            }
            List<Long> ids = context.mediaStore().recordImports(files).stream().map(ImportOutcome::mediaId).toList();
            // Queued by an earlier run; the engine is not started, so they stay as they are.
            List<Long> jobs = context.jobStore().enqueue(ids, "llava:7b", null, AnalysisOptions.defaults(), "earlier").created();
            long running = jobs.get(WAITING - 3);
            context.jobStore().markRunning(running, null, Instant.now());

            UiQueue ui = new UiQueue();
            JobsViewModel panel = new JobsViewModel(context.analysisService(), ItemNames.NONE, new JobsText(Locale.ENGLISH, ZoneOffset.UTC),
                    Runnable::run, ui);
            panel.start();
            ui.runUntil(() -> !panel.historyLoadingProperty().get(), Duration.ofSeconds(20), () -> "loading");

            assertEquals(WAITING, panel.activeCountProperty().get(), "every waiting job, not only the rows");
            assertEquals(JobsViewModel.HISTORY_LOAD, panel.activeJobs().size());
            assertEquals(running, panel.activeJobs().get(0).getJobId());
            assertEquals(JobStatus.RUNNING, panel.activeJobs().get(0).getStatus());
            assertTrue(panel.activeJobs().stream().skip(1).allMatch(r -> r.getStatus() == JobStatus.QUEUED));
            panel.close();
        }
    }
}
