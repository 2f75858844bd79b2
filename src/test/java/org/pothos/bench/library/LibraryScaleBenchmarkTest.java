package org.pothos.bench.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.bench.BenchContext;
import org.pothos.bench.BenchSize;
import org.pothos.bench.Figure;

/** The section at a tiny size: it runs end to end and reports every figure; timings are not judged here. */
class LibraryScaleBenchmarkTest {

    @TempDir
    Path temp;

    @Test
    void runsAtATinySize() throws Exception {
        BenchContext context = new BenchContext(BenchSize.SMALL, temp, Optional.empty(), 1,
                new PrintStream(PrintStream.nullOutputStream()));
        List<Figure> figures = new LibraryScaleBenchmark(250).run(context);

        assertEquals(12, figures.size());
        assertTrue(figures.stream().allMatch(f -> f.section().equals("Library scale")));
        assertTrue(figures.stream().allMatch(f -> f.min() >= 0));
        assertTrue(figures.stream().anyMatch(f -> f.budget().isPresent() && f.name().startsWith("tag + category + text")));
        assertTrue(figures.stream().filter(f -> f.unit().equals("MB")).allMatch(f -> f.median() > 0));
    }

    @Test
    void percentilesUseTheNearestRank() {
        List<Double> samples = List.of(5.0, 1.0, 4.0, 2.0, 3.0, 6.0, 7.0, 8.0, 9.0, 10.0);
        assertEquals(10.0, Samples.percentile(samples, 95));
        assertEquals(5.0, Samples.percentile(samples, 50));
        assertEquals(1.0, Samples.percentile(samples, 1));
    }
}
