package org.pothos.imageio.natives;

import java.util.Optional;
import org.pothos.imageio.ImageDecoder;
import org.pothos.imageio.ScaledJpegDecoder;
import org.pothos.imageio.ScaledWebpDecoder;

/**
 * Chooses the image decoders at run time from what this system has: JPEG through libjpeg-turbo, else the given
 * fallback; WebP through libwebp, else ImageIO; whatever a native decoder declines goes on to the next.
 */
public final class NativeCodecs {

    private NativeCodecs() {
    }

    /** @param jpegFallback the reduced-size JPEG decoder to use where libjpeg-turbo is missing or declines */
    public static ImageDecoder imageDecoder(ScaledJpegDecoder jpegFallback) {
        Optional<TurboJpegDecoder> turbo = TurboJpegDecoder.load();
        ScaledJpegDecoder jpeg = turbo.isPresent() ? turbo.get().orElse(jpegFallback) : jpegFallback;
        ScaledWebpDecoder webp = WebpDecoder.load().<ScaledWebpDecoder>map(decoder -> decoder).orElse(ScaledWebpDecoder.NONE);
        return new ImageDecoder(jpeg, webp);
    }

    /** Which native libraries decode, in one line (for the self-check and bug reports). */
    public static String describe() {
        String jpeg = TurboJpegDecoder.load().map(TurboJpegDecoder::libraryName)
                .orElse("no libjpeg-turbo, JavaFX's libjpeg instead");
        String webp = WebpDecoder.load().map(WebpDecoder::libraryName).orElse("no libwebp, ImageIO instead");
        return "JPEG " + jpeg + ", WebP " + webp;
    }
}
