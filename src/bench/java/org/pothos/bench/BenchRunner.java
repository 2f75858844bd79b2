package org.pothos.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs sections one after the other and gathers their figures. A section that throws is reported
 * and skipped, so the others still make the table; the run then counts as failed.
 */
public final class BenchRunner {

    /** The figures of the sections that ran, and the titles of those that broke. */
    public record Outcome(List<Figure> figures, List<String> brokenSections) {
    }

    private final List<Benchmark> sections;

    public BenchRunner(List<Benchmark> sections) {
        this.sections = List.copyOf(sections);
    }

    /**
     * The sections whose title starts with one of {@code names} (case-insensitive), in registry order.
     *
     * @throws IllegalArgumentException naming the sections there are, when a name matches none
     */
    public static List<Benchmark> select(List<Benchmark> all, List<String> names) {
        if (names == null || names.isEmpty()) {
            return all;
        }
        List<Benchmark> chosen = new ArrayList<>();
        for (String name : names) {
            String wanted = name.toLowerCase(Locale.ROOT);
            List<Benchmark> matching = all.stream()
                    .filter(b -> b.section().toLowerCase(Locale.ROOT).startsWith(wanted)).toList();
            if (matching.isEmpty()) {
                throw new IllegalArgumentException("no section '" + name + "'; the sections are: "
                        + String.join(", ", all.stream().map(Benchmark::section).toList()));
            }
            matching.stream().filter(b -> !chosen.contains(b)).forEach(chosen::add);
        }
        return all.stream().filter(chosen::contains).toList();
    }

    public Outcome run(BenchContext context) {
        List<Figure> figures = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        PrintStream log = context.log();
        for (Benchmark section : sections) {
            long start = System.nanoTime();
            log.println("== " + section.section());
            try {
                List<Figure> produced = section.run(context);
                figures.addAll(produced);
                produced.forEach(f -> log.printf(Locale.ROOT, "   %s: %s %s%n", f.name(), MarkdownTable.number(f.median()), f.unit()));
            } catch (Exception | OutOfMemoryError e) {
                broken.add(section.section());
                log.println("   " + section.section() + " failed: " + e);
                e.printStackTrace(log);
            }
            log.printf(Locale.ROOT, "   (%.0f s)%n", (System.nanoTime() - start) / 1e9);
        }
        return new Outcome(figures, broken);
    }
}
