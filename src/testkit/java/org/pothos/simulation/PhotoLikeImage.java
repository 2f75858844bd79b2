package org.pothos.simulation;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.SplittableRandom;

/**
 * Paints a picture that compresses like a photograph: a sky and ground gradient, overlapping shapes
 * with soft gradients, blotchy low-frequency texture and per-pixel sensor grain. Flat drawings would
 * encode to a fraction of a camera file's size and decode faster than real photos.
 */
public final class PhotoLikeImage {

    private PhotoLikeImage() {
    }

    /**
     * @param grain standard deviation, in levels of 255, of the per-pixel noise; it sets the encoded size
     *              (about 7 gives 3.5 MB at quality 0.9 for 12 MP)
     */
    public static BufferedImage paint(int width, int height, long seed, double grain) {
        SplittableRandom random = new SplittableRandom(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            int horizon = height / 3 + random.nextInt(height / 3);
            g.setPaint(new GradientPaint(0, 0, color(random, 40, 140), 0, horizon, color(random, 150, 240)));
            g.fillRect(0, 0, width, horizon);
            g.setPaint(new GradientPaint(0, horizon, color(random, 60, 160), 0, height, color(random, 10, 90)));
            g.fillRect(0, horizon, width, height - horizon);
            int shapes = 40 + random.nextInt(40);
            for (int i = 0; i < shapes; i++) {
                paintShape(g, random, width, height);
            }
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.35f));
            g.drawImage(blotches(random, width / 24 + 1, height / 24 + 1), 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        addGrain(((DataBufferInt) image.getRaster().getDataBuffer()).getData(), random, grain);
        return image;
    }

    private static void paintShape(Graphics2D g, SplittableRandom random, int width, int height) {
        float x = random.nextInt(width);
        float y = random.nextInt(height);
        float size = (float) (Math.min(width, height) * (0.03 + random.nextDouble() * 0.35));
        Color from = color(random, 0, 256);
        Color to = color(random, 0, 256);
        g.setPaint(new GradientPaint(x, y, withAlpha(from, 120 + random.nextInt(136)), x + size, y + size,
                withAlpha(to, 120 + random.nextInt(136))));
        if (random.nextBoolean()) {
            g.fill(new Ellipse2D.Float(x, y, size, size * (float) (0.4 + random.nextDouble())));
        } else {
            Path2D.Float polygon = new Path2D.Float();
            polygon.moveTo(x, y);
            int corners = 3 + random.nextInt(4);
            for (int c = 0; c < corners; c++) {
                polygon.lineTo(x + (random.nextDouble() - 0.5) * 2 * size, y + (random.nextDouble() - 0.5) * 2 * size);
            }
            polygon.closePath();
            g.fill(polygon);
        }
    }

    /** A small random image; scaled up smoothly it becomes foliage- or cloud-like texture. */
    private static BufferedImage blotches(SplittableRandom random, int width, int height) {
        BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) small.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = random.nextInt(1 << 24);
        }
        return small;
    }

    /** Roughly Gaussian noise per channel (sum of two uniforms), as a sensor adds. */
    private static void addGrain(int[] pixels, SplittableRandom random, double sigma) {
        // Two uniforms on [-a, a) sum to a triangular distribution with standard deviation a * sqrt(2/3).
        int amplitude = Math.max(1, (int) Math.round(sigma / Math.sqrt(2.0 / 3.0)));
        int span = 2 * amplitude;
        for (int i = 0; i < pixels.length; i++) {
            long bits = random.nextLong();
            int p = pixels[i];
            int r = clamp(((p >> 16) & 0xFF) + noise(bits, span, amplitude));
            int gr = clamp(((p >> 8) & 0xFF) + noise(bits >>> 20, span, amplitude));
            int b = clamp((p & 0xFF) + noise(bits >>> 40, span, amplitude));
            pixels[i] = r << 16 | gr << 8 | b;
        }
    }

    private static int noise(long bits, int span, int amplitude) {
        int first = (int) ((bits & 0x3FF) % span);
        int second = (int) (((bits >>> 10) & 0x3FF) % span);
        return first + second - 2 * amplitude + 1;
    }

    private static Color color(SplittableRandom random, int low, int high) {
        return new Color(low + random.nextInt(high - low), low + random.nextInt(high - low), low + random.nextInt(high - low));
    }

    private static Color withAlpha(Color color, int alpha) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), alpha);
    }

    private static int clamp(int value) {
        return value < 0 ? 0 : Math.min(255, value);
    }
}
