package org.pothos.bench.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Whole processes timed from the moment they are started until they have ended. */
public final class Timed {

    /** What a finished process left: its wall time and what it printed. */
    public record Run(double millis, String output) {
    }

    private Timed() {
    }

    /** Runs {@code command} to its end; fails unless it exits with 0. */
    public static Run run(List<String> command, Map<String, String> environment, Duration timeout)
            throws IOException, InterruptedException {
        Path output = Files.createTempFile("pothos-bench-process", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().putAll(environment);
            long start = System.nanoTime();
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException("still running after " + timeout.toSeconds() + " s: " + String.join(" ", command));
            }
            double millis = (System.nanoTime() - start) / 1e6;
            String text = Files.readString(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IOException("exit code " + process.exitValue() + " from " + String.join(" ", command) + ": " + text.strip());
            }
            return new Run(millis, text);
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
