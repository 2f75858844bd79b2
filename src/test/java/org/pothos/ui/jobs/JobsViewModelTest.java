package org.pothos.ui.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.analysis.AnalysisJob;
import org.pothos.analysis.AnalysisListener;
import org.pothos.analysis.AnalysisOptions;
import org.pothos.analysis.AnalysisService;
import org.pothos.analysis.AnalysisSettings;
import org.pothos.analysis.JobEvent;
import org.pothos.analysis.JobStatus;
import org.pothos.app.AppContext;
import org.pothos.common.Cancellation;
import org.pothos.library.ImportListener;
import org.pothos.library.MediaQuery;
import org.pothos.library.SortOrder;
import org.pothos.simulation.ChatFault;
import org.pothos.simulation.SimulatedOllama;
import org.pothos.testsupport.TestImages;

/**
 * The panel's ViewModel without a toolkit, against the real engine: a library in a temporary
 * folder, the real Ollama adapter and an in-process Ollama. Background work runs on the calling
 * thread; UI tasks queue up and run on the test thread while it waits, as on the JavaFX thread.
 */
class JobsViewModelTest {

    static final String MODEL = "llava:7b";
    static final String ANSWER = "{\"title\":\"Harbour at dusk\",\"description\":\"Boats in a calm harbour.\","
            + "\"tags\":[\"boat\",\"harbour\"],\"categories\":[\"Travel\"]}";
    static final Executor DIRECT = Runnable::run;
    static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path temp;

    private SimulatedOllama server;
    private AppContext context;
    private AnalysisService service;
    private UiQueue ui;
    private JobsViewModel vm;
    private boolean libraryClosed;

    @BeforeEach
    void setUp() throws Exception {
        server = SimulatedOllama.start().withVisionModel(MODEL).answer(ANSWER);
        context = AppContext.open(temp.resolve("library"), server.baseUrl());
        context.analysisSettings().set(AnalysisSettings.defaults().withRetryBackoff(Duration.ofMillis(20)));
        service = context.analysisService();
        service.start();
        ui = new UiQueue();
        vm = newViewModel();
        vm.start();
    }

    @AfterEach
    void tearDown() throws IOException {
        vm.close();
        if (!libraryClosed) {
            context.close();
        }
        server.close();
    }

    private JobsViewModel newViewModel() {
        return new JobsViewModel(service, ItemNames.from(context.mediaStore()), new JobsText(Locale.ENGLISH, ZoneOffset.UTC),
                DIRECT, ui);
    }

    private List<Long> importImages(int count) throws IOException {
        Path photos = Files.createDirectories(temp.resolve("photos-" + System.nanoTime()));
        TestImages.distinctJpegs(photos, count, 300, 200);
        context.importService().importPaths(List.of(photos), ImportListener.NONE, new Cancellation());
        return context.mediaStore().findIds(MediaQuery.all().withSort(SortOrder.NAME));
    }

    private void analyse(List<Long> ids) {
        service.analyse(ids, MODEL, null, AnalysisOptions.defaults());
    }

