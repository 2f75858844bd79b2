package org.pothos.imageio;

import java.awt.image.BufferedImage;

/** Turns a stored image upright according to its EXIF orientation (1..8). */
public final class Orientation {

    public static final int NORMAL = 1;

    private Orientation() {
    }

    public static boolean isValid(int exifOrientation) {
        return exifOrientation >= 1 && exifOrientation <= 8;
    }

    /** Orientations 5..8 turn the picture by a quarter, so displayed width and height trade places. */
    public static boolean swapsAxes(int exifOrientation) {
        return exifOrientation >= 5 && exifOrientation <= 8;
    }

    /**
     * Returns the image as it should be displayed: {@code image} itself for orientation 1 (or an invalid value),
     * otherwise a new TYPE_INT_RGB image (TYPE_INT_ARGB if the source has alpha).
     */
    public static BufferedImage apply(BufferedImage image, int exifOrientation) {
        if (!isValid(exifOrientation) || exifOrientation == NORMAL) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = swapsAxes(exifOrientation);
        int outWidth = swap ? h : w;
        int outHeight = swap ? w : h;
        SourceMap map = SourceMap.of(exifOrientation, w, h);
        int[] source = image.getRGB(0, 0, w, h, null, 0, w);
        int[] target = new int[outWidth * outHeight];
        for (int y = 0; y < outHeight; y++) {
            for (int x = 0; x < outWidth; x++) {
                int sx = map.xFromX * x + map.xFromY * y + map.xOrigin;
                int sy = map.yFromX * x + map.yFromY * y + map.yOrigin;
                target[y * outWidth + x] = source[sy * w + sx];
            }
        }
        int type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage upright = new BufferedImage(outWidth, outHeight, type);
        upright.setRGB(0, 0, outWidth, outHeight, target, 0, outWidth);
        return upright;
    }

    /** For each displayed pixel (x, y): source x = xFromX*x + xFromY*y + xOrigin, likewise for source y. */
    private record SourceMap(int xFromX, int xFromY, int xOrigin, int yFromX, int yFromY, int yOrigin) {

        static SourceMap of(int orientation, int w, int h) {
            return switch (orientation) {
                case 2 -> new SourceMap(-1, 0, w - 1, 0, 1, 0);          // mirrored left-right
                case 3 -> new SourceMap(-1, 0, w - 1, 0, -1, h - 1);     // upside down
                case 4 -> new SourceMap(1, 0, 0, 0, -1, h - 1);          // mirrored top-bottom
                case 5 -> new SourceMap(0, 1, 0, 1, 0, 0);               // transposed
                case 6 -> new SourceMap(0, 1, 0, -1, 0, h - 1);          // needs a clockwise quarter turn
                case 7 -> new SourceMap(0, -1, w - 1, -1, 0, h - 1);     // transversed
                case 8 -> new SourceMap(0, -1, w - 1, 1, 0, 0);          // needs a counter-clockwise quarter turn
                default -> new SourceMap(1, 0, 0, 0, 1, 0);
            };
        }
    }
}
