package org.pothos.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.analysis.AnalysisField;
import org.pothos.analysis.AnalysisJob;
import org.pothos.analysis.AnalysisOptions;
import org.pothos.analysis.ErrorKind;
import org.pothos.analysis.JobStatus;
import org.pothos.analysis.JobStore;
import org.pothos.analysis.ModelAnswer;
import org.pothos.imageio.ImageFacts;
import org.pothos.imageio.ImageFormat;
import org.pothos.library.Label;
import org.pothos.library.LabelKind;
import org.pothos.library.MediaItem;
import org.pothos.library.ScannedFile;
import org.pothos.library.Source;

class JpaJobStoreTest {

    @TempDir
    Path dataDir;

    private Database db;
    private JpaMediaStore media;
    private JpaJobStore jobs;
    private final AnalysisOptions options = AnalysisOptions.defaults();

    @BeforeEach
    void open() {
        db = Database.open(dataDir);
        media = new JpaMediaStore(db, Clock.systemUTC());
        jobs = new JpaJobStore(db, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long item(int n) {
        return media.recordImports(List.of(new ScannedFile(Path.of("/photos/p" + n + ".jpg"), String.format("%064x", n),
                100, Instant.EPOCH, new ImageFacts(ImageFormat.JPEG, 10, 10, 1, null, null, null, null, null, null))))
                .get(0).mediaId();
    }

    private long runningJob(long mediaId, AnalysisOptions opts) {
        long id = jobs.enqueue(List.of(mediaId), "llava:7b", null, opts, "b").created().get(0);
        assertTrue(jobs.markRunning(id, null, Instant.now()).isPresent());
        return id;
    }

    @Test
    void oneActiveJobPerImageModelAndOptions() {
        long a = item(1);
        long b = item(2);
        JobStore.EnqueueResult first = jobs.enqueue(List.of(a, b), "llava:7b", null, options, "b1");
        assertEquals(2, first.created().size());
        JobStore.EnqueueResult again = jobs.enqueue(List.of(a, b), "llava:7b", null, options, "b2");
        assertTrue(again.created().isEmpty());
        assertEquals(first.created(), again.alreadyActive());
        assertEquals(1, jobs.enqueue(List.of(a), "gemma3:4b", null, options, "b3").created().size(), "another model");
        assertEquals(1, jobs.enqueue(List.of(a), "llava:7b", null, options.withFields(EnumSet.of(AnalysisField.TAGS)), "b4")
                .created().size(), "other options");
        assertThrows(IllegalArgumentException.class, () -> jobs.enqueue(List.of(999L), "llava:7b", null, options, "x"));
    }

    @Test
    void transitionsAreCheckedAgainstTheCurrentState() {
        long id = jobs.enqueue(List.of(item(1)), "llava:7b", null, options, "b").created().get(0);
        assertThrows(IllegalStateException.class, () -> jobs.fail(id, ErrorKind.TIMEOUT, "x", null, null, Instant.now()));
        assertThrows(IllegalStateException.class, () -> jobs.requeue(id, Instant.now(), ErrorKind.TIMEOUT, "x"));
        AnalysisJob running = jobs.markRunning(id, null, Instant.now()).orElseThrow();
        assertEquals(JobStatus.RUNNING, running.status(), "the change returns the row as it left it");
        assertEquals(1, running.attempts());
        assertFalse(jobs.markRunning(id, null, Instant.now()).isPresent(), "a running job cannot be claimed twice");
        AnalysisJob queued = jobs.requeue(id, Instant.now().plusSeconds(60), ErrorKind.SERVER_ERROR, "HTTP 500");
        assertEquals(jobs.find(id).orElseThrow(), queued);
        assertEquals(JobStatus.QUEUED, queued.status());
        assertEquals(1, queued.attempts());
        assertTrue(jobs.due(Instant.now(), 10).isEmpty(), "not due before its backoff");
        assertEquals(1, jobs.due(Instant.now().plusSeconds(61), 10).size());
        assertEquals(queued.nextAttemptAt(), jobs.nextDueTime().orElseThrow());
    }

    @Test
    void successAppliesTheAnswerButKeepsWhatTheUserWrote() {
        long mediaId = item(1);
        media.setTitle(mediaId, "My title", Source.USER);
        media.addLabels(mediaId, LabelKind.TAG, List.of("grandma"), Source.USER);
        media.addLabels(mediaId, LabelKind.TAG, List.of("Dog"), Source.USER);
        long otherItem = item(2);
        media.addLabels(otherItem, LabelKind.TAG, List.of("Beach"), Source.USER);

        long id = runningJob(mediaId, options);
        AnalysisJob succeeded = jobs.succeed(id, new ModelAnswer("A dog on a beach", "A brown dog runs along the sea.",
                List.of("dogs", "beach", "sea"), List.of("Animals")), "{raw}", 91_000, Instant.now());

        MediaItem item = media.findById(mediaId).orElseThrow();
        assertEquals("My title", item.title(), "the user's title stays");
        assertEquals(Source.USER, item.titleSource());
        assertEquals("A brown dog runs along the sea.", item.description());
        assertEquals(Source.ai("llava:7b"), item.descriptionSource());
        assertTrue(item.analysedAt() != null);
        assertEquals(List.of("Beach", "Dog", "grandma", "sea"), item.tags().stream().map(Label::name).toList(),
                "'dogs' joins the user's 'Dog', 'beach' the existing 'Beach'");
        assertEquals(List.of("Animals"), item.categories().stream().map(Label::name).toList());
        AnalysisJob done = jobs.find(id).orElseThrow();
        assertEquals(done, succeeded);
        assertEquals(JobStatus.SUCCEEDED, done.status());
        assertEquals("{raw}", done.rawAnswer());
        assertEquals(91_000L, done.bytesUploaded());
        assertTrue(done.durationMs() >= 0);

        // Re-analysing replaces the earlier AI labels, never the user's.
        long again = runningJob(mediaId, options.withLanguage(org.pothos.analysis.OutputLanguage.ZH_CN));
        jobs.succeed(again, new ModelAnswer("狗", "海边的狗", List.of("狗"), List.of()), "raw", 1, Instant.now());
        MediaItem after = media.findById(mediaId).orElseThrow();
        assertEquals(List.of("Dog", "grandma", "狗"), after.tags().stream().map(Label::name).toList());
        assertEquals("My title", after.title());
        assertTrue(after.categories().isEmpty());
    }

    @Test
    void overwriteReplacesTheUsersValuesToo() {
        long mediaId = item(1);
        media.setTitle(mediaId, "Mine", Source.USER);
        media.addLabels(mediaId, LabelKind.TAG, List.of("mine"), Source.USER);
        long id = runningJob(mediaId, options.withOverwrite(true));
        jobs.succeed(id, new ModelAnswer("Theirs", null, List.of("theirs"), List.of()), "raw", 1, Instant.now());
        MediaItem item = media.findById(mediaId).orElseThrow();
        assertEquals("Theirs", item.title());
        assertEquals(List.of("theirs"), item.tags().stream().map(Label::name).toList());
    }

    @Test
    void cancelRetryRecoverAndPurge() {
        long a = item(1);
        long b = item(2);
        long c = item(3);
        List<Long> ids = jobs.enqueue(List.of(a, b, c), "llava:7b", null, options, "b").created();
        assertEquals(List.of(ids.get(0)), jobs.cancelQueued(ids.subList(0, 1), Instant.now()).stream().map(AnalysisJob::id).toList());
        assertTrue(jobs.cancelQueued(ids.subList(0, 1), Instant.now()).isEmpty(), "a cancelled job is not cancelled twice");
        assertTrue(jobs.markRunning(ids.get(1), null, Instant.now()).isPresent());
        AnalysisJob failed = jobs.fail(ids.get(1), ErrorKind.MODEL_NOT_FOUND, "model llava:7b is not installed", "raw", null,
                Instant.now());
        assertEquals(jobs.find(ids.get(1)).orElseThrow(), failed);
        assertTrue(jobs.markRunning(ids.get(2), null, Instant.now()).isPresent());

        assertEquals(1, jobs.recoverInterrupted(), "the running job a crash left behind");
        AnalysisJob recovered = jobs.find(ids.get(2)).orElseThrow();
        assertEquals(JobStatus.QUEUED, recovered.status());

        List<AnalysisJob> requeued = jobs.retry(ids);
        assertEquals(ids.subList(0, 2), requeued.stream().map(AnalysisJob::id).toList(), "the queued one is not retried");
        AnalysisJob retried = jobs.find(ids.get(1)).orElseThrow();
        assertEquals(retried, requeued.get(1));
        assertEquals(JobStatus.QUEUED, retried.status());
        assertEquals(0, retried.attempts());
        assertNull(retried.errorMessage());
        assertEquals(3, jobs.countByStatus().get(JobStatus.QUEUED));

        assertEquals(3, jobs.cancelAllQueued(Instant.now()).size());
        assertEquals(0, jobs.purgeFinishedBefore(Instant.now().minus(Duration.ofDays(1))));
        assertEquals(3, jobs.purgeFinishedBefore(Instant.now().plusSeconds(1)));
    }

    @Test
    void statisticsOverSucceededJobs() {
        for (int i = 1; i <= 3; i++) {
            long id = runningJob(item(i), options);
            jobs.succeed(id, new ModelAnswer("t", null, List.of(), List.of()), "r", 1, Instant.now().plusMillis(i * 1000L));
        }
        JobStore.JobStatistics stats = jobs.statistics();
        assertEquals(3, stats.succeeded());
        assertTrue(stats.medianMillis() >= 1500 && stats.medianMillis() <= 2500, "median " + stats.medianMillis());
        assertEquals(3, jobs.list(JobStatus.SUCCEEDED, 0, 10).items().size());
        assertEquals(3, jobs.inBatch("b").size());
    }
}
