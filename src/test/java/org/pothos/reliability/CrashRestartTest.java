package org.pothos.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.app.AppContext;
import org.pothos.simulation.ChatRequest;
import org.pothos.simulation.SimulatedOllama;
import org.pothos.testsupport.TestImages;

/**
 * Kills a Pothos process with SIGKILL at seeded random moments while it imports a folder and
 * analyses a batch against the in-test Ollama, restarts it, and checks the library after every kill
 * ({@link LibraryInvariants}); in the end the batch must complete with every image analysed once.
 * The server runs in this process, so its record of requests survives the kills.
 *
 * <p>System properties: {@code pothos.crash.seed} repeats a run (the seed is printed and named in
 * every failure); {@code pothos.crash.kills}, {@code pothos.crash.files} and {@code pothos.crash.jobs}
 * make it longer (the {@code soak} Maven profile raises them).
 */
class CrashRestartTest {

    private static final String MODEL = "llava:7b";
    private static final Duration LINE_TIMEOUT = Duration.ofSeconds(120);

    private final long seed = Long.getLong("pothos.crash.seed", System.nanoTime());
    private final int kills = Integer.getInteger("pothos.crash.kills", 20);
    private final int files = Integer.getInteger("pothos.crash.files", 500);
    private final int jobs = Math.min(files, Integer.getInteger("pothos.crash.jobs", 300));

    @TempDir
    Path temp;

    @Test
    void killedAtRandomMomentsItLosesNothingAndAnalysesEveryImageOnce() throws Exception {
        System.out.printf("crash test: seed %d (repeat with -Dpothos.crash.seed=%d), %d kills, %d files, %d jobs%n",
                seed, seed, kills, files, jobs);
        try (SimulatedOllama server = SimulatedOllama.start().withVisionModel(MODEL).latency(Duration.ofMillis(20))
                .answer(CrashRestartTest::answerNamingTheImage)) {
            run(server);
        } catch (AssertionError | Exception e) {
            throw new AssertionError("crash test with seed " + seed + " (repeat with -Dpothos.crash.seed=" + seed + "): "
                    + e.getMessage(), e);
        }
    }

    private void run(SimulatedOllama server) throws Exception {
        Path photos = Files.createDirectories(temp.resolve("photos"));
        Path dataDir = temp.resolve("library");
        LibraryInvariants invariants = new LibraryInvariants(generatePhotos(photos), jobs);
        KillPlan plan = new KillPlan(seed, kills);
        LibraryInvariants.Progress progress = new LibraryInvariants.Progress(0, 0, 0);
        int killed = 0;
        long started = System.nanoTime();
        while (plan.hasMore() && !(progress.jobs() > 0 && progress.jobsLeft() == 0)) {
            KillPlan.Kill kill = plan.next(files, progress);
            long runStart = System.nanoTime();
            try (ChildJvm child = startDriver(dataDir, photos, server, killed)) {
                if (killAt(child, kill)) {
                    killed++;
                } else {
                    assertEquals(0, child.awaitExit(LINE_TIMEOUT), "the run ended on its own, and failed: " + child.errorTail());
                }
            }
            long checkStart = System.nanoTime();
            progress = check(dataDir, server, invariants);
            System.out.printf("crash test: kill %d %s -> %s (run %.1f s, check %.1f s)%n", killed, kill, progress,
                    (checkStart - runStart) / 1e9, (System.nanoTime() - checkStart) / 1e9);
        }
        try (ChildJvm child = startDriver(dataDir, photos, server, killed)) {
            awaitLine(child, CrashDriver.DONE);
            assertEquals(0, child.awaitExit(LINE_TIMEOUT), child.errorTail());
        }
        progress = check(dataDir, server, invariants);

        assertTrue(killed >= kills, "only " + killed + " of " + kills + " kills landed before the work was done");
        assertEquals(new LibraryInvariants.Progress(files, jobs, jobs), progress, "everything imported and analysed");
        Map<String, Long> requests = requestsPerImage(server);
        assertEquals(jobs, requests.size(), "every image of the batch reached the model");
        long extra = requests.values().stream().mapToLong(Long::longValue).sum() - jobs;
        // Only a request in flight when its process died can be sent again: at most two per kill.
        assertTrue(extra <= 2L * killed, extra + " requests repeated over " + killed + " kills");
        assertTrue(invariants.recovered() > 0, "no kill left a job running, so recovery was never tested");
        System.out.printf("crash test: %d kills in %.0f s, %d requests repeated, %d running jobs recovered%n",
                killed, (System.nanoTime() - started) / 1e9, extra, invariants.recovered());
    }

