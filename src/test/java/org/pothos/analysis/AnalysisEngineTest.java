package org.pothos.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.app.AppContext;
import org.pothos.common.Cancellation;
import org.pothos.library.ImportListener;
import org.pothos.library.Label;
import org.pothos.library.MediaItem;
import org.pothos.library.MediaQuery;
import org.pothos.library.Source;
import org.pothos.simulation.ChatFault;
import org.pothos.simulation.ChatRequest;
import org.pothos.simulation.SimulatedOllama;
import org.pothos.testsupport.TestImages;

/**
 * The whole engine, as the command line and the window use it: a real library in a temporary
 * folder, the real Ollama adapter, and an in-process server speaking Ollama's wire protocol.
 */
class AnalysisEngineTest {

    static final String MODEL = "llava:7b";
    static final String JSON_ANSWER = "{\"title\":\"Harbour at dusk\",\"description\":\"Fishing boats moored in a calm harbour"
            + " under an orange evening sky.\",\"tags\":[\"boat\",\"Harbour\",\"sunset\",\"boat\"],\"categories\":[\"Travel\"]}";

    @TempDir
    Path temp;

    private SimulatedOllama server;
    private AppContext context;
    private AnalysisService service;

    @BeforeEach
    void setUp() throws Exception {
        server = SimulatedOllama.start().withVisionModel(MODEL).answer(JSON_ANSWER);
        context = AppContext.open(temp.resolve("library"), server.baseUrl());
        context.analysisSettings().set(AnalysisSettings.defaults().withRetryBackoff(Duration.ofMillis(20)));
        service = context.analysisService();
        service.start();
    }

    @AfterEach
    void tearDown() throws IOException {
        context.close();
        server.close();
    }

    private List<Long> importImages(int count, int width, int height) throws IOException {
        Path photos = Files.createDirectories(temp.resolve("photos-" + System.nanoTime()));
        for (int i = 0; i < count; i++) {
            TestImages.jpegWithExif(photos, "p" + i + ".jpg", width + i, height,
                    TestImages.ExifSpec.empty().gps(48.8582, 2.2945).camera("Pothos", "Bench 1"));
        }
        context.importService().importPaths(List.of(photos), ImportListener.NONE, new Cancellation());
        return context.mediaStore().findIds(MediaQuery.all().withSort(org.pothos.library.SortOrder.NAME));
    }

