package org.pothos.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.pothos.launcher.Main;

/**
 * The command line in a JVM of its own, as a person runs it, with a small heap that ends the process at the first
 * OutOfMemoryError, even one a caller would catch: the heap must stay bounded, not recover.
 */
final class PothosProcess {

    /** Exit code and everything printed, standard output and error together. */
    record Run(int exitCode, String output) {
    }

    private PothosProcess() {
    }

    /**
     * @param ollamaHost {@code OLLAMA_HOST} for the run
     * @param jvmOptions more options for the JVM (processors, heap)
     */
    static Run run(String ollamaHost, Path dataDir, List<String> jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true", "--enable-native-access=ALL-UNNAMED"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "--data-dir", dataDir.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("OLLAMA_HOST", ollamaHost);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "still running: " + output);
        return new Run(process.exitValue(), output);
    }
}
