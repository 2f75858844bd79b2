package org.pothos.imageio;

import java.awt.image.BufferedImage;

/**
 * Downscaling steps for opaque TYPE_INT_RGB images, working on the packed pixels directly: less than half of what
 * Graphics2D's general-purpose bilinear path costs (a 1060 to 1024 px step of an analysis image, for one).
 * Red and blue are computed together in one int (masked 0x00FF00FF), green on its own.
 */
final class Resampler {

    private static final int RB = 0x00FF00FF;
    private static final int G = 0x0000FF00;
    /** Interpolation weights are fixed point with this many fractional bits; two weights sum to 1 << 8. */
    private static final int WEIGHT_BITS = 8;
    private static final int ONE = 1 << WEIGHT_BITS;

    private Resampler() {
    }

    /** Half the size (rounded down), each pixel the average of a 2x2 block. */
    static BufferedImage halve(BufferedImage source) {
        int w = source.getWidth();
        int h = source.getHeight();
        int tw = w / 2;
        int th = h / 2;
        int[] src = PackedRgb.pixels(source);
        BufferedImage target = new BufferedImage(tw, th, BufferedImage.TYPE_INT_RGB);
        int[] dst = PackedRgb.pixels(target);
        for (int y = 0; y < th; y++) {
            int row = 2 * y * w;
            int next = row + w;
            int out = y * tw;
            for (int x = 0; x < tw; x++) {
                int a = src[row + 2 * x];
                int b = src[row + 2 * x + 1];
                int c = src[next + 2 * x];
                int d = src[next + 2 * x + 1];
                int rb = (a & RB) + (b & RB) + (c & RB) + (d & RB) + 0x00020002;
                int g = (a & G) + (b & G) + (c & G) + (d & G) + 0x00000200;
                dst[out + x] = (rb >>> 2 & RB) | (g >>> 2 & G);
            }
        }
        return target;
    }

    /**
     * Bilinear resampling to the given size, separable (rows, then columns). Meant for factors between 1/2 and 1,
     * where two taps per axis see every source pixel; larger reductions go through {@link #halve} first.
     */
    static BufferedImage bilinear(BufferedImage source, int tw, int th) {
        int w = source.getWidth();
        int h = source.getHeight();
        int[] src = PackedRgb.pixels(source);
        int[] x0 = new int[tw];
        int[] xf = new int[tw];
        taps(w, tw, x0, xf);
        int[] y0 = new int[th];
        int[] yf = new int[th];
        taps(h, th, y0, yf);
        int[] rows = new int[tw * h];
        for (int y = 0; y < h; y++) {
            int in = y * w;
            int out = y * tw;
            for (int x = 0; x < tw; x++) {
                int left = x0[x];
                int right = Math.min(left + 1, w - 1);
                rows[out + x] = mix(src[in + left], src[in + right], xf[x]);
            }
        }
        BufferedImage target = new BufferedImage(tw, th, BufferedImage.TYPE_INT_RGB);
        int[] dst = PackedRgb.pixels(target);
        for (int y = 0; y < th; y++) {
            int top = y0[y] * tw;
            int bottom = Math.min(y0[y] + 1, h - 1) * tw;
            int weight = yf[y];
            int out = y * tw;
            for (int x = 0; x < tw; x++) {
                dst[out + x] = mix(rows[top + x], rows[bottom + x], weight);
            }
        }
        return target;
    }

    /** Source index and weight of the second tap for each target position, pixel centres aligned. */
    private static void taps(int sourceLength, int targetLength, int[] first, int[] weight) {
        double scale = (double) sourceLength / targetLength;
        for (int i = 0; i < targetLength; i++) {
            double position = Math.max(0, (i + 0.5) * scale - 0.5);
            int index = Math.min((int) position, sourceLength - 1);
            first[i] = index;
            weight[i] = (int) Math.round((position - index) * ONE);
        }
    }

    private static int mix(int a, int b, int weightOfB) {
        int weightOfA = ONE - weightOfB;
        int rb = ((a & RB) * weightOfA + (b & RB) * weightOfB) >>> WEIGHT_BITS & RB;
        int g = ((a & G) * weightOfA + (b & G) * weightOfB) >>> WEIGHT_BITS & G;
        return rb | g;
    }
}