    /** Runs a batch to its end and returns its last progress. */
    private BatchProgress runToEnd(List<Long> ids, String model, AnalysisOptions options) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        BatchProgress[] last = new BatchProgress[1];
        AnalysisListener listener = new AnalysisListener() {
            @Override
            public void onBatch(BatchProgress progress) {
                last[0] = progress;
                if (progress.finished()) {
                    done.countDown();
                }
            }
        };
        service.addListener(listener);
        try {
            AnalysisBatch batch = service.analyse(ids, model, null, options);
            assertTrue(done.await(30, TimeUnit.SECONDS) || service.progress(batch.id()).finished(),
                "batch did not finish: " + context.jobStore().list(null, 0, 20).items().stream()
                    .map(j -> j.id() + " " + j.status() + " " + j.errorMessage()).toList());
            return service.progress(batch.id());
        } finally {
            service.removeListener(listener);
        }
    }

    private AnalysisJob onlyJobOf(long mediaId) {
        return context.jobStore().list(null, 0, 100).items().stream().filter(j -> j.mediaId() == mediaId)
                .findFirst().orElseThrow();
    }

    private String describe() {
        return server.chatRequests().stream().map(r -> (r.formatSchema() != null) + " " + r.prompt().substring(0, 40)).toList()
                + "\n" + context.jobStore().list(null, 0, 5).items().stream()
                .map(j -> j.id() + " " + j.status() + " attempts " + j.attempts() + " " + j.errorMessage()).toList();
    }

    @Test
    void oneStructuredCallPerImageWithASmallMetadataFreeUpload() throws Exception {
        List<Long> ids = importImages(3, 2000, 1500);
        BatchProgress progress = runToEnd(ids, MODEL, AnalysisOptions.defaults());

        assertEquals(3, progress.succeeded(), context.jobStore().list(null, 0, 10).items().toString());
        assertEquals(3, server.chatCount(), "one call per image");
        assertEquals(0, service.activeBatches(), "a finished batch no longer hears every job event");
        for (long id : ids) {
            MediaItem item = context.mediaStore().findById(id).orElseThrow();
            assertEquals("Harbour at dusk", item.title());
            assertEquals(Source.ai(MODEL), item.titleSource());
            assertTrue(item.description().startsWith("Fishing boats"));
            assertEquals(List.of("boat", "Harbour", "sunset"), item.tags().stream().map(Label::name).toList());
            assertEquals(List.of("Travel"), item.categories().stream().map(Label::name).toList());
            assertNotNull(item.analysedAt());
        }
        for (ChatRequest request : server.chatRequests()) {
            Map<String, Object> schema = request.formatSchema();
            assertNotNull(schema, "structured output asks with a JSON schema");
            assertEquals(Map.of("type", "string", "maxLength", 80), ((Map<?, ?>) schema.get("properties")).get("title"));
            byte[] upload = request.images().get(0);
            BufferedImage seen = ImageIO.read(new ByteArrayInputStream(upload));
            int edge = Math.max(seen.getWidth(), seen.getHeight());
            // Up to a tenth below the setting when a JPEG decodes at a DCT scale: 2000 px at 1/2 gives 1000 px.
            assertTrue(edge <= 1024 && edge >= 1024 - 1024 / 10, "downscaled to about the longest edge setting: " + edge);
            assertEquals(-1, TestImages.indexOf(upload, "Exif".getBytes()), "no EXIF (no GPS) leaves the machine");
        }
        AnalysisJob job = onlyJobOf(ids.get(0));
        assertEquals(JobStatus.SUCCEEDED, job.status());
        assertTrue(server.chatRequests().stream().anyMatch(r -> r.images().get(0).length == job.bytesUploaded()),
                "bytes uploaded recorded on the job");
        assertTrue(job.rawAnswer().contains("Harbour at dusk"));
    }

    @Test
    void reasoningAndLabelledFreeTextAreReadLeniently() throws Exception {
        server.thinking("The user wants JSON but I will chat.").answer(
                "<think>Boats, water, evening light.</think>\nTitle: Quiet harbour\nDescription: Boats at rest.\n"
                        + "Tags: boat, water\nCategories: Travel");
        List<Long> ids = importImages(1, 400, 300);
        BatchProgress progress = runToEnd(ids, MODEL, AnalysisOptions.defaults());
        assertEquals(1, progress.succeeded());
        MediaItem item = context.mediaStore().findById(ids.get(0)).orElseThrow();
        assertEquals("Quiet harbour", item.title());
        assertEquals(List.of("boat", "water"), item.tags().stream().map(Label::name).toList());
    }

    @Test
    void aModelThatCannotFollowTheSchemaIsAskedPerField() throws Exception {
        server.answer(request -> request.formatSchema() != null ? "I am sorry, I cannot produce that." : "Sunset");
        List<Long> ids = importImages(1, 400, 300);
        BatchProgress progress = runToEnd(ids, MODEL, AnalysisOptions.defaults());
        assertEquals(1, progress.succeeded());
        assertEquals(2 + 4, server.chatCount(), "two structured tries, then one question per field: " + describe());
        assertEquals("Sunset", context.mediaStore().findById(ids.get(0)).orElseThrow().title());

        // The model is remembered: the next image goes per field at once.
        List<Long> more = importImages(1, 300, 300);
        runToEnd(more.stream().filter(id -> !ids.contains(id)).toList(), MODEL, AnalysisOptions.defaults());
        assertEquals(6 + 4, server.chatCount(), describe());
    }

    @Test
    void anUnknownModelFailsAtOnceWithTheCommandToInstallIt() throws Exception {
        List<Long> ids = importImages(1, 400, 300);
        BatchProgress progress = runToEnd(ids, "qwen2.5vl:7b", AnalysisOptions.defaults());
        assertEquals(1, progress.failed());
        AnalysisJob job = onlyJobOf(ids.get(0));
        assertEquals(ErrorKind.MODEL_NOT_FOUND, job.errorKind());
        assertTrue(job.errorMessage().contains("ollama pull qwen2.5vl:7b"), job.errorMessage());
        assertTrue(job.errorMessage().contains(server.baseUrl()), job.errorMessage());
        assertEquals(0, server.chatCount());
        assertEquals(1, job.attempts(), "permanent errors are not retried");
    }

    @Test
    void aTextOnlyModelIsRefusedBeforeAnyRequest() throws Exception {
        server.withTextModel("llama3.2:3b");
        List<Long> ids = importImages(1, 400, 300);
        BatchProgress progress = runToEnd(ids, "llama3.2:3b", AnalysisOptions.defaults());
        assertEquals(1, progress.failed());
        AnalysisJob job = onlyJobOf(ids.get(0));
        assertEquals(ErrorKind.NOT_VISION, job.errorKind());
        assertEquals(0, server.chatCount(), "Ollama would drop the image and the model would answer blind");
    }

    @Test
    void concurrencyLimitsAreRespected() throws Exception {
        server.latency(Duration.ofMillis(150));
        List<Long> ids = importImages(8, 300, 200);
        runToEnd(ids, MODEL, AnalysisOptions.defaults());
        assertEquals(2, server.maxConcurrentChats(), "the global default of 2");

        Endpoint endpoint = context.endpointService().list().get(0);
        context.analysisSettings().set(context.analysisSettings().get().withConcurrency(8));
        context.endpointService().setMaxConcurrent(endpoint, 3);
        List<Long> more = importImages(8, 310, 200).stream().filter(id -> !ids.contains(id)).toList();
        runToEnd(more, MODEL, AnalysisOptions.defaults());
        assertEquals(3, server.maxConcurrentChats(), "the endpoint's own limit of 3");
    }

    @Test
    void aUsersTitleSurvivesReanalysis() throws Exception {
        List<Long> ids = importImages(1, 400, 300);
        long id = ids.get(0);
        context.mediaStore().setTitle(id, "Grandpa's boat", Source.USER);
        runToEnd(ids, MODEL, AnalysisOptions.defaults());
        runToEnd(ids, MODEL, AnalysisOptions.defaults().withLanguage(OutputLanguage.ZH_CN));
        MediaItem item = context.mediaStore().findById(id).orElseThrow();
        assertEquals("Grandpa's boat", item.title());
        assertFalse(item.tags().isEmpty());
        assertTrue(server.prompts().get(1).contains("简体中文") || server.prompts().get(1).contains("中文"),
                "the Chinese prompt asks for Chinese");
    }

    @Test
    void stoppingPutsRunningJobsBackInTheQueueWithTheQueuedOnesForTheNextStart() throws Exception {
        server.failNext(2, ChatFault.hang());
        List<Long> ids = importImages(4, 300, 200);
        AnalysisBatch batch = service.analyse(ids, MODEL, null, AnalysisOptions.defaults());
        assertTrue(server.awaitInFlight(2, Duration.ofSeconds(10)));
        context.close();

        try (AppContext reopened = AppContext.open(temp.resolve("library"), server.baseUrl())) {
            java.util.Map<JobStatus, Long> counts = reopened.jobStore().countByStatus();
            assertEquals(0, counts.get(JobStatus.CANCELLED), "a stop is not the user's cancel: nothing is lost");
            assertEquals(4, counts.get(JobStatus.QUEUED), "the two aborted requests wait with the others");
            assertEquals(0, reopened.recoveredJobs(), "the stop recorded them itself, no crash recovery needed");
            for (Long id : batch.jobIds()) {
                AnalysisJob job = reopened.jobStore().find(id).orElseThrow();
                assertEquals(0, job.attempts(), "an attempt cut short by the stop does not count against retries");
            }
            assertEquals(2, reopened.jobStore().idsWithStatus(JobStatus.QUEUED).stream()
                    .map(id -> reopened.jobStore().find(id).orElseThrow().errorMessage())
                    .filter(JobStore.INTERRUPTED::equals).count());
            assertEquals(4, batch.jobIds().size());
        } finally {
            context = AppContext.open(temp.resolve("library-after"), server.baseUrl());
        }
    }

    @Test
    void jobsACrashLeftRunningAreRecoveredAndRunOnceMore() throws Exception {
        List<Long> ids = importImages(2, 300, 200);
        JobStore.EnqueueResult queued = context.jobStore().enqueue(ids, MODEL, null, AnalysisOptions.defaults(), "crashed");
        long endpointId = context.endpointService().list().get(0).id();
        assertTrue(context.jobStore().markRunning(queued.created().get(0), endpointId, java.time.Instant.now()).isPresent());
        context.close(); // the store now holds one RUNNING job, as after a kill

        context = AppContext.open(temp.resolve("library"), server.baseUrl());
        assertEquals(1, context.recoveredJobs());
        assertEquals(JobStatus.QUEUED, context.jobStore().find(queued.created().get(0)).orElseThrow().status());
        service = context.analysisService();
        CountDownLatch done = new CountDownLatch(1);
        service.addListener(new AnalysisListener() {
            @Override
            public void onBatch(BatchProgress progress) {
                if (progress.finished()) {
                    done.countDown();
                }
            }
        });
        service.follow(queued.created());
        service.start();
        assertTrue(done.await(20, TimeUnit.SECONDS), describe());
        assertEquals(2, server.chatCount(), "each image analysed once");
        for (long id : ids) {
            assertEquals("Harbour at dusk", context.mediaStore().findById(id).orElseThrow().title());
        }
    }
}
