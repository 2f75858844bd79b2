package org.pothos.app.selfcheck;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/** A small photo-like picture drawn on the spot (a gradient and a disc), so an encoder has real content to compress. */
public final class SamplePicture {

    private SamplePicture() {
    }

    /** @param shade varies the colours, so pictures drawn with different shades have different content */
    public static BufferedImage draw(int width, int height, int shade) {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        try {
            g.setPaint(new GradientPaint(0, 0, new Color(0x2e7d32 + shade * 0x0a0000), width, height, new Color(0xc5e1a5)));
            g.fillRect(0, 0, width, height);
            g.setColor(new Color(0xf9fbe7));
            g.fillOval(width / 3, height / 4, width / 3, height / 2);
        } finally {
            g.dispose();
        }
        return picture;
    }
}
