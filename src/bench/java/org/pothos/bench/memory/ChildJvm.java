package org.pothos.bench.memory;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Runs the Pothos command line in a second JVM with the launcher's default flags (no heap option) and
 * watches its peak resident memory, VmHWM in /proc, which the kernel keeps as a high-water mark.
 */
final class ChildJvm {

    /** How a child run ended: its exit code, peak RSS, and the maximum heap the JVM chose. */
    record Run(int exitCode, long peakRssBytes, long maxHeapBytes, Path output) {
    }

    private static final Pattern HIGH_WATER = Pattern.compile("VmHWM:\\s+(\\d+) kB");
    private static final Pattern MAX_HEAP = Pattern.compile("MaxHeapSize\\s+=\\s+(\\d+)");
    private static final long POLL_MILLIS = 50;

    private ChildJvm() {
    }

    static boolean canMeasure() {
        return Files.isReadable(Path.of("/proc/self/status"));
    }

    /** Runs {@code pothos ARGS}; its output goes to {@code output}. */
    static Run pothos(List<String> args, Map<String, String> environment, Path output) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-XX:+PrintFlagsFinal", "--enable-native-access=ALL-UNNAMED",
                "-cp", classPath(),
                "org.pothos.launcher.Main"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        long peak = 0;
        while (process.isAlive()) {
            peak = Math.max(peak, highWaterMark(status).orElse(peak));
            Thread.sleep(POLL_MILLIS);
        }
        int exit = process.waitFor();
        if (peak == 0) {
            throw new IOException("could not read the peak memory of the child process");
        }
        return new Run(exit, peak, maxHeap(output), output);
    }

    private static Optional<Long> highWaterMark(Path status) {
        try {
            Matcher matcher = HIGH_WATER.matcher(Files.readString(status));
            return matcher.find() ? Optional.of(Long.parseLong(matcher.group(1)) * 1024) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // the process has just ended
        }
    }

    /** -XX:+PrintFlagsFinal prints the heap limit the JVM picked; it changes nothing else. */
    private static long maxHeap(Path output) throws IOException {
        Matcher matcher = MAX_HEAP.matcher(Files.readString(output));
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** This JVM's class path with absolute entries (a jar's manifest Class-Path still applies). */
    private static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }
}
