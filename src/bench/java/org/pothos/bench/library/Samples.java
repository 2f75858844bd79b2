package org.pothos.bench.library;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Times a piece of work over repeated runs, after a few warm-up runs the JIT gets to compile. */
public final class Samples {

    private Samples() {
    }

    /**
     * Milliseconds of each of {@code runs} calls of {@code work}, after {@code warmUp} untimed ones;
     * {@code between} runs untimed before each call.
     */
    public static List<Double> millis(int warmUp, int runs, Runnable between, Supplier<?> work) {
        for (int i = 0; i < warmUp; i++) {
            between.run();
            work.get();
        }
        List<Double> samples = new ArrayList<>(runs);
        for (int i = 0; i < runs; i++) {
            between.run();
            long start = System.nanoTime();
            Object result = work.get();
            samples.add((System.nanoTime() - start) / 1e6);
            if (result == null) {
                throw new IllegalStateException("timed work returned nothing");
            }
        }
        return samples;
    }

    /** The value below which {@code percent} % of the samples lie (nearest rank). */
    public static double percentile(List<Double> samples, double percent) {
        double[] sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }
}
