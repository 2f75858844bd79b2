package org.pothos.imageio;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * A 64-bit perceptual hash (the DCT hash, "pHash"): the picture shrunk to 32 × 32 grey levels by averaging, its
 * two-dimensional cosine transform, and one bit per coefficient of the lowest 8 × 8 frequencies, set where the
 * coefficient is above their median. Resizing, recompressing, small crops and colour tweaks change few bits;
 * different pictures differ in about half of them. Pictures are compared by the number of differing bits
 * (Hamming distance).
 */
public final class PerceptualHash {

    private static final int SIZE = 32;
    private static final int LOW = 8;
    private static final double[][] COSINES = cosines();

    private PerceptualHash() {
    }

    /** The hash of a decoded picture (any size; a thumbnail's decode is plenty). */
    public static long of(BufferedImage image) {
        double[][] grey = shrink(image);
        double[][] dct = lowFrequencies(grey);
        double[] values = new double[LOW * LOW];
        for (int u = 0; u < LOW; u++) {
            System.arraycopy(dct[u], 0, values, u * LOW, LOW);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double median = (sorted[values.length / 2 - 1] + sorted[values.length / 2]) / 2;
        long hash = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] > median) {
                hash |= 1L << i;
            }
        }
        return hash;
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** Luminance averaged over a 32 × 32 grid of equal areas, each pixel counted in the cell it falls in. */
    private static double[][] shrink(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] row = new int[width];
        double[][] sums = new double[SIZE][SIZE];
        double[][] weights = new double[SIZE][SIZE];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            int cy = Math.min(SIZE - 1, (int) ((double) y * SIZE / height));
            for (int x = 0; x < width; x++) {
                int cx = Math.min(SIZE - 1, (int) ((double) x * SIZE / width));
                int p = row[x];
                double luma = 0.299 * ((p >> 16) & 0xFF) + 0.587 * ((p >> 8) & 0xFF) + 0.114 * (p & 0xFF);
                sums[cy][cx] += luma;
                weights[cy][cx] += 1;
            }
        }
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                sums[y][x] = weights[y][x] == 0 ? 0 : sums[y][x] / weights[y][x];
            }
        }
        return sums;
    }

    /** The 8 × 8 lowest frequencies of the DCT-II of a 32 × 32 block (rows, then columns). */
    private static double[][] lowFrequencies(double[][] block) {
        double[][] rows = new double[SIZE][LOW];
        for (int y = 0; y < SIZE; y++) {
            for (int v = 0; v < LOW; v++) {
                double sum = 0;
                for (int x = 0; x < SIZE; x++) {
                    sum += block[y][x] * COSINES[v][x];
                }
                rows[y][v] = sum;
            }
        }
        double[][] result = new double[LOW][LOW];
        for (int u = 0; u < LOW; u++) {
            for (int v = 0; v < LOW; v++) {
                double sum = 0;
                for (int y = 0; y < SIZE; y++) {
                    sum += rows[y][v] * COSINES[u][y];
                }
                result[u][v] = sum;
            }
        }
        return result;
    }

    private static double[][] cosines() {
        double[][] c = new double[LOW][SIZE];
        for (int k = 0; k < LOW; k++) {
            for (int n = 0; n < SIZE; n++) {
                c[k][n] = Math.cos(Math.PI / SIZE * (n + 0.5) * k);
            }
        }
        return c;
    }
}
