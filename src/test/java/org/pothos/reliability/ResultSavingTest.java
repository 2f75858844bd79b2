package org.pothos.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.h2.api.Trigger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.analysis.AnalysisJob;
import org.pothos.analysis.AnalysisListener;
import org.pothos.analysis.AnalysisOptions;
import org.pothos.analysis.AnalysisSettings;
import org.pothos.analysis.ErrorKind;
import org.pothos.analysis.JobEvent;
import org.pothos.analysis.JobStatus;
import org.pothos.app.AppContext;
import org.pothos.common.Cancellation;
import org.pothos.library.ImportListener;
import org.pothos.library.Label;
import org.pothos.library.LabelCount;
import org.pothos.library.LabelKind;
import org.pothos.library.LabelNames;
import org.pothos.library.MediaItem;
import org.pothos.library.MediaQuery;
import org.pothos.library.Source;
import org.pothos.persistence.Database;
import org.pothos.simulation.ChatRequest;
import org.pothos.simulation.SimulatedOllama;
import org.pothos.testsupport.TestImages;

/**
 * A model's answer is never thrown away: results saved by many workers at once, while imports and a
 * person's edits write to the same tables, all land once and create no label twice; an answer whose saving
 * keeps failing stays on its job and is saved at the next try without asking the model again.
 */
class ResultSavingTest {

    private static final String MODEL = "llava:7b";
    private static final String AI = Source.ai(MODEL).encode();

    @TempDir
    Path temp;

    private SimulatedOllama server;
    private AppContext context;

