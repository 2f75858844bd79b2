package org.pothos.bench;

import java.util.ArrayList;
import java.util.List;

/** Runs a measurement once per repetition and keeps one sample from each run. */
public final class Repeat {

    /** One measurement run; returns its value (a rate, a duration, a size). */
    @FunctionalInterface
    public interface Measurement {
        double run(int repetition) throws Exception;
    }

    private Repeat() {
    }

    public static List<Double> samples(int repeats, Measurement measurement) throws Exception {
        List<Double> samples = new ArrayList<>(repeats);
        for (int i = 0; i < repeats; i++) {
            samples.add(measurement.run(i));
        }
        return samples;
    }

    /** Samples of two measurements taken in turns, so that a change in the machine's load hits both alike. */
    public record Paired(List<Double> first, List<Double> second) {

        public List<Double> ratios() {
            return Repeat.ratios(first, second);
        }
    }

    public static Paired inTurns(int repeats, Measurement first, Measurement second) throws Exception {
        List<Double> a = new ArrayList<>(repeats);
        List<Double> b = new ArrayList<>(repeats);
        for (int i = 0; i < repeats; i++) {
            a.add(first.run(i));
            b.add(second.run(i));
        }
        return new Paired(a, b);
    }

    /** Sample by sample quotients, e.g. Pothos's rate over the baseline's in the same repetition. */
    public static List<Double> ratios(List<Double> numerators, List<Double> denominators) {
        List<Double> ratios = new ArrayList<>(numerators.size());
        for (int i = 0; i < Math.min(numerators.size(), denominators.size()); i++) {
            ratios.add(numerators.get(i) / denominators.get(i));
        }
        return ratios;
    }

    /** Items per second for {@code items} done in {@code nanos}. */
    public static double perSecond(long items, long nanos) {
        return items / (Math.max(1, nanos) / 1e9);
    }
}
