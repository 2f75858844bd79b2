package org.pothos.bench.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ZipfSamplerTest {

    @Test
    void rankFrequenciesFallAsOneOverRank() {
        ZipfSampler zipf = new ZipfSampler(2000, 1.0);
        SplittableRandom random = new SplittableRandom(1);
        int[] counts = new int[2000];
        int draws = 400_000;
        for (int i = 0; i < draws; i++) {
            counts[zipf.sample(random)]++;
        }
        // With exponent 1 the first rank is drawn twice as often as the second and ten times as often as the tenth.
        assertEquals(2.0, (double) counts[0] / counts[1], 0.1);
        assertEquals(10.0, (double) counts[0] / counts[9], 0.8);
        assertEquals(zipf.probability(0) * draws, counts[0], 0.02 * draws * zipf.probability(0));
        assertTrue(counts[1999] > 0, "the rarest rank still comes up");
        double total = 0;
        for (int r = 0; r < zipf.size(); r++) {
            total += zipf.probability(r);
        }
        assertEquals(1.0, total, 1e-9);
    }

    @Test
    void distinctRanksNeverRepeat() {
        ZipfSampler zipf = new ZipfSampler(30, 1.0);
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 1000; i++) {
            int[] ranks = zipf.distinct(random, 10);
            assertEquals(10, Arrays.stream(ranks).distinct().count());
        }
        assertThrows(IllegalArgumentException.class, () -> zipf.distinct(random, 31));
    }
}
