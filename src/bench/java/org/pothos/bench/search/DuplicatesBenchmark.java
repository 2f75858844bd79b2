package org.pothos.bench.search;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.pothos.app.AppContext;
import org.pothos.bench.BenchContext;
import org.pothos.bench.Benchmark;
import org.pothos.bench.Budget;
import org.pothos.bench.Figure;
import org.pothos.bench.library.LibraryShape;
import org.pothos.bench.library.LibrarySynthesizer;
import org.pothos.bench.library.Samples;
import org.pothos.persistence.Database;
import org.pothos.similar.DuplicateFinder;
import org.pothos.similar.DuplicateGroup;
import org.pothos.similar.HammingGroups;

/**
 * Near-duplicate grouping of 100,000 perceptual hashes (10,000 in a small run) at the default threshold: multi-index
 * hashing beside comparing every pair, and the whole search as the window and {@code pothos duplicates} run it
 * (hashes read from the library, grouped, the groups' items loaded).
 */
public final class DuplicatesBenchmark implements Benchmark {

    static final String SECTION = "Duplicates";
    /** Photos' hashes are not uniform: some bits lean one way (sky above, darker ground). */
    private static final double MAX_BIAS = 0.25;
    /** One picture in ten has a near copy (resized, recompressed) somewhere in the library. */
    private static final int COPY_ONE_IN = 10;

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public List<Figure> run(BenchContext context) throws Exception {
        int items = context.size().pick(10_000, 100_000);
        long[] hashes = hashes(items, new SplittableRandom(64));
        int threshold = DuplicateFinder.DEFAULT_THRESHOLD;
        int[] groups = {0};
        List<Figure> figures = new ArrayList<>();
        List<Double> grouped = Samples.millis(2, context.size().pick(5, 10), () -> { },
                () -> groups[0] = HammingGroups.group(hashes, threshold).size());
        String note = String.format(Locale.ROOT, "%,d hashes, threshold %d: %,d groups", items, threshold, groups[0]);
        figures.add(Figure.of(SECTION, "group near-duplicates (multi-index hashing, 4 bands of 16 bits)", "ms", grouped)
                .withBudget(Budget.atMost(2000)).withNote(note));
        List<Double> allPairs = Samples.millis(0, 1, () -> { }, () -> HammingGroups.groupAllPairs(hashes, threshold));
        figures.add(Figure.of(SECTION, "baseline: compare every pair", "ms", allPairs)
                .withNote(String.format(Locale.ROOT, "%,d pairs, one run", (long) items * (items - 1) / 2)));
        figures.add(endToEnd(context, hashes, threshold));
        return figures;
    }

    private static Figure endToEnd(BenchContext context, long[] hashes, int threshold) throws Exception {
        Path dataDir = context.workDir().resolve("duplicates");
        try (Database database = Database.open(dataDir)) {
            new LibrarySynthesizer(LibraryShape.realistic(hashes.length)).writeTo(database);
            database.withConnection(c -> {
                try (PreparedStatement update = c.prepareStatement("UPDATE media_item SET perceptual_hash = ? WHERE id = ?")) {
                    for (int i = 0; i < hashes.length; i++) {
                        update.setLong(1, hashes[i]);
                        update.setLong(2, i + 1);
                        update.addBatch();
                    }
                    update.executeBatch();
                }
                return null;
            });
        }
        try (AppContext app = AppContext.open(dataDir, "http://127.0.0.1:9")) {
            int[] found = {0};
            List<Double> samples = Samples.millis(1, 3, () -> { }, () -> {
                List<DuplicateGroup> groups = app.duplicateFinder().find(threshold);
                found[0] = groups.size();
                return groups;
            });
            return new Figure(SECTION, "find duplicates in the library (read hashes, group, load the groups' items)", "ms",
                    samples, Optional.empty(), String.format(Locale.ROOT, "%,d groups", found[0]));
        }
    }

    /** Hashes whose bits lean by up to ±25 %, one in ten a copy of an earlier one with 0 to 6 bits flipped. */
    static long[] hashes(int count, SplittableRandom random) {
        double[] ones = new double[64];
        for (int bit = 0; bit < 64; bit++) {
            ones[bit] = 0.5 + (random.nextDouble() * 2 - 1) * MAX_BIAS;
        }
        long[] hashes = new long[count];
        for (int i = 0; i < count; i++) {
            if (i > 0 && random.nextInt(COPY_ONE_IN) == 0) {
                long copy = hashes[random.nextInt(i)];
                int flips = random.nextInt(7);
                for (int f = 0; f < flips; f++) {
                    copy ^= 1L << random.nextInt(64);
                }
                hashes[i] = copy;
            } else {
                long hash = 0;
                for (int bit = 0; bit < 64; bit++) {
                    if (random.nextDouble() < ones[bit]) {
                        hash |= 1L << bit;
                    }
                }
                hashes[i] = hash;
            }
        }
        return hashes;
    }
}
