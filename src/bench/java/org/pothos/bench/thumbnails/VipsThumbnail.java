package org.pothos.bench.thumbnails;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.pothos.bench.Executables;
import org.pothos.bench.process.Timed;
import org.pothos.common.DaemonThreads;

/**
 * libvips's {@code vipsthumbnail} (Debian: libvips-tools), what Immich and sharp use: shrink-on-load decoding, then a
 * 256 px JPEG at quality 85, upright. As many processes as cores side by side, each over its own share of the files,
 * the way a shell script would run it; start-up included.
 */
final class VipsThumbnail {

    private final Path executable;

    private VipsThumbnail(Path executable) {
        this.executable = executable;
    }

    static Optional<VipsThumbnail> find() {
        return Executables.onPath("vipsthumbnail").map(VipsThumbnail::new);
    }

    /** Milliseconds until {@code processes} processes side by side have made thumbnails of all {@code files} in {@code into}. */
    double millis(List<Path> files, int processes, Path into) throws Exception {
        Files.createDirectories(into);
        ExecutorService threads = Executors.newFixedThreadPool(processes, DaemonThreads.named("pothos-bench-vips"));
        try {
            long start = System.nanoTime();
            List<CompletableFuture<Void>> lanes = new ArrayList<>();
            for (int p = 0; p < processes; p++) {
                List<String> command = new ArrayList<>(List.of(executable.toString(), "--size", "256",
                        "-o", into.toAbsolutePath() + "/%s.jpg[Q=85]"));
                for (int i = p; i < files.size(); i += processes) {
                    command.add(files.get(i).toString());
                }
                lanes.add(CompletableFuture.runAsync(() -> {
                    try {
                        Timed.run(command, Map.of(), Duration.ofMinutes(10));
                    } catch (Exception e) {
                        throw new IllegalStateException("vipsthumbnail failed: " + e.getMessage(), e);
                    }
                }, threads));
            }
            for (CompletableFuture<Void> lane : lanes) {
                lane.get();
            }
            return (System.nanoTime() - start) / 1e6;
        } finally {
            threads.shutdownNow();
        }
    }
}
