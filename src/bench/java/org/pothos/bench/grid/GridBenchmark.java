package org.pothos.bench.grid;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.pothos.bench.BenchContext;
import org.pothos.bench.Benchmark;
import org.pothos.bench.Budget;
import org.pothos.bench.Figure;
import org.pothos.bench.Repeat;
import org.pothos.bench.library.LibraryShape;
import org.pothos.bench.library.LibrarySynthesizer;
import org.pothos.bench.process.Launcher;
import org.pothos.persistence.Database;

/**
 * Section 4: the real window, headless, on a synthetic library whose thumbnails are cached. Each
 * repetition runs {@link GridProbe} in a fresh JVM: the toolkit can start only once per JVM, must
 * start headless (before anything else touches JavaFX), and a fresh JVM is what a person starting
 * Pothos gets; the probe's heap is the window's alone.
 */
public final class GridBenchmark implements Benchmark {

    static final String SECTION = "Grid";
    private static final long PROBE_TIMEOUT_MINUTES = 10;

    private final Integer fixedItems;
    private final Integer fixedRows;

    /** 10,000 items and 500 rows in a small run, 100,000 items and 2,000 rows in a full one. */
    public GridBenchmark() {
        this.fixedItems = null;
        this.fixedRows = null;
    }

    /** Always {@code items} items and {@code rows} rows scrolled, whatever the size (for tests). */
    public GridBenchmark(int items, int rows) {
        this.fixedItems = items;
        this.fixedRows = rows;
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public List<Figure> run(BenchContext context) throws Exception {
        int items = fixedItems != null ? fixedItems : context.size().pick(10_000, 100_000);
        int rows = fixedRows != null ? fixedRows : context.size().pick(500, 2_000);
        Path dataDir = context.workDir().resolve("grid");
        long start = System.nanoTime();
        try (Database database = Database.open(dataDir)) {
            new LibrarySynthesizer(LibraryShape.realistic(items)).writeTo(database);
        }
        CachedThumbnails.fill(dataDir, items);
        context.log().printf("grid: %,d items with cached thumbnails ready in %.1f s%n", items, (System.nanoTime() - start) / 1e9);

        List<Map<String, Double>> runs = new ArrayList<>();
        for (int i = 0; i < Math.max(1, context.repeats()); i++) {
            runs.add(probe(dataDir, rows, context));
        }
        String size = String.format(Locale.ROOT, "%,d items", items);
        String scrolled = String.format(Locale.ROOT, "%,.0f rows of %.0f", runs.get(0).get("rows"), runs.get(0).get("columns"));
        List<Figure> figures = new ArrayList<>(List.of(
                figure("start to a painted grid", "ms", runs, "start_ms", Budget.atMost(1500),
                        size + "; library opened, window built, first screen of thumbnails drawn"),
                figure("JVM start to a painted grid", "ms", runs, "jvm_to_painted_ms", null, "the above plus the JVM's own start"),
                figure("longest FX-thread stall during start", "ms", runs, "start_stall_ms", Budget.atMost(250), ""),
                figure("longest FX-thread stall while scrolling", "ms", runs, "scroll_stall_ms", Budget.atMost(100), scrolled),
                figure("new screen filled after scrolling, median", "ms", runs, "fill_median_ms", Budget.atMost(100),
                        "every " + runs.get(0).get("screens").intValue() + "th pause: time until all cells show thumbnails"),
                figure("new screen filled after scrolling, worst", "ms", runs, "fill_max_ms", null, ""),
                figure("heap of the window, all items browsable", "MB", runs, "heap_mb", Budget.atMost(400), size),
                figure("grid list complete after scrolling", "ms", runs, "all_loaded_after_ms", null,
                        "background loading still running when the scroll ended")));
        Optional<Launcher> installed = Launcher.installedWindow(context.workDir().resolve("installed"));
        Optional<InstalledWindow> window = InstalledWindow.start(installed, context.workDir());
        if (window.isPresent()) {
            try (InstalledWindow shown = window.get()) {
                figures.add(installedWindow(context, shown, dataDir, size));
            }
        } else {
            figures.set(0, figures.get(0).withNote(figures.get(0).note() + (installed.isEmpty()
                    ? "; installed window not measured: no .deb of this build (mvn -Ppackage package)"
                    : "; installed window not measured: no Xvfb (Debian: xvfb)")));
        }
        return figures;
    }

    /** The installed launcher's real window, launched five times on the same library under Xvfb. */
    private static Figure installedWindow(BenchContext context, InstalledWindow window, Path dataDir, String size)
            throws Exception {
        window.firstScreenMillis(dataDir); // untimed: the library's files come into the page cache
        List<Double> samples = Repeat.samples(5, i -> {
            context.log().printf("   installed window, launch %d of 5%n", i + 1);
            return window.firstScreenMillis(dataDir);
        });
        return Figure.of(SECTION, "installed window: launch to the first screen of thumbnails", "ms", samples)
                .withBudget(Budget.atMost(1500))
                .withNote(size + "; the .deb's launcher as a whole process under Xvfb, as the window logs it; 5 launches");
    }

    private static Figure figure(String name, String unit, List<Map<String, Double>> runs, String key, Budget budget, String note) {
        List<Double> samples = runs.stream().map(r -> r.get(key)).toList();
        return new Figure(SECTION, name, unit, samples, Optional.ofNullable(budget), note);
    }

    private static Map<String, Double> probe(Path dataDir, int rows, BenchContext context) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Xmx1g", "--enable-native-access=ALL-UNNAMED",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true",
                "-Dheadless.geometry=" + HeadlessFx.SCREEN,
                GridProbe.class.getName(), dataDir.toString(), Integer.toString(rows)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String resultLine = null;
        List<String> output = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith(GridProbe.RESULT_PREFIX)) {
                    resultLine = line;
                } else if (output.size() < 200) {
                    output.add(line);
                }
            }
        }
        if (!process.waitFor(PROBE_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("the grid probe did not finish");
        }
        if (resultLine == null || process.exitValue() != 0) {
            throw new IllegalStateException("the grid probe failed (exit " + process.exitValue() + "):\n"
                    + String.join("\n", output));
        }
        context.log().println(resultLine);
        return parse(resultLine);
    }

    /** Reads {@code key=value} pairs after the prefix. */
    static Map<String, Double> parse(String line) {
        Map<String, Double> values = new HashMap<>();
        for (String part : line.substring(GridProbe.RESULT_PREFIX.length()).trim().split("\\s+")) {
            int eq = part.indexOf('=');
            values.put(part.substring(0, eq), Double.parseDouble(part.substring(eq + 1)));
        }
        return values;
    }
}
