package org.pothos.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.pothos.app.LogSetup;
import org.pothos.bench.photos.BenchPhotos;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The benchmark's entry point. It lives beside the tests, not in the shipped application: run it with
 * {@code mvn -Pbench package -DskipTests [-Dbench.size=full]}, which writes {@code target/bench.md}.
 */
@Command(name = "pothos-bench", mixinStandardHelpOptions = true,
        description = {"Measure Pothos against its performance budgets, each figure beside a naive baseline.",
                "Works in its own temporary folder (your library is not opened) and prints one markdown table.",
                "Progress goes to standard error. A figure over budget says FAIL but does not change the exit code."})
public final class BenchMain implements Callable<Integer> {

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the benchmark with these arguments: 0 when every section ran, 1 when one broke, 2 on a usage error. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        int code = new CommandLine(new BenchMain()).setCaseInsensitiveEnumValuesAllowed(true).setOut(out).setErr(err)
                .execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--size", paramLabel = "SIZE", defaultValue = "small",
            description = "small (a few minutes) or full (the real measurement, 20 to 30 minutes on 2 cores). Default: small.")
    BenchSize size;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the table to this markdown file.")
    Path out;

    @Option(names = "--photos", paramLabel = "DIR",
            description = "A folder of camera JPEGs to measure with (default: generated photo-like 12 MP JPEGs).")
    Path photos;

    @Option(names = "--only", arity = "1..*", paramLabel = "SECTION",
            description = "Run only these sections (by the start of their name, e.g. import thumbnails).")
    List<String> only;

    @Override
    public Integer call() throws IOException {
        List<Benchmark> sections;
        try {
            sections = BenchRunner.select(Benchmarks.all(), only);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (photos != null && !Files.isDirectory(photos)) {
            throw new ParameterException(spec.commandLine(), "--photos: no folder " + photos);
        }
        PrintStream log = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Path workDir = Files.createTempDirectory("pothos-bench-");
        try {
            LogSetup.logTo(workDir.resolve("logs"));
            BenchContext context = new BenchContext(size, workDir, Optional.ofNullable(photos).map(Path::toAbsolutePath),
                    size.pick(1, 3), log);
            log.println("Working in " + workDir + " (deleted at the end)");
            BenchRunner.Outcome outcome = new BenchRunner(sections).run(context);
            String table = MarkdownTable.render(MachineFacts.describe(size, BenchPhotos.describe(context)), outcome.figures());
            spec.commandLine().getOut().print(table);
            spec.commandLine().getOut().flush();
            if (out != null) {
                Files.writeString(out, table, StandardCharsets.UTF_8);
            }
            if (!outcome.brokenSections().isEmpty()) {
                spec.commandLine().getErr().println("These sections broke (see above): "
                        + String.join(", ", outcome.brokenSections()));
                return 1;
            }
            return 0;
        } finally {
            deleteRecursively(workDir);
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
