package org.pothos.similar;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pothos.imageio.JpegEncoder;
import org.pothos.simulation.PhotoLikeImage;

/** Photo-like pictures and the copies people make of them: smaller, recompressed, slightly cropped. */
public final class NearDuplicatePictures {

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 900;

    private NearDuplicatePictures() {
    }

    /** A landscape-like picture (sky over ground with shapes and grain); each seed a different one of that kind. */
    public static BufferedImage photo(long seed) {
        return PhotoLikeImage.paint(WIDTH, HEIGHT, seed, 5);
    }

    public static Path write(Path dir, String name, BufferedImage image, float quality) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, JpegEncoder.imageIo().encode(image, quality));
        return file;
    }

    public static BufferedImage resized(BufferedImage image, double scale) {
        int width = (int) Math.round(image.getWidth() * scale);
        int height = (int) Math.round(image.getHeight() * scale);
        BufferedImage smaller = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = smaller.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return smaller;
    }

    /** {@code fraction} of the width and height cut off, half on each side. */
    public static BufferedImage cropped(BufferedImage image, double fraction) {
        int dx = (int) Math.round(image.getWidth() * fraction / 2);
        int dy = (int) Math.round(image.getHeight() * fraction / 2);
        BufferedImage part = image.getSubimage(dx, dy, image.getWidth() - 2 * dx, image.getHeight() - 2 * dy);
        BufferedImage copy = new BufferedImage(part.getWidth(), part.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        try {
            g.drawImage(part, 0, 0, null);
        } finally {
            g.dispose();
        }
        return copy;
    }
}
