package org.pothos.imageio;

import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * Encodes a JPEG that fits a byte budget. Typical photos fit at the requested quality with one encode; noisy ones
 * (high ISO, foliage, gravel) can need twice the bytes, so they step down in quality to a floor and then in size,
 * with a bounded number of extra encodes. Thread-safe.
 */
public final class BoundedJpegEncoder {

    /** Below this JPEG blocks and ringing start to show on a downscaled photo. */
    static final float QUALITY_FLOOR = 0.6f;
    private static final float QUALITY_STEP = 0.15f;
    private static final int MAX_EXTRA_ENCODES = 4;
    /** Size shrinks aim a little under the budget, because bytes do not fall exactly with the pixel count. */
    private static final double SIZE_MARGIN = 0.9;

    private final JpegEncoder encoder;

    /** Encodes with ImageIO. */
    public BoundedJpegEncoder() {
        this(JpegEncoder.imageIo());
    }

    public BoundedJpegEncoder(JpegEncoder encoder) {
        this.encoder = encoder;
    }

    /**
     * @param maxBytes the budget; the result may exceed it only for images that still do not fit after the last
     *                 allowed encode (tiny budgets)
     */
    public byte[] encode(BufferedImage image, float quality, int maxBytes) throws IOException {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        BufferedImage current = image;
        float currentQuality = quality;
        byte[] jpeg = encoder.encode(current, currentQuality);
        for (int extra = 0; jpeg.length > maxBytes && extra < MAX_EXTRA_ENCODES; extra++) {
            if (currentQuality > QUALITY_FLOOR) {
                currentQuality = Math.max(QUALITY_FLOOR, currentQuality - QUALITY_STEP);
            } else {
                // At a fixed quality the bytes follow the pixel count, so the edge shrinks by the root of the excess.
                double scale = Math.sqrt((double) maxBytes / jpeg.length) * SIZE_MARGIN;
                int edge = (int) Math.max(1, Math.floor(Math.max(current.getWidth(), current.getHeight()) * scale));
                current = RgbImages.fitWithin(current, edge);
            }
            jpeg = encoder.encode(current, currentQuality);
        }
        return jpeg;
    }
}
