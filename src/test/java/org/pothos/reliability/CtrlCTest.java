package org.pothos.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.analysis.AnalysisJob;
import org.pothos.analysis.JobStatus;
import org.pothos.analysis.JobStore;
import org.pothos.app.AppContext;
import org.pothos.launcher.Main;
import org.pothos.simulation.ChatFault;
import org.pothos.simulation.SimulatedOllama;
import org.pothos.testsupport.TestImages;

/**
 * Ctrl-C on a real {@code analyze} process (SIGINT): the running requests are aborted, their jobs and
 * the queued ones wait in the queue, nothing is cancelled or left running, and the next {@code analyze}
 * resumes them all.
 */
class CtrlCTest {

    private static final String MODEL = "llava:7b";

    @TempDir
    Path temp;

    @Test
    void ctrlCDuringABatchKeepsEveryJobForTheNextAnalyze() throws Exception {
        Path photos = Files.createDirectories(temp.resolve("photos"));
        TestImages.distinctJpegs(photos, 6, 200, 150);
        Path dataDir = temp.resolve("library");
        try (SimulatedOllama server = SimulatedOllama.start().withVisionModel(MODEL)
                .answer("{\"title\":\"Test card\",\"description\":\"Shapes.\",\"tags\":[\"shapes\"],\"categories\":[\"Art\"]}")) {
            assertEquals(0, cli(dataDir, server, "import", photos.toString()).awaitExit(Duration.ofSeconds(120)));
            server.failNext(2, ChatFault.hang());
            try (ChildJvm analyze = cli(dataDir, server, "analyze", "--all", "--model", MODEL, "--concurrency", "2")) {
                assertTrue(server.awaitHeld(2, Duration.ofSeconds(120)), "two requests in flight");
                analyze.signal("INT");
                Integer exit = analyze.awaitExit(Duration.ofSeconds(60));
                assertNotNull(exit, "analyze stops on Ctrl-C");
                String out = output(analyze);
                assertEquals(130, exit, "the JVM ends a process stopped by SIGINT with 128 + 2, as shells expect: "
                        + out + analyze.errorTail());
                assertTrue(out.contains("Stopped: 0 succeeded, 0 failed, 0 cancelled, 6 still queued"), out);
            } finally {
                server.releaseHeld();
            }

            try (AppContext library = AppContext.open(dataDir, server.baseUrl())) {
                assertEquals(0, library.recoveredJobs(), "the stop recorded its jobs itself: none was left running");
                Map<JobStatus, Long> counts = library.jobStore().countByStatus();
                assertEquals(6, counts.get(JobStatus.QUEUED), counts.toString());
                List<AnalysisJob> interrupted = library.jobStore().list(JobStatus.QUEUED, 0, 10).items().stream()
                        .filter(job -> JobStore.INTERRUPTED.equals(job.errorMessage())).toList();
                assertEquals(2, interrupted.size(), "the two aborted requests say why they wait again");
                interrupted.forEach(job -> assertEquals(0, job.attempts(), "the aborted attempt is not counted"));
            }

            try (ChildJvm resume = cli(dataDir, server, "analyze")) {
                assertEquals(0, resume.awaitExit(Duration.ofSeconds(120)), resume.errorTail());
                String out = output(resume);
                assertTrue(out.contains("Resuming 6 queued job(s).") && out.contains("Done: 6 succeeded"), out);
            }
        }
    }

    private ChildJvm cli(Path dataDir, SimulatedOllama server, String... command) throws Exception {
        List<String> args = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        args.addAll(List.of(command));
        return ChildJvm.start(temp.resolve(command[0] + "-" + System.nanoTime() + ".err"), Main.class, args,
                Map.of("OLLAMA_HOST", server.baseUrl()));
    }

    private static String output(ChildJvm child) throws InterruptedException {
        StringBuilder out = new StringBuilder();
        for (String line = child.nextLine(Duration.ofSeconds(30)); line != null && !ChildJvm.END.equals(line);
             line = child.nextLine(Duration.ofSeconds(30))) {
            out.append(line).append('\n');
        }
        return out.toString();
    }
}
