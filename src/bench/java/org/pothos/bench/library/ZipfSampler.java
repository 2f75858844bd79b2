package org.pothos.bench.library;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Draws ranks 0..n-1 with Zipf's law: rank r comes up in proportion to 1 / (r + 1)^exponent, the
 * way a few labels ("sky", "people") are on half the photos and most are on a handful.
 */
final class ZipfSampler {

    private final double[] cumulative;

    ZipfSampler(int n, double exponent) {
        if (n < 1) {
            throw new IllegalArgumentException("need at least one rank, got " + n);
        }
        cumulative = new double[n];
        double sum = 0;
        for (int r = 0; r < n; r++) {
            sum += 1 / Math.pow(r + 1, exponent);
            cumulative[r] = sum;
        }
        for (int r = 0; r < n; r++) {
            cumulative[r] /= sum;
        }
    }

    int size() {
        return cumulative.length;
    }

    /** The probability of drawing {@code rank}. */
    double probability(int rank) {
        return rank == 0 ? cumulative[0] : cumulative[rank] - cumulative[rank - 1];
    }

    int sample(RandomGenerator random) {
        int at = Arrays.binarySearch(cumulative, random.nextDouble());
        int rank = at >= 0 ? at : -at - 1;
        return Math.min(rank, cumulative.length - 1);
    }

    /** {@code count} different ranks (count must not exceed the number of ranks). */
    int[] distinct(RandomGenerator random, int count) {
        if (count > cumulative.length) {
            throw new IllegalArgumentException(count + " distinct ranks out of " + cumulative.length);
        }
        int[] ranks = new int[count];
        int found = 0;
        while (found < count) {
            int rank = sample(random);
            boolean seen = false;
            for (int i = 0; i < found && !seen; i++) {
                seen = ranks[i] == rank;
            }
            if (!seen) {
                ranks[found++] = rank;
            }
        }
        return ranks;
    }
}
