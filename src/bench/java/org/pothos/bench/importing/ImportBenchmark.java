package org.pothos.bench.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.pothos.app.AppContext;
import org.pothos.bench.BenchContext;
import org.pothos.bench.Benchmark;
import org.pothos.bench.Budget;
import org.pothos.bench.Figure;
import org.pothos.bench.Repeat;
import org.pothos.bench.photos.BenchPhotos;
import org.pothos.common.Cancellation;
import org.pothos.library.ImportListener;
import org.pothos.library.ImportOutcome;
import org.pothos.library.ImportReport;

/**
 * Files per second to index photos (SHA-256, metadata, insert) into an empty library, files in the
 * page cache: Pothos's import service against a one-thread, one-transaction-per-file loop.
 */
public final class ImportBenchmark implements Benchmark {

    static final String SECTION = "Import";
    private static final String UNIT = "files/s";
    /** Import never talks to Ollama; a new library still records a default endpoint, so it gets a dead one. */
    private static final String NO_OLLAMA = "http://127.0.0.1:9";

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public List<Figure> run(BenchContext context) throws Exception {
        BenchPhotos photos = new BenchPhotos(context);
        int count = context.size().pick(150, 500);
        List<Path> files = photos.jpegs(count);
        warmPageCache(files);
        Path root = Files.createDirectories(context.workDir().resolve("import"));

        // One untimed round each, so class loading and the JIT do not count against the first run.
        List<Path> warmUp = files.subList(0, Math.min(files.size(), 20));
        pothosImport(root.resolve("warm-up-pothos"), warmUp);
        NaiveImport.filesPerSecond(root.resolve("warm-up-naive"), warmUp);
        Repeat.Paired runs = Repeat.inTurns(context.repeats(), i -> {
            context.log().printf("   Pothos import of %d files, run %d%n", count, i + 1);
            return pothosImport(root.resolve("pothos-" + i), files);
        }, i -> {
            context.log().printf("   baseline import of %d files, run %d%n", count, i + 1);
            return NaiveImport.filesPerSecond(root.resolve("naive-" + i), files);
        });
        List<Double> pothos = runs.first();
        List<Double> naive = runs.second();
        List<Double> ratios = runs.ratios();
        String reuse = photos.reuseNote(count);
        return List.of(
                new Figure(SECTION, "Pothos import (parallel hashing, batched inserts)", UNIT, pothos,
                        Optional.of(Budget.atLeast(300)), join(count + " files, empty library", reuse)),
                Figure.of(SECTION, "baseline: one thread, one transaction per file", UNIT, naive)
                        .withNote("same files, same stores"),
                Figure.of(SECTION, "Pothos ÷ baseline", "×", ratios));
    }

    private static double pothosImport(Path dataDir, List<Path> files) throws Exception {
        try (AppContext app = AppContext.open(dataDir, NO_OLLAMA)) {
            long start = System.nanoTime();
            ImportReport report = app.importService().importPaths(files, new ImportListener() {
            }, new Cancellation());
            long nanos = System.nanoTime() - start;
            requireAllImported(report.count(ImportOutcome.Kind.IMPORTED), files.size());
            return Repeat.perSecond(files.size(), nanos);
        }
    }

    static void requireAllImported(long imported, int expected) {
        if (imported != expected) {
            throw new IllegalStateException("imported " + imported + " of " + expected + " files");
        }
    }

    /** Reads every file once so the runs compare CPU and database work, not the disk. */
    static void warmPageCache(List<Path> files) throws IOException {
        for (Path file : files) {
            Files.readAllBytes(file);
        }
    }

    private static String join(String first, String second) {
        return second.isEmpty() ? first : first + "; " + second;
    }
}
