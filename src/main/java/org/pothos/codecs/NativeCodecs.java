package org.pothos.codecs;

import java.util.Optional;
import org.pothos.imageio.HeifDecoder;
import org.pothos.imageio.ImageDecoder;
import org.pothos.imageio.JpegEncoder;
import org.pothos.imageio.ScaledJpegDecoder;
import org.pothos.imageio.ScaledWebpDecoder;

/**
 * Chooses the image decoders and the JPEG encoder at run time from what this system has: JPEG through libjpeg-turbo,
 * else the given fallback (encoding: else ImageIO); WebP through libwebp, else ImageIO; whatever a native codec
 * declines goes on to the next. Each library is bound once per process (a library load and a few method handles).
 */
public final class NativeCodecs {

    private static final class Bound {
        static final Optional<TurboJpegLibrary> TURBO_JPEG = TurboJpegLibrary.load();
        static final Optional<WebpDecoder> WEBP = WebpDecoder.load();
    }

    private NativeCodecs() {
    }

    /**
     * @param jpegFallback the reduced-size JPEG decoder to use where libjpeg-turbo is missing or declines
     * @param heif         the HEIF and AVIF decoder
     */
    public static ImageDecoder imageDecoder(ScaledJpegDecoder jpegFallback, HeifDecoder heif) {
        ScaledJpegDecoder jpeg = Bound.TURBO_JPEG.<ScaledJpegDecoder>map(turbo -> new TurboJpegDecoder(turbo).orElse(jpegFallback))
                .orElse(jpegFallback);
        ScaledWebpDecoder webp = Bound.WEBP.<ScaledWebpDecoder>map(decoder -> decoder).orElse(ScaledWebpDecoder.NONE);
        return new ImageDecoder(jpeg, webp, heif);
    }

    /** JPEGs encoded by libjpeg-turbo where the system has it, else by ImageIO. */
    public static JpegEncoder jpegEncoder() {
        JpegEncoder imageIo = JpegEncoder.imageIo();
        return Bound.TURBO_JPEG.map(turbo -> new TurboJpegEncoder(turbo).orElse(imageIo)).orElse(imageIo);
    }

    /** Which native libraries decode, in one line (for the self-check and bug reports). */
    public static String describe() {
        String jpeg = Bound.TURBO_JPEG.isPresent() ? "libjpeg-turbo" : "JavaFX's libjpeg (libjpeg-turbo not found)";
        String webp = Bound.WEBP.map(decoder -> "libwebp " + decoder.version()).orElse("ImageIO (libwebp not found)");
        return "JPEG " + jpeg + ", WebP " + webp;
    }
}
