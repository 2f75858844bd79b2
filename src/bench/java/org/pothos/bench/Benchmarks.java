package org.pothos.bench;

import java.util.List;
import org.pothos.bench.analysis.AnalysisBenchmark;
import org.pothos.bench.grid.GridBenchmark;
import org.pothos.bench.importing.ImportBenchmark;
import org.pothos.bench.library.LibraryScaleBenchmark;
import org.pothos.bench.memory.MemoryBenchmark;
import org.pothos.bench.search.DuplicatesBenchmark;
import org.pothos.bench.search.SearchBenchmark;
import org.pothos.bench.thumbnails.ThumbnailBenchmark;

/** Every section of the benchmark table, in the order they run and print: register a new section here. */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static List<Benchmark> all() {
        return List.of(
                new ImportBenchmark(),
                new ThumbnailBenchmark(),
                new LibraryScaleBenchmark(),
                new GridBenchmark(),
                new SearchBenchmark(),
                new DuplicatesBenchmark(),
                new AnalysisBenchmark(),
                new MemoryBenchmark());
    }
}