    @AfterEach
    void tearDown() throws Exception {
        if (context != null) {
            context.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Each answer names its image, and brings labels no answer had before, some of them shared with answers running at once. */
    private static String answerFor(ChatRequest request) {
        String key = sha256(request.images().get(0)).substring(0, 12);
        return "{\"title\":\"Picture " + key + "\",\"description\":\"A generated picture.\","
                + "\"tags\":" + json(expectedTags(key)) + ",\"categories\":" + json(expectedCategories(key)) + "}";
    }

    private static List<String> expectedTags(String key) {
        int n = Integer.parseInt(key.substring(0, 6), 16);
        return List.of("solo " + key, "race " + n % 23, "Race " + n % 7 + " crowd", "wave " + n % 3);
    }

    private static List<String> expectedCategories(String key) {
        int n = Integer.parseInt(key.substring(0, 6), 16);
        return List.of("Kind " + n % 11, "Only " + key);
    }

    @Test
    void threeHundredResultsAtConcurrencySixteenBesideImportsAndEditsAllLandOnceWithNoLabelTwice() throws Exception {
        Path photos = Files.createDirectories(temp.resolve("photos"));
        Path more = Files.createDirectories(temp.resolve("more"));
        TestImages.distinctJpegs(photos, 300, 48, 32);
        for (int i = 0; i < 60; i++) {
            TestImages.jpeg(more, "m" + i + ".jpg", 48 + i, 40);
        }
        server = SimulatedOllama.start().withVisionModel(MODEL).keepContent(false).answer(ResultSavingTest::answerFor);
        context = AppContext.open(temp.resolve("library"), server.baseUrl());
        context.analysisSettings().set(new AnalysisSettings(16, Duration.ofSeconds(60), 3, Duration.ofMillis(20)));
        context.endpointService().setMaxConcurrent(context.endpointService().list().get(0), 16);
        context.importService().importPaths(List.of(photos), ImportListener.NONE, new Cancellation());
        List<Long> ids = context.mediaStore().findIds(MediaQuery.all());
        assertEquals(300, ids.size());
        context.analysisService().start();

        List<String> problems = new CopyOnWriteArrayList<>();
        CountDownLatch finished = new CountDownLatch(1);
        context.analysisService().addListener(new AnalysisListener() {
            @Override
            public void onJob(JobEvent event) {
                if (event.type() == JobEvent.Type.FAILED || event.type() == JobEvent.Type.RETRY_SCHEDULED) {
                    problems.add(event.type() + " " + event.message());
                }
            }

            @Override
            public void onBatch(org.pothos.analysis.BatchProgress progress) {
                if (progress.finished()) {
                    finished.countDown();
                }
            }
        });
        AtomicBoolean editing = new AtomicBoolean(true);
        AtomicInteger edits = new AtomicInteger();
        ExecutorService others = Executors.newFixedThreadPool(2);
        try {
            Future<?> importing = others.submit(() -> context.importService().importPaths(List.of(more), ImportListener.NONE,
                    new Cancellation()));
            Future<?> person = others.submit(() -> {
                Random random = new Random(13);
                while (editing.get()) {
                    long id = ids.get(random.nextInt(ids.size()));
                    context.mediaStore().addLabels(id, LabelKind.TAG, List.of("race " + random.nextInt(23), "mine " + random.nextInt(9)),
                            Source.USER);
                    context.mediaStore().setRating(id, random.nextInt(6));
                    context.mediaStore().addLabels(id, LabelKind.CATEGORY, List.of("Kind " + random.nextInt(11)), Source.USER);
                    edits.incrementAndGet();
                }
                return null;
            });
            context.analysisService().analyse(ids, MODEL, null, AnalysisOptions.defaults());
            assertTrue(finished.await(120, TimeUnit.SECONDS), "the batch finished");
            importing.get();
            editing.set(false);
            person.get();
        } finally {
            editing.set(false);
            others.shutdownNow();
        }

        List<AnalysisJob> jobs = context.jobStore().list(null, 0, 1000).items();
        assertEquals(300, jobs.size());
        assertEquals(List.of(), jobs.stream().filter(j -> j.status() != JobStatus.SUCCEEDED)
                .map(j -> j.id() + " " + j.status() + ": " + j.errorMessage()).toList(), "0 failed jobs; " + problems);
        assertEquals(300, server.chatCount(), "every image asked once: no answer was thrown away and asked again");
        assertTrue(edits.get() > 0, "the person's edits ran during the batch");
        for (long id : ids) {
            MediaItem item = context.mediaStore().findById(id).orElseThrow();
            String key = item.title().substring("Picture ".length());
            assertAnswerApplied(item, item.tags(), expectedTags(key));
            assertAnswerApplied(item, item.categories(), expectedCategories(key));
        }
        assertEquals(360, context.mediaStore().count(MediaQuery.all()), "the import beside the batch landed whole");
        for (LabelKind kind : LabelKind.values()) {
            List<String> names = context.mediaStore().labelCounts(kind).stream().map(LabelCount::name).toList();
            Set<String> keys = names.stream().map(LabelNames::normalise).collect(Collectors.toSet());
            assertEquals(names.size(), keys.size(), "no " + kind + " twice: " + names);
        }
    }

    /** Every label of the answer is on the item (the person may have added it first), and no other label says the model. */
    private static void assertAnswerApplied(MediaItem item, List<Label> labels, List<String> expected) {
        Set<String> onItem = labels.stream().map(l -> LabelNames.normalise(l.name())).collect(Collectors.toSet());
        for (String name : expected) {
            assertTrue(onItem.contains(LabelNames.normalise(name)), item.id() + " lacks " + name + ": " + labels);
        }
        Set<String> wanted = expected.stream().map(LabelNames::normalise).collect(Collectors.toSet());
        List<String> strays = labels.stream().filter(l -> AI.equals(l.source().encode()))
                .map(l -> LabelNames.normalise(l.name())).filter(n -> !wanted.contains(n)).toList();
        assertEquals(List.of(), strays, "labels of another answer on item " + item.id());
    }

    @Test
    void anAnswerThatCannotBeSavedIsKeptOnItsJobAndSavedAtTheNextTryWithoutAskingAgain() throws Exception {
        Path photos = Files.createDirectories(temp.resolve("photos"));
        TestImages.distinctJpegs(photos, 1, 64, 48);
        server = SimulatedOllama.start().withVisionModel(MODEL).answer(ResultSavingTest::answerFor);
        Path library = temp.resolve("library");
        context = AppContext.open(library, server.baseUrl());
        context.analysisSettings().set(new AnalysisSettings(2, Duration.ofSeconds(30), 3, Duration.ofMillis(300)));
        context.importService().importPaths(List.of(photos), ImportListener.NONE, new Cancellation());
        long mediaId = context.mediaStore().findIds(MediaQuery.all()).get(0);
        // The database refuses to change the item, as a lock held elsewhere past every retry would.
        LockedItems.refusals.set(1000);
        try (Connection sql = DriverManager.getConnection("jdbc:h2:file:"
                + library.toAbsolutePath().resolve(Database.FILE_STEM) + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0", "pothos", "");
             Statement statement = sql.createStatement()) {
            statement.execute("create trigger locked_items before update on media_item for each row call \""
                    + LockedItems.class.getName() + "\"");
        }
        List<JobEvent> events = new CopyOnWriteArrayList<>();
        CountDownLatch kept = new CountDownLatch(1);
        CountDownLatch saved = new CountDownLatch(1);
        context.analysisService().addListener(new AnalysisListener() {
            @Override
            public void onJob(JobEvent event) {
                events.add(event);
                if (event.type() == JobEvent.Type.RETRY_SCHEDULED) {
                    LockedItems.refusals.set(0);
                    kept.countDown();
                } else if (event.type() == JobEvent.Type.SUCCEEDED) {
                    saved.countDown();
                }
            }
        });
        context.analysisService().start();
        long jobId = context.analysisService().analyse(List.of(mediaId), MODEL, null, AnalysisOptions.defaults()).jobIds().get(0);

        assertTrue(kept.await(60, TimeUnit.SECONDS), "the answer was kept: " + events);
        JobEvent keptEvent = events.stream().filter(e -> e.type() == JobEvent.Type.RETRY_SCHEDULED).findFirst().orElseThrow();
        assertTrue(keptEvent.message().contains("kept and saved at the next try"), keptEvent.message());
        assertTrue(saved.await(60, TimeUnit.SECONDS), "the kept answer was saved: " + events);

        AnalysisJob job = context.jobStore().find(jobId).orElseThrow();
        assertEquals(JobStatus.SUCCEEDED, job.status());
        assertEquals(1, job.attempts(), "saving again used no try of the model");
        assertEquals(1, server.chatCount(), "the model was asked once");
        MediaItem item = context.mediaStore().findById(mediaId).orElseThrow();
        assertTrue(item.title().startsWith("Picture "), item.title());
        assertFalse(item.tags().isEmpty());
        assertEquals(ErrorKind.NOT_SAVED, keptEvent.job().errorKind());
    }

    /** An H2 trigger that refuses updates of items, as a lock timeout, while {@link #refusals} lasts. */
    public static final class LockedItems implements Trigger {

        static final AtomicInteger refusals = new AtomicInteger();

        @Override
        public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
            if (refusals.getAndDecrement() > 0) {
                throw new SQLException("Timeout trying to lock table MEDIA_ITEM", "HYT00", 50200);
            }
        }
    }

    private static String json(List<String> names) {
        return names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
