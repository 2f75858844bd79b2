package org.pothos.imageio;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Brings any decoded image (CMYK-converted, 16-bit, gray, palette, alpha) to opaque TYPE_INT_RGB. */
final class RgbImages {

    private RgbImages() {
    }

    /** Same size, transparent areas composited on white. */
    static BufferedImage opaque(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        return drawOnWhite(image, image.getWidth(), image.getHeight());
    }

    /** Scaled down (never up) so the longest edge is at most {@code maxEdge}, composited on white. */
    static BufferedImage fitWithin(BufferedImage image, int maxEdge) {
        int width = image.getWidth();
        int height = image.getHeight();
        double scale = Math.min(1.0, maxEdge / (double) Math.max(width, height));
        int targetWidth = Math.max(1, (int) Math.round(width * scale));
        int targetHeight = Math.max(1, (int) Math.round(height * scale));
        BufferedImage current = image;
        // A step at 1/2 averages 2x2 blocks exactly; bigger single steps would skip source pixels and alias.
        while (current.getWidth() / 2 >= targetWidth && current.getHeight() / 2 >= targetHeight) {
            current = PackedRgb.is(current)
                    ? Resampler.halve(current)
                    : drawOnWhite(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        if (current.getWidth() == targetWidth && current.getHeight() == targetHeight) {
            return opaque(current);
        }
        return PackedRgb.is(current)
                ? Resampler.bilinear(current, targetWidth, targetHeight)
                : drawOnWhite(current, targetWidth, targetHeight);
    }

    private static BufferedImage drawOnWhite(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }
}
