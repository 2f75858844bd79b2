package org.pothos.bench.thumbnails;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pothos.bench.Executables;
import org.pothos.common.DaemonThreads;

/**
 * libjpeg-turbo's own benchmark, {@code tjbench} (Debian: libjpeg-turbo-progs), decoding the same
 * files at 1/8 scale: the practical limit for a JPEG thumbnail on this machine. One process at a
 * time per core, each core over its own share of the files; the rates add up.
 */
final class TjBench {

    private static final Pattern FRAME_RATE = Pattern.compile("Frame rate:\\s*([0-9.]+)\\s*fps");

    private final Path executable;

    private TjBench(Path executable) {
        this.executable = executable;
    }

    /** Finds {@code tjbench} on the PATH. */
    static Optional<TjBench> find() {
        return Executables.onPath("tjbench").map(TjBench::new);
    }

    /** Pictures per second decoded at 1/8 scale by {@code processes} tjbench processes running side by side. */
    double picturesPerSecond(List<Path> files, int processes, double secondsPerFile, Path workDir) throws Exception {
        // Own threads: the common pool has a single thread on a two-core machine.
        ExecutorService threads = Executors.newFixedThreadPool(processes, DaemonThreads.named("pothos-bench-tjbench"));
        try {
            List<CompletableFuture<Double>> lanes = new ArrayList<>();
            for (int p = 0; p < processes; p++) {
                List<Path> share = new ArrayList<>();
                for (int i = p; i < files.size(); i += processes) {
                    share.add(files.get(i));
                }
                lanes.add(CompletableFuture.supplyAsync(() -> lane(share, secondsPerFile, workDir), threads));
            }
            double total = 0;
            for (CompletableFuture<Double> lane : lanes) {
                total += lane.get();
            }
            return total;
        } finally {
            threads.shutdownNow();
        }
    }

    /** One core's share: tjbench on each file in turn, its rates combined as a series. */
    private double lane(List<Path> files, double secondsPerFile, Path workDir) {
        StringBuilder output = new StringBuilder();
        try {
            for (Path file : files) {
                Process process = new ProcessBuilder(executable.toString(), file.toString(), "-scale", "1/8",
                        "-benchtime", String.format(Locale.ROOT, "%.2f", secondsPerFile), "-warmup", "0.2", "-nowrite")
                        .directory(workDir.toFile()).redirectErrorStream(true).start();
                String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (process.waitFor() != 0) {
                    throw new IOException("tjbench failed on " + file + ": " + text.strip());
                }
                output.append(text);
            }
            return rate(output.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while tjbench ran", e);
        }
    }

    /** Files per second of one process: the files decoded in turn, each at its own frame rate. */
    static double rate(String output) throws IOException {
        Matcher matcher = FRAME_RATE.matcher(output);
        double secondsPerPicture = 0;
        int pictures = 0;
        while (matcher.find()) {
            secondsPerPicture += 1 / Double.parseDouble(matcher.group(1));
            pictures++;
        }
        if (pictures == 0) {
            throw new IOException("no frame rate in tjbench's output: " + output.strip());
        }
        return pictures / secondsPerPicture;
    }
}