    private void runUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        ui.runUntil(condition, WAIT, this::describe);
    }

    private String describe() {
        return "active " + vm.activeJobs().stream().map(r -> r.getJobId() + " " + r.getStatus() + " " + r.getProgress()
                + " " + r.getMessage()).toList()
                + ", history " + vm.history().stream().map(r -> r.getJobId() + " " + r.getStatus() + " " + r.getErrorMessage()).toList()
                + ", totals " + vm.totals().totalsTextProperty().get()
                + ", store " + context.jobStore().list(null, 0, 10).items().stream().map(j -> j.id() + " " + j.status()).toList();
    }

    private long historyWith(JobStatus status) {
        return vm.history().stream().filter(r -> r.getStatus() == status).count();
    }

    @Test
    void aBatchShowsOneRowPerJobThenMovesThemToTheHistoryAndCountsThem() throws Exception {
        server.latency(Duration.ofMillis(400));
        List<Long> ids = importImages(3);
        assertFalse(vm.hasActiveJobsProperty().get());
        analyse(ids);

        runUntil(() -> vm.activeJobs().size() == 3);
        assertTrue(vm.hasActiveJobsProperty().get());
        assertTrue(vm.busyProperty().get());
        assertTrue(vm.activeJobs().stream().allMatch(r -> r.getProgress() == -1), "queued, or waiting for a first token: " + describe());
        runUntil(() -> vm.activeJobs().stream().filter(r -> r.getStatus() == JobStatus.RUNNING).count() == 2);
        runUntil(() -> vm.activeJobs().stream().allMatch(r -> r.getItemName().matches("p\\d\\.jpg")));
        assertEquals(MODEL, vm.activeJobs().get(0).getModel());

        runUntil(() -> vm.activeJobs().isEmpty() && historyWith(JobStatus.SUCCEEDED) == 3);
        runUntil(() -> vm.totals().doneProperty().get() == 3);
        assertEquals(3, vm.totals().totalProperty().get());
        assertEquals(0, vm.totals().failedProperty().get());
        assertEquals(0, vm.totals().remainingProperty().get());
        assertEquals(1.0, vm.totals().progressProperty().get());
        assertTrue(vm.totals().imagesPerMinuteProperty().get() > 0);
        assertFalse(vm.hasActiveJobsProperty().get());
        assertTrue(vm.totals().totalsTextProperty().get().startsWith("Finished: 3 done"), vm.totals().totalsTextProperty().get());
        HistoryRowViewModel newest = vm.history().get(0);
        assertTrue(newest.getRawAnswer().contains("Harbour at dusk"));
        assertTrue(newest.getDurationText().endsWith(" s"), newest.getDurationText());
        assertTrue(newest.getItemName().matches("p\\d\\.jpg"), newest.getItemName());
        assertEquals("", newest.getMessageText());

        // A panel opened later finds the finished jobs in the store.
        JobsViewModel later = newViewModel();
        later.start();
        runUntil(() -> later.history().size() == 3 && later.history().stream().allMatch(r -> r.getItemName().endsWith(".jpg")));
        assertTrue(later.activeJobs().isEmpty());
        assertEquals(3, later.history().stream().map(HistoryRowViewModel::getJobId).distinct().count());
        later.close();
    }

    @Test
    void aRunningJobShowsTheProgressOfItsStream() throws Exception {
        // The stream stops after a few chunks until released, so the running state is seen for sure.
        server.failNext(1, ChatFault.stallAfter(3));
        List<Long> ids = importImages(1);
        analyse(ids);
        runUntil(() -> !vm.activeJobs().isEmpty() && vm.activeJobs().get(0).getProgress() > 0);
        JobRowViewModel row = vm.activeJobs().get(0);
        assertEquals(JobStatus.RUNNING, row.getStatus());
        assertTrue(row.stateTextProperty().get().startsWith("Analysing"), row.stateTextProperty().get());
        assertTrue(row.getMessage().contains("asking " + MODEL), row.getMessage());
        assertTrue(server.awaitHeld(1, Duration.ofSeconds(10)), "the server holds the stream");
        server.releaseHeld();
        runUntil(() -> vm.activeJobs().isEmpty() && historyWith(JobStatus.SUCCEEDED) == 1);
    }

    @Test
    void aJobWaitingToRetrySaysWhy() throws Exception {
        context.analysisSettings().set(context.analysisSettings().get().withRetryBackoff(Duration.ofSeconds(1)));
        server.failNext(1, ChatFault.busy());
        analyse(importImages(1));
        runUntil(() -> !vm.activeJobs().isEmpty() && vm.activeJobs().get(0).getMessage().startsWith("retrying: "));
        JobRowViewModel row = vm.activeJobs().get(0);
        assertTrue(row.getMessage().contains("busy") && row.getMessage().contains("attempt 2 of 3"), row.getMessage());
        assertEquals("Waiting to retry", row.stateTextProperty().get());
        assertEquals(-1, row.getProgress());
        runUntil(() -> vm.activeJobs().isEmpty() && historyWith(JobStatus.SUCCEEDED) == 1);
    }

    @Test
    void cancellingAHangingJobEndsItCancelledAndTakesItOffTheActiveList() throws Exception {
        server.failNext(1, ChatFault.hang());
        analyse(importImages(1));
        assertTrue(server.awaitInFlight(1, Duration.ofSeconds(10)));
        runUntil(() -> vm.activeJobs().size() == 1 && vm.activeJobs().get(0).getStatus() == JobStatus.RUNNING);
        JobRowViewModel row = vm.activeJobs().get(0);

        vm.cancel(row);

        assertTrue(row.cancellingProperty().get());
        runUntil(() -> vm.activeJobs().isEmpty() && historyWith(JobStatus.CANCELLED) == 1);
        assertEquals(row.getJobId(), vm.history().get(0).getJobId());
        assertEquals(JobStatus.CANCELLED, context.jobStore().find(row.getJobId()).orElseThrow().status());
        runUntil(() -> vm.totals().doneProperty().get() == 1 && !vm.busyProperty().get());
        assertEquals(0, vm.totals().failedProperty().get());
    }

    @Test
    void failedJobsShowTheirErrorAndCanBeRetriedOneOrAll() throws Exception {
        server.failNext(3, 400, "{\"error\":\"bad\"}");
        analyse(importImages(3));
        runUntil(() -> historyWith(JobStatus.FAILED) == 3 && vm.totals().failedProperty().get() == 3);
        assertEquals(3, vm.failedInHistoryProperty().get());
        assertTrue(vm.totals().totalsTextProperty().get().contains("3 failed"), vm.totals().totalsTextProperty().get());
        HistoryRowViewModel failed = vm.history().get(2);
        assertTrue(failed.getErrorMessage().contains("bad"), failed.getErrorMessage());
        assertEquals(failed.getErrorMessage(), failed.getMessageText());

        vm.selectedHistoryProperty().set(failed);
        assertTrue(vm.selectedErrorProperty().get().contains("bad"));
        assertTrue(vm.selectedRetryableProperty().get());

        vm.retrySelected();
        runUntil(() -> historyWith(JobStatus.SUCCEEDED) == 1 && historyWith(JobStatus.FAILED) == 2);
        assertEquals(failed.getJobId(), vm.history().get(0).getJobId(), "the retried job finished anew, on top");
        assertEquals(null, vm.selectedHistoryProperty().get(), "the selected row left when its job went back to the queue");

        vm.retryFailed();
        runUntil(() -> historyWith(JobStatus.SUCCEEDED) == 3 && vm.activeJobs().isEmpty());
        // The first batch had finished: the retried jobs are a run of their own.
        runUntil(() -> vm.totals().failedProperty().get() == 0 && vm.totals().doneProperty().get() == 2);
        assertEquals(0, vm.failedInHistoryProperty().get());
        assertEquals(3 + 3, server.chatCount());
    }

    @Test
    void aBurstOfEventsReachesTheUiThreadAsAFewFlushes() throws Exception {
        // Without item names, every UI task is a flush of events.
        UiQueue counting = new UiQueue();
        JobsViewModel burst = new JobsViewModel(service, ItemNames.NONE, new JobsText(Locale.ENGLISH, ZoneOffset.UTC),
                DIRECT, counting);
        AnalysisListener engine = burst.listener();
        int jobs = 4;
        int perJob = 1250;
        CountDownLatch fired = new CountDownLatch(jobs);
        long start = System.nanoTime();
        for (int j = 1; j <= jobs; j++) {
            AnalysisJob job = syntheticJob(1000 + j, JobStatus.RUNNING);
            Thread thread = new Thread(() -> {
                engine.onJob(new JobEvent(JobEvent.Type.STARTED, job, 0, "asking"));
                for (int i = 1; i < perJob; i++) {
                    engine.onJob(new JobEvent(JobEvent.Type.PROGRESS, job, i / (double) perJob, null));
                }
                fired.countDown();
            });
            thread.start();
        }
        // The test thread plays the UI thread meanwhile, so flushes happen during the burst.
        counting.runUntil(() -> fired.getCount() == 0, WAIT, this::describe);
        double last = (perJob - 1) / (double) perJob;
        counting.runUntil(() -> burst.activeJobs().size() == jobs
                && burst.activeJobs().stream().allMatch(r -> r.getProgress() == last), WAIT, this::describe);
        long millis = (System.nanoTime() - start) / 1_000_000;
        int tasks = counting.submitted();
        assertTrue(tasks <= 2 + millis / 100, tasks + " UI tasks for " + jobs * perJob + " events in " + millis + " ms");
        assertTrue(burst.activeJobs().stream().allMatch(r -> r.getStatus() == JobStatus.RUNNING));
    }

    @Test
    void eventsThatArriveOutOfOrderDoNotSendAJobBack() throws Exception {
        AnalysisListener engine = vm.listener();
        AnalysisJob running = syntheticJob(2001, JobStatus.RUNNING);
        // The dispatcher started the job before the caller announced it as queued (within one flush).
        engine.onJob(new JobEvent(JobEvent.Type.STARTED, running, 0, "asking"));
        engine.onJob(new JobEvent(JobEvent.Type.QUEUED, syntheticJob(2001, JobStatus.QUEUED), 0, null));
        runUntil(() -> vm.activeJobs().size() == 1);
        assertEquals(JobStatus.RUNNING, vm.activeJobs().get(0).getStatus());

        // The same across flushes; a new job's row tells that the flush with the late event has run.
        engine.onJob(new JobEvent(JobEvent.Type.QUEUED, syntheticJob(2001, JobStatus.QUEUED), 0, null));
        engine.onJob(new JobEvent(JobEvent.Type.QUEUED, syntheticJob(2002, JobStatus.QUEUED), 0, null));
        runUntil(() -> vm.activeJobs().size() == 2);
        assertEquals(JobStatus.RUNNING, vm.activeJobs().get(0).getStatus());

        // A late token cannot bring a finished job back.
        engine.onJob(new JobEvent(JobEvent.Type.SUCCEEDED, syntheticJob(2001, JobStatus.SUCCEEDED), 1, null));
        runUntil(() -> vm.activeJobs().size() == 1 && vm.history().size() == 1);
        engine.onJob(new JobEvent(JobEvent.Type.PROGRESS, running, 0.5, null));
        engine.onJob(new JobEvent(JobEvent.Type.QUEUED, syntheticJob(2003, JobStatus.QUEUED), 0, null));
        runUntil(() -> vm.activeJobs().size() == 2);
        assertEquals(List.of(2002L, 2003L), vm.activeJobs().stream().map(JobRowViewModel::getJobId).toList());
        assertEquals(JobStatus.SUCCEEDED, vm.history().get(0).getStatus());
    }

    private static AnalysisJob syntheticJob(long id, JobStatus status) {
        Instant now = Instant.now();
        return new AnalysisJob(id, id, null, MODEL, AnalysisOptions.defaults(), status, 1, null, now,
                status == JobStatus.QUEUED ? null : now, status.isFinished() ? now : null,
                status.isFinished() ? 1200L : null, null, null, null, null, "synthetic", null);
    }

    @Test
    void whenTheLibraryCannotBeReadThePanelSaysWhyAndIsNotLeftBusy() throws Exception {
        context.close();   // the jobs live in the library's database: every call now throws
        libraryClosed = true;

        vm.cancelAll();
        runUntil(() -> !vm.busyProperty().get());
        assertTrue(vm.noticeProperty().get().startsWith("That did not work: "), vm.noticeProperty().get());

        JobsViewModel reopened = newViewModel();
        reopened.start();
        runUntil(() -> !reopened.historyLoadingProperty().get());
        assertTrue(reopened.noticeProperty().get().startsWith("The job history could not be loaded: "),
                reopened.noticeProperty().get());
        reopened.close();
    }
}
