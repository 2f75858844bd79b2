package org.pothos.bench.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.bench.BenchContext;
import org.pothos.bench.BenchSize;
import org.pothos.bench.Figure;

/** The grid section at a tiny size, with its probe in a JVM of its own; timings are not judged here. */
class GridBenchmarkTest {

    @TempDir
    Path temp;

    @Test
    void runsTheWindowHeadlessAndScrolls() throws Exception {
        BenchContext context = new BenchContext(BenchSize.SMALL, temp, Optional.empty(), 1,
                new PrintStream(PrintStream.nullOutputStream()));
        List<Figure> figures = new GridBenchmark(300, 12).run(context);

        assertEquals(8, figures.size());
        Figure start = figures.get(0);
        assertEquals("start to a painted grid", start.name());
        assertTrue(start.median() > 0);
        assertTrue(figures.stream().filter(f -> f.unit().equals("MB")).allMatch(f -> f.median() > 0));
    }

    @Test
    void readsTheProbesResultLine() {
        Map<String, Double> values = GridBenchmark.parse(GridProbe.RESULT_PREFIX + " start_ms=812.5 rows=2000 heap_mb=120.0");
        assertEquals(Map.of("start_ms", 812.5, "rows", 2000.0, "heap_mb", 120.0), values);
    }
}
