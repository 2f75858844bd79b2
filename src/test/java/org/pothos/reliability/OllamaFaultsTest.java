package org.pothos.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pothos.analysis.AnalysisBatch;
import org.pothos.analysis.AnalysisJob;
import org.pothos.analysis.AnalysisListener;
import org.pothos.analysis.AnalysisOptions;
import org.pothos.analysis.AnalysisSettings;
import org.pothos.analysis.Endpoint;
import org.pothos.analysis.EndpointStatus;
import org.pothos.analysis.ErrorKind;
import org.pothos.analysis.JobDispatcher;
import org.pothos.analysis.JobEvent;
import org.pothos.analysis.JobStatus;
import org.pothos.app.AppContext;
import org.pothos.common.Cancellation;
import org.pothos.library.ImportListener;
import org.pothos.library.MediaQuery;
import org.pothos.simulation.ChatFault;
import org.pothos.simulation.SimulatedOllama;
import org.pothos.testsupport.TestImages;

/**
 * Every way the in-process Ollama can fail, met by a real analysis batch on a real library: each
 * ends retried and done, or failed with a message naming the cause; the requests the server saw stay
 * within the attempts allowed; and once the library is closed, no thread and no connection is left.
 */
class OllamaFaultsTest {

    static final String MODEL = "llava:7b";
    static final String ANSWER = "{\"title\":\"Harbour at dusk\",\"description\":\"Boats in a calm harbour.\","
            + "\"tags\":[\"boat\",\"sunset\"],\"categories\":[\"Travel\"]}";
    private static final Duration BACKOFF = Duration.ofMillis(20);
    private static final Duration GENEROUS = Duration.ofSeconds(30);

    @TempDir
    static Path photos;

    @TempDir
    Path temp;

    private SimulatedOllama server;
    private AppContext context;

    /**
     * What a fault does to a batch.
     *
     * @param images   images in the batch
     * @param attempts tries allowed per job
     * @param timeout  request timeout
     * @param inject   configures the server's fault
     * @param status   the end state of every job
     * @param kind     its error kind, for failures; null for successes
     * @param says     what the failure says about its cause; for successes, what each retry says, in order
     *                 (empty: no retry expected)
     * @param requests chat requests the server must have seen, or -1 when chance or timing decides (a timed-out
     *                 retry may end before its request is out); never more than images × attempts
     */
    record Fault(String name, int images, int attempts, Duration timeout, Consumer<SimulatedOllama> inject,
                 JobStatus status, ErrorKind kind, List<String> says, int requests) {

        static Fault failed(String name, Consumer<SimulatedOllama> inject, ErrorKind kind, String says, int requests) {
            return new Fault(name, 1, 3, Duration.ofSeconds(10), inject, JobStatus.FAILED, kind, List.of(says), requests);
        }

        Fault withTimeout(Duration requestTimeout, int tries) {
            return new Fault(name, images, tries, requestTimeout, inject, status, kind, says, requests);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Fault> faults() {
        Consumer<SimulatedOllama> eachOnce = s -> s.failNext(1, ChatFault.internalError())
                .failNext(1, ChatFault.busy())
                .failNext(1, ChatFault.dropAfter(2))
                .failNext(1, ChatFault.garbageLineAfter(1))
                .failNext(1, ChatFault.errorInStreamAfter(1, "failed to decode image"))
                .failNext(1, ChatFault.hang())
                .failNext(1, ChatFault.stallAfter(2));
        return Stream.of(
                new Fault("each fault once, then an answer", 1, 8, Duration.ofMillis(1500), eachOnce, JobStatus.SUCCEEDED, null,
                        List.of("HTTP 500", "queue is full", "closed in the middle of the answer", "not valid JSON",
                                "failed to decode image", "timed out", "timed out"), 8),
                new Fault("30 % HTTP 500 over a batch", 8, 8, Duration.ofSeconds(10), s -> s.failFraction(0.3, 7),
                        JobStatus.SUCCEEDED, null, List.of(), -1),
                new Fault("503 queue full four times, then an answer", 1, 3, Duration.ofSeconds(10),
                        s -> s.failNext(4, ChatFault.busy()), JobStatus.SUCCEEDED, null, List.of("queue is full", "queue is full",
                        "queue is full", "queue is full"), 5),
                Fault.failed("a hang every time", s -> s.failNext(10, ChatFault.hang()), ErrorKind.TIMEOUT, "timed out", -1)
                        .withTimeout(Duration.ofMillis(600), 2),
                Fault.failed("connection dropped mid-stream every time", s -> s.failNext(10, ChatFault.dropAfter(2)),
                        ErrorKind.BAD_RESPONSE, "closed in the middle of the answer", 3),
                Fault.failed("garbage NDJSON every time", s -> s.failNext(10, ChatFault.garbageLineAfter(1)),
                        ErrorKind.BAD_RESPONSE, "not valid JSON", 3),
                Fault.failed("the model vanishes between listing and its details", s -> s.vanishAfterListing(MODEL),
                        ErrorKind.MODEL_NOT_FOUND, "ollama pull " + MODEL, 0),
                new Fault("a slow stream within the timeout", 1, 3, Duration.ofSeconds(10), s -> s.tokenDelay(Duration.ofMillis(15)),
                        JobStatus.SUCCEEDED, null, List.of(), 1),
                Fault.failed("a slow stream past the timeout", s -> s.tokenDelay(Duration.ofMillis(150)), ErrorKind.TIMEOUT,
                        "timed out", -1).withTimeout(Duration.ofMillis(600), 2));
    }

    private static int httpClientsBefore;

    @BeforeAll
    static void warmUp(@TempDir Path warmUpLibrary) throws Exception {
        httpClientsBefore = LeakCheck.httpClients();
        TestImages.distinctJpegs(photos, 8, 400, 300);
        // Threads the JVM starts once and keeps (AWT's disposer, image I/O, H2's) start here, so that
        // what each test leaves behind is its own.
        try (SimulatedOllama warm = SimulatedOllama.start().withVisionModel(MODEL).answer(ANSWER);
             AppContext library = AppContext.open(warmUpLibrary, warm.baseUrl())) {
            library.analysisService().start();
            List<Long> ids = importPhotos(library, 1);
            BatchRun.of(library.analysisService(), library.jobStore(), ids, MODEL, GENEROUS);
            library.thumbnailBackfill().buildMissing(done -> { }, new Cancellation());
        }
    }

    /** Pothos's own chat client, plus those that were running before; ollama4j's per-call ones must have ended. */
    @AfterAll
    static void httpClientsDidNotPileUp() {
        LeakCheck.assertHttpClientsBounded(httpClientsBefore + 1);
    }

    @AfterEach
    void tearDown() throws IOException {
        if (context != null) {
            context.close();
            context = null;
        }
        if (server != null) {
            server.close();
            server = null;
        }
    }

    private static List<Long> importPhotos(AppContext library, int count) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(photos)) {
            files = listing.sorted().limit(count).toList();
        }
        library.importService().importPaths(files, ImportListener.NONE, new Cancellation());
        return library.mediaStore().findIds(MediaQuery.all());
    }

