package org.pothos.bench;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One measured quantity: its samples over repeated runs, the unit they are in, and the budget its
 * median must meet when the design sets one. Baselines are figures of their own without a budget.
 *
 * @param section the part of the benchmark it belongs to, e.g. "Import"
 * @param name    what was measured, e.g. "Pothos import" or "baseline: one thread, one transaction per file"
 * @param unit    e.g. "files/s", "ms", "MB", "×"
 * @param samples one value per repetition, at least one
 * @param budget  the design's limit for the median, if any
 * @param note    a short remark printed beside the figure (may be empty)
 */
public record Figure(String section, String name, String unit, List<Double> samples, Optional<Budget> budget, String note) {

    public Figure {
        Objects.requireNonNull(section);
        Objects.requireNonNull(name);
        Objects.requireNonNull(unit);
        samples = List.copyOf(samples);
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("a figure needs at least one sample: " + name);
        }
        Objects.requireNonNull(budget);
        note = note == null ? "" : note;
    }

    public static Figure of(String section, String name, String unit, List<Double> samples) {
        return new Figure(section, name, unit, samples, Optional.empty(), "");
    }

    public Figure withBudget(Budget limit) {
        return new Figure(section, name, unit, samples, Optional.of(limit), note);
    }

    public Figure withNote(String text) {
        return new Figure(section, name, unit, samples, budget, text);
    }

    public double median() {
        double[] sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public double min() {
        return samples.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    public double max() {
        return samples.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }

    /** Empty when there is no budget; otherwise whether the median meets it. */
    public Optional<Boolean> passes() {
        return budget.map(limit -> limit.isMetBy(median()));
    }
}
