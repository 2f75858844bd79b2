package org.pothos.imageio;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Opaque TYPE_INT_RGB images whose pixels (0x00RRGGBB) fill their own int array row by row: what the decoders and
 * {@link Resampler} return, and the only layout the fast paths (resampling, native encoding) take.
 */
public final class PackedRgb {

    private PackedRgb() {
    }

    public static boolean is(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB || image.getRaster().getParent() != null) {
            return false;
        }
        DataBufferInt buffer = (DataBufferInt) image.getRaster().getDataBuffer();
        return buffer.getNumBanks() == 1 && buffer.getOffset() == 0
                && buffer.getData().length == image.getWidth() * image.getHeight();
    }

    /** The image's own pixel array (not a copy); only for images that {@link #is} packed. */
    public static int[] pixels(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }
}
