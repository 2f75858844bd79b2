package org.pothos.bench.memory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pothos.analysis.OllamaHost;
import org.pothos.bench.BenchContext;
import org.pothos.bench.Benchmark;
import org.pothos.bench.Figure;
import org.pothos.bench.analysis.BenchOllama;
import org.pothos.bench.photos.BenchPhotos;
import org.pothos.simulation.SimulatedOllama;

/**
 * Peak resident memory of the real command line in its own JVM: {@code import} of a folder of photos,
 * then {@code analyze --all} of the same library as one batch against the in-process Ollama server.
 */
public final class MemoryBenchmark implements Benchmark {

    static final String SECTION = "Memory";
    private static final String MODEL = BenchOllama.MODEL;
    private static final double MB = 1024 * 1024;

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public List<Figure> run(BenchContext context) throws Exception {
        if (!ChildJvm.canMeasure()) {
            throw new IOException("peak memory is read from /proc, which this system does not have");
        }
        BenchPhotos photos = new BenchPhotos(context);
        int count = context.size().pick(200, 2_000);
        List<Path> files = photos.jpegs(count);
        Path root = Files.createDirectories(context.workDir().resolve("memory"));
        Duration latency = Duration.ofMillis(20);
        try (SimulatedOllama server = BenchOllama.start(latency)) {
            Map<String, String> environment = Map.of(OllamaHost.ENV_VARIABLE, server.baseUrl());
            List<ChildJvm.Run> imports = new ArrayList<>();
            for (int i = 0; i < context.repeats(); i++) {
                context.log().printf("   child JVM: import of %d photos, run %d%n", count, i + 1);
                List<String> args = new ArrayList<>(List.of("--data-dir", root.resolve("library-" + i).toString(), "import"));
                files.forEach(file -> args.add(file.toString()));
                imports.add(succeeded(ChildJvm.pothos(args, environment, root.resolve("import-" + i + ".txt"))));
            }
            // One batch is minutes long in the full size: it runs once, on the library of the last import.
            context.log().printf("   child JVM: analyze --all, %d jobs%n", count);
            ChildJvm.Run analysis = succeeded(ChildJvm.pothos(List.of("--data-dir",
                    root.resolve("library-" + (context.repeats() - 1)).toString(), "analyze", "--all", "--model", MODEL),
                    environment, root.resolve("analyze.txt")));
            if (server.chatCount() < count) {
                throw new IOException("the analysis child sent " + server.chatCount() + " requests for " + count + " images");
            }
            String heap = String.format(java.util.Locale.ROOT, "default JVM flags (max heap %.1f GB, the JVM's choice)",
                    analysis.maxHeapBytes() / (MB * 1024));
            return List.of(
                    Figure.of(SECTION, "peak RSS, import of " + count + " photos (child JVM)", "MB",
                            imports.stream().map(run -> run.peakRssBytes() / MB).toList())
                            .withNote(join(heap, photos.reuseNote(count))),
                    Figure.of(SECTION, "peak RSS, analysis batch of " + count + " jobs (child JVM)", "MB",
                            List.of(analysis.peakRssBytes() / MB))
                            .withNote(heap + "; one run; default concurrency, server latency " + latency.toMillis() + " ms"));
        }
    }

    private static ChildJvm.Run succeeded(ChildJvm.Run run) throws IOException {
        if (run.exitCode() != 0) {
            List<String> lines = Files.readAllLines(run.output());
            String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
            throw new IOException("the child JVM exited with " + run.exitCode() + ":\n" + tail);
        }
        return run;
    }

    private static String join(String first, String second) {
        return second.isEmpty() ? first : first + "; " + second;
    }
}
