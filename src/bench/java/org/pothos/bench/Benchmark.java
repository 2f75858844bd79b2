package org.pothos.bench;

import java.util.List;

/** One section of the benchmark table, for instance the import rate beside its baseline. */
public interface Benchmark {

    /** The section title printed above its figures. */
    String section();

    /** Runs the measurements and returns the figures in the order they should be printed. */
    List<Figure> run(BenchContext context) throws Exception;
}