    private ChildJvm startDriver(Path dataDir, Path photos, SimulatedOllama server, int run) throws IOException {
        return ChildJvm.start(temp.resolve("driver-" + run + ".err"), CrashDriver.class, List.of(
                dataDir.toString(), photos.toString(), server.baseUrl(), MODEL, Integer.toString(jobs)));
    }

    /** Waits for the kill's moment and kills; false when the process ended first. */
    private static boolean killAt(ChildJvm child, KillPlan.Kill kill) throws Exception {
        if (kill.kind() == KillPlan.Kind.STARTUP) {
            long deadline = System.nanoTime() + kill.delayMillis() * 1_000_000;
            for (long left = kill.delayMillis(); left > 0; left = (deadline - System.nanoTime()) / 1_000_000) {
                if (ChildJvm.END.equals(child.nextLine(Duration.ofMillis(left)))) {
                    return false;
                }
            }
        } else {
            String marker = switch (kill.kind()) {
                case IMPORT -> CrashDriver.IMPORTED;
                case QUEUEING -> CrashDriver.IMPORT_DONE;
                case ANALYSIS -> CrashDriver.STARTED;
                case AFTER_SUCCESS -> CrashDriver.SUCCEEDED;
                case STARTUP -> throw new AssertionError();
            };
            for (int seen = 0; seen < Math.max(1, kill.count()); ) {
                String line = child.nextLine(LINE_TIMEOUT);
                if (line == null) {
                    fail("no output for " + LINE_TIMEOUT + ": " + child.errorTail());
                }
                if (ChildJvm.END.equals(line) || line.equals(CrashDriver.DONE)) {
                    return false;
                }
                if (line.startsWith(marker)) {
                    seen++;
                }
            }
            if (child.awaitExit(Duration.ofMillis(kill.delayMillis())) != null) {
                return false; // it finished inside the delay: nothing left to kill
            }
        }
        child.kill();
        return true;
    }

    private static void awaitLine(ChildJvm child, String wanted) throws InterruptedException {
        for (String line = child.nextLine(LINE_TIMEOUT); !wanted.equals(line); line = child.nextLine(LINE_TIMEOUT)) {
            if (line == null || ChildJvm.END.equals(line)) {
                fail("the run ended without " + wanted + ": " + child.errorTail());
            }
        }
    }

    /** Opens the library as the next start would (the lock of the killed process must not stand in the way). */
    private static LibraryInvariants.Progress check(Path dataDir, SimulatedOllama server, LibraryInvariants invariants)
            throws Exception {
        Map<String, Long> requests = requestsPerImage(server);
        try (AppContext library = AppContext.open(dataDir, server.baseUrl())) {
            return invariants.check(library, requests);
        }
    }

    private static Map<String, Long> requestsPerImage(SimulatedOllama server) {
        return server.chatRequests().stream().map(r -> sha256(r.images().get(0)))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static String answerNamingTheImage(ChatRequest request) {
        return "{\"title\":\"" + LibraryInvariants.TITLE_PREFIX + sha256(request.images().get(0)) + "\","
                + "\"description\":\"A generated test picture.\",\"tags\":[\"generated\"],\"categories\":[\"Test\"]}";
    }

    /** Small JPEGs of distinct sizes, so every one has its own content; returns their hashes by path. */
    private Map<Path, String> generatePhotos(Path folder) throws IOException {
        Random random = new Random(seed);
        Set<Long> sizes = new HashSet<>();
        Map<Path, String> hashes = new LinkedHashMap<>();
        while (hashes.size() < files) {
            int width = 64 + random.nextInt(193);
            int height = 64 + random.nextInt(193);
            if (sizes.add(width * 1000L + height)) {
                byte[] jpeg = TestImages.jpegBytes(TestImages.picture(width, height));
                Path file = folder.resolve(String.format("photo-%05d.jpg", hashes.size()));
                Files.write(file, jpeg);
                hashes.put(file, sha256(jpeg));
            }
        }
        return hashes;
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
