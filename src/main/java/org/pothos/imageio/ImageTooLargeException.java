package org.pothos.imageio;

import java.math.BigDecimal;
import java.math.MathContext;

/** An image whose header announces more pixels than the caller allows to decode. */
public class ImageTooLargeException extends Exception {

    private final long pixels;
    private final long limit;

    public ImageTooLargeException(long pixels, long limit) {
        super("image is " + megapixels(pixels) + " megapixels, above the " + megapixels(limit) + " megapixel limit");
        this.pixels = pixels;
        this.limit = limit;
    }

    public long pixels() {
        return pixels;
    }

    public long limit() {
        return limit;
    }

    /** Three significant digits: "1600", "12.2", "0.005". */
    private static String megapixels(long pixels) {
        return BigDecimal.valueOf(pixels, 6).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