    /**
     * Opens the library; tests reach its services through {@link #context} only, so that closing it
     * and dropping the field leaves nothing of it reachable for the leak check.
     */
    private void open(String url, AnalysisSettings settings) throws Exception {
        context = AppContext.open(temp.resolve("library"), url);
        context.analysisSettings().set(settings);
        context.analysisService().start();
    }

    /** Closes the library and the server, then checks that nothing they used is left. */
    private void closeAndCheckLeaks(LeakCheck leaks) throws IOException {
        int port = server.port();
        context.close();
        context = null;
        server.close();
        server = null;
        leaks.assertNoConnections(port);
        leaks.assertNoNewThreads();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void aFaultEndsInAKnownStateWithBoundedRetriesAndNothingLeaked(Fault fault) throws Exception {
        LeakCheck leaks = LeakCheck.begin();
        server = SimulatedOllama.start().withVisionModel(MODEL).answer(ANSWER);
        open(server.baseUrl(),
                new AnalysisSettings(2, fault.timeout(), fault.attempts(), BACKOFF));
        List<Long> ids = importPhotos(context, fault.images());
        fault.inject().accept(server);

        BatchRun run = BatchRun.of(context.analysisService(), context.jobStore(), ids, MODEL, GENEROUS);

        String story = fault + ": " + run.jobs().stream()
                .map(j -> j.status() + " after " + j.attempts() + " attempt(s): " + j.errorMessage()).toList()
                + " retries " + run.retryMessages();
        for (AnalysisJob job : run.jobs()) {
            assertEquals(fault.status(), job.status(), story);
            assertTrue(job.attempts() >= 1 && job.attempts() <= fault.attempts(), story);
            if (fault.kind() != null) {
                assertEquals(fault.kind(), job.errorKind(), story);
                assertTrue(job.errorMessage().contains(fault.says().get(0)), story);
                assertEquals(fault.kind().isTransient() ? fault.attempts() : 1, job.attempts(),
                        "transient faults use every attempt, others none more; " + story);
            }
        }
        if (fault.status() == JobStatus.SUCCEEDED && fault.images() == 1) {
            List<String> retries = run.retryMessages();
            assertEquals(fault.says().size(), retries.size(), story);
            for (int i = 0; i < retries.size(); i++) {
                assertTrue(retries.get(i).contains(fault.says().get(i)), story);
            }
        }
        if (fault.images() > 1) {
            assertTrue(run.retryMessages().stream().allMatch(m -> m.contains("HTTP 500")), story);
            assertEquals(server.chatCount(), run.attempts(), "one request per attempt; " + story);
        }
        if (fault.requests() >= 0) {
            assertEquals(fault.requests(), server.chatCount(), "requests the server saw; " + story);
        } else {
            assertTrue(server.chatCount() >= 1, "requests were made; " + story);
        }
        long busy = run.retryMessages().stream().filter(m -> m.contains("busy answers do not use up tries")).count();
        assertTrue(server.chatCount() <= fault.images() * fault.attempts() + busy, "retries bounded; " + story);
        closeAndCheckLeaks(leaks);
    }

    @Test
    void aRefusedConnectionPausesTheJobWithoutUsingATryUntilOllamaAnswersAgain() throws Exception {
        LeakCheck leaks = LeakCheck.begin();
        SimulatedOllama stopped = SimulatedOllama.start();
        int port = stopped.port();
        String url = stopped.baseUrl();
        stopped.close();
        open(url, new AnalysisSettings(2, Duration.ofSeconds(10), 3, BACKOFF));
        List<Long> ids = importPhotos(context, 1);
        List<EndpointStatus> statuses = new java.util.concurrent.CopyOnWriteArrayList<>();
        CountDownLatch unreachable = new CountDownLatch(1);
        CountDownLatch requeued = new CountDownLatch(1);
        CountDownLatch succeeded = new CountDownLatch(1);
        context.analysisService().addListener(new AnalysisListener() {
            @Override
            public void onEndpoint(EndpointStatus status) {
                statuses.add(status);
                if (!status.reachable()) {
                    unreachable.countDown();
                }
            }

            @Override
            public void onJob(JobEvent event) {
                if (event.type() == JobEvent.Type.SUCCEEDED) {
                    succeeded.countDown();
                } else if (event.type() == JobEvent.Type.RETRY_SCHEDULED && event.message() != null
                        && event.message().startsWith(JobDispatcher.WAITING_FOR_ENDPOINT)) {
                    requeued.countDown();
                }
            }
        });
        long jobId = context.analysisService().analyse(ids, MODEL, null, AnalysisOptions.defaults()).jobIds().get(0);

        assertTrue(unreachable.await(GENEROUS.toSeconds(), TimeUnit.SECONDS), "the endpoint is marked unreachable");
        assertTrue(requeued.await(GENEROUS.toSeconds(), TimeUnit.SECONDS), "the job went back to the queue");
        EndpointStatus down = statuses.get(0);
        assertTrue(down.reason().contains("connection refused") && down.reason().contains("ollama serve"), down.reason());
        AnalysisJob waiting = context.jobStore().find(jobId).orElseThrow();
        assertEquals(JobStatus.QUEUED, waiting.status(), "the job waits in the queue");
        assertEquals(0, waiting.attempts(), "a refused connection uses up no try");
        assertEquals(List.of(url), context.analysisService().unreachableEndpoints().stream().map(e -> e.endpoint().url()).toList());
        assertEquals(List.of(url), context.analysisService().pausedBy().stream().map(e -> e.endpoint().url()).toList(),
                "no other endpoint answers: analysis is paused");

        server = SimulatedOllama.startOn(port).withVisionModel(MODEL).answer(ANSWER);
        assertTrue(succeeded.await(GENEROUS.toSeconds(), TimeUnit.SECONDS), "the job runs once Ollama answers again");
        AnalysisJob done = context.jobStore().find(jobId).orElseThrow();
        assertEquals(JobStatus.SUCCEEDED, done.status());
        assertEquals(1, done.attempts());
        assertTrue(statuses.get(statuses.size() - 1).reachable(), statuses.toString());
        assertTrue(context.analysisService().unreachableEndpoints().isEmpty());
        closeAndCheckLeaks(leaks);
    }

    @Test
    void anEndpointThatStopsLeavesItsJobsToTheOtherOneAndTheBatchIsNotPaused() throws Exception {
        server = SimulatedOllama.start().withVisionModel(MODEL).answer(ANSWER).latency(Duration.ofSeconds(2));
        try (SimulatedOllama other = SimulatedOllama.start().withVisionModel(MODEL).answer(ANSWER).latency(Duration.ofMillis(100))) {
            open(server.baseUrl(), new AnalysisSettings(4, Duration.ofSeconds(10), 3, BACKOFF));
            context.endpointService().add("second", other.baseUrl(), 2, null);
            for (Endpoint endpoint : context.endpointService().list()) {
                context.endpointService().refreshModels(endpoint); // both serve the model: jobs are spread over them
            }
            List<Long> ids = importPhotos(context, 8);
            // A thread of its own, not the common pool: the JDK's HTTP client completes a failed request through
            // that pool, and a batch waiting in it would hold back the failures it waits for.
            FutureTask<BatchRun> batch = new FutureTask<>(() -> BatchRun.of(context.analysisService(), context.jobStore(), ids,
                    MODEL, GENEROUS));
            new Thread(batch, "batch").start();
            assertTrue(server.awaitInFlight(2, GENEROUS), "the first endpoint took two jobs");
            String stopped = server.baseUrl();
            server.close();

            BatchRun run = batch.get(GENEROUS.toSeconds(), TimeUnit.SECONDS);

            for (AnalysisJob job : run.jobs()) {
                assertEquals(JobStatus.SUCCEEDED, job.status(), run.jobs().toString());
                assertEquals(1, job.attempts(), "a stopped endpoint uses up no try: " + job);
            }
            assertTrue(other.chatCount() >= 6, "the other endpoint took the rest: " + other.chatCount());
            assertEquals(List.of(stopped), context.analysisService().unreachableEndpoints().stream()
                    .map(e -> e.endpoint().url()).toList());
            assertTrue(context.analysisService().pausedBy().isEmpty(), "another endpoint answers: analysis is not paused");
        }
    }

    @Test
    void aModelRemovedAfterItWasListedFailsAtOnceWithTheCommandToInstallIt() throws Exception {
        LeakCheck leaks = LeakCheck.begin();
        server = SimulatedOllama.start().withVisionModel(MODEL).answer(ANSWER);
        open(server.baseUrl(), new AnalysisSettings(2, Duration.ofSeconds(10), 3, BACKOFF));
        List<Long> ids = importPhotos(context, 1);
        context.endpointService().refreshModels(context.endpointService().list().get(0));
        server.removeModel(MODEL);

        BatchRun run = BatchRun.of(context.analysisService(), context.jobStore(), ids, MODEL, GENEROUS);

        AnalysisJob job = run.jobs().get(0);
        assertEquals(JobStatus.FAILED, job.status());
        assertEquals(ErrorKind.MODEL_NOT_FOUND, job.errorKind());
        assertTrue(job.errorMessage().contains("ollama pull " + MODEL), job.errorMessage());
        assertEquals(1, job.attempts(), "a missing model is not retried");
        assertEquals(1, server.chatCount());
        closeAndCheckLeaks(leaks);
    }

    @Test
    void cancellingAHangingRequestEndsTheJobWithinOneSecondAndItCanRunAgain() throws Exception {
        LeakCheck leaks = LeakCheck.begin();
        server = SimulatedOllama.start().withVisionModel(MODEL).answer(ANSWER);
        open(server.baseUrl(), AnalysisSettings.defaults().withRetryBackoff(BACKOFF));
        List<Long> ids = importPhotos(context, 1);
        server.failNext(1, ChatFault.hang());
        List<JobEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        CountDownLatch cancelled = new CountDownLatch(1);
        CountDownLatch succeeded = new CountDownLatch(1);
        context.analysisService().addListener(new AnalysisListener() {
            @Override
            public void onJob(JobEvent event) {
                events.add(event);
                if (event.type() == JobEvent.Type.CANCELLED) {
                    cancelled.countDown();
                } else if (event.type() == JobEvent.Type.SUCCEEDED) {
                    succeeded.countDown();
                }
            }
        });
        AnalysisBatch batch = context.analysisService().analyse(ids, MODEL, null, AnalysisOptions.defaults());
        long jobId = batch.jobIds().get(0);
        assertTrue(server.awaitHeld(1, GENEROUS), "the request hangs");

        long start = System.nanoTime();
        assertTrue(context.analysisService().cancel(jobId));
        long callMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(cancelled.await(GENEROUS.toSeconds(), TimeUnit.SECONDS), "the job ends cancelled: " + events);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 1000, "cancelled after " + millis + " ms (the call returned after " + callMillis + " ms)");
        assertEquals(JobStatus.CANCELLED, context.jobStore().find(jobId).orElseThrow().status());
        assertNull(context.mediaStore().findById(ids.get(0)).orElseThrow().title(), "nothing applied");

        assertEquals(1, context.analysisService().retry(List.of(jobId)));
        assertTrue(succeeded.await(GENEROUS.toSeconds(), TimeUnit.SECONDS), "a cancelled job can run again: " + events);
        assertEquals(2, server.chatCount());
        closeAndCheckLeaks(leaks);
    }
}
