package org.pothos.codecs;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;
import java.util.Optional;
import org.pothos.imageio.ScaledWebpDecoder;
import org.pothos.imageio.UnsupportedImageException;
import org.pothos.natives.NativeBuffers;
import org.pothos.natives.NativeLibrary;

/**
 * Decodes WebP pictures with libwebp (Debian's {@code libwebp7}) through the foreign-function API, scaled while
 * decoding: libwebp's rescaler takes each decoded row into the smaller output at once, so a 12 MP picture never
 * exists at full size, in the Java heap or anywhere else. Lossy and lossless, with or without alpha (composited on
 * white); animations are declined, and ImageIO reads their first frame.
 *
 * <p>The structures below are those of libwebp's {@code decode.h} at decoder ABI 0x0209 (libwebp 1.1 and later);
 * libwebp refuses to start a decoder for an ABI whose major version differs, so a future incompatible libwebp is
 * declined instead of misread.
 */
public final class WebpDecoder implements ScaledWebpDecoder {

    private static final int DECODER_ABI_VERSION = 0x0209;
    private static final int MODE_BGRA = 3;
    private static final int MODE_PREMULTIPLIED_BGRA = 8;
    private static final int STATUS_OK = 0;
    private static final int STATUS_UNSUPPORTED_FEATURE = 4;
    private static final int STATUS_NOT_ENOUGH_DATA = 7;

    private static final MemoryLayout SIZE_T = Linker.nativeLinker().canonicalLayouts().get("size_t");
    static final StructLayout FEATURES = MemoryLayout.structLayout(
            JAVA_INT.withName("width"), JAVA_INT.withName("height"), JAVA_INT.withName("has_alpha"),
            JAVA_INT.withName("has_animation"), JAVA_INT.withName("format"), MemoryLayout.sequenceLayout(5, JAVA_INT));
    private static final StructLayout RGBA_BUFFER = MemoryLayout.structLayout(
            ADDRESS.withName("rgba"), JAVA_INT.withName("stride"), MemoryLayout.paddingLayout(4), SIZE_T.withName("size"));
    private static final StructLayout YUVA_BUFFER = MemoryLayout.structLayout(
            MemoryLayout.sequenceLayout(4, ADDRESS), MemoryLayout.sequenceLayout(4, JAVA_INT),
            MemoryLayout.sequenceLayout(4, SIZE_T));
    static final StructLayout DECODE_BUFFER = MemoryLayout.structLayout(
            JAVA_INT.withName("colorspace"), JAVA_INT.withName("width"), JAVA_INT.withName("height"),
            JAVA_INT.withName("is_external_memory"),
            MemoryLayout.unionLayout(RGBA_BUFFER.withName("RGBA"), YUVA_BUFFER.withName("YUVA")).withName("u"),
            MemoryLayout.sequenceLayout(4, JAVA_INT), ADDRESS.withName("private_memory"));
    static final StructLayout OPTIONS = MemoryLayout.structLayout(
            JAVA_INT.withName("bypass_filtering"), JAVA_INT.withName("no_fancy_upsampling"),
            JAVA_INT.withName("use_cropping"), JAVA_INT.withName("crop_left"), JAVA_INT.withName("crop_top"),
            JAVA_INT.withName("crop_width"), JAVA_INT.withName("crop_height"), JAVA_INT.withName("use_scaling"),
            JAVA_INT.withName("scaled_width"), JAVA_INT.withName("scaled_height"), JAVA_INT.withName("use_threads"),
            JAVA_INT.withName("dithering_strength"), JAVA_INT.withName("flip"), JAVA_INT.withName("alpha_dithering_strength"),
            MemoryLayout.sequenceLayout(5, JAVA_INT));
    static final StructLayout CONFIG = MemoryLayout.structLayout(
            FEATURES.withName("input"), DECODE_BUFFER.withName("output"), OPTIONS.withName("options"),
            MemoryLayout.paddingLayout(4));

    private static final long INPUT = CONFIG.byteOffset(groupElement("input"));
    private static final long OUTPUT = CONFIG.byteOffset(groupElement("output"));
    private static final long OPTION = CONFIG.byteOffset(groupElement("options"));

    private final String version;
    private final MethodHandle initConfig;
    private final MethodHandle features;
    private final MethodHandle decode;
    private final MethodHandle freeBuffer;

    private WebpDecoder(SymbolLookup library) {
        this.version = version(library);
        this.initConfig = NativeLibrary.function(library, "WebPInitDecoderConfigInternal",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
        this.features = NativeBuffers.withSizeArgument(NativeLibrary.function(library, "WebPGetFeaturesInternal",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, SIZE_T, ADDRESS, JAVA_INT)), 1);
        this.decode = NativeBuffers.withSizeArgument(NativeLibrary.function(library, "WebPDecode",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, SIZE_T, ADDRESS)), 1);
        this.freeBuffer = NativeLibrary.function(library, "WebPFreeDecBuffer", FunctionDescriptor.ofVoid(ADDRESS));
    }

    /** Binds libwebp 7 (libwebp 1.x) when the system has it; empty otherwise. */
    public static Optional<WebpDecoder> load() {
        return NativeLibrary.load("webp", Arena.global(), 7).map(WebpDecoder::new);
    }

    /** libwebp's version, as "1.2.4" (for the self-check and the log). */
    public String version() {
        return version;
    }

    private static String version(SymbolLookup library) {
        try {
            int packed = (int) NativeLibrary.function(library, "WebPGetDecoderVersion", FunctionDescriptor.of(JAVA_INT)).invokeExact();
            return (packed >> 16 & 0xFF) + "." + (packed >> 8 & 0xFF) + "." + (packed & 0xFF);
        } catch (Throwable e) {
            return "unknown";
        }
    }

    @Override
    public Optional<BufferedImage> decode(Path file, int maxEdge) throws IOException, UnsupportedImageException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment data = NativeBuffers.read(file, arena);
            MemorySegment config = arena.allocate(CONFIG);
            if ((int) initConfig.invokeExact(config, DECODER_ABI_VERSION) == 0) {
                return Optional.empty(); // this libwebp speaks another ABI
            }
            MemorySegment input = config.asSlice(INPUT, FEATURES.byteSize());
            int status = (int) features.invokeExact(data, data.byteSize(), input, DECODER_ABI_VERSION);
            if (status != STATUS_OK) {
                throw new UnsupportedImageException(status == STATUS_NOT_ENOUGH_DATA ? "truncated file" : "corrupt image data");
            }
            if (input.get(JAVA_INT, FEATURES.byteOffset(groupElement("has_animation"))) != 0) {
                return Optional.empty();
            }
            int width = input.get(JAVA_INT, FEATURES.byteOffset(groupElement("width")));
            int height = input.get(JAVA_INT, FEATURES.byteOffset(groupElement("height")));
            boolean alpha = input.get(JAVA_INT, FEATURES.byteOffset(groupElement("has_alpha"))) != 0;
            double scale = Math.min(1.0, maxEdge / (double) Math.max(width, height));
            int outWidth = Math.max(1, (int) Math.round(width * scale));
            int outHeight = Math.max(1, (int) Math.round(height * scale));
            MemorySegment pixels = arena.allocate((long) outWidth * outHeight * 4, 4);
            scaleInto(config, pixels, outWidth, outHeight, alpha);
            status = (int) decode.invokeExact(data, data.byteSize(), config);
            freeBuffer.invokeExact(config.asSlice(OUTPUT, DECODE_BUFFER.byteSize()));
            if (status == STATUS_UNSUPPORTED_FEATURE) {
                return Optional.empty();
            }
            if (status != STATUS_OK) {
                throw new UnsupportedImageException(status == STATUS_NOT_ENOUGH_DATA ? "truncated file" : "corrupt image data");
            }
            return Optional.of(alpha
                    ? NativeBuffers.premultipliedBgraOnWhite(pixels, outWidth * 4L, outWidth, outHeight)
                    : NativeBuffers.bgrxToRgb(pixels, outWidth * 4L, outWidth, outHeight));
        } catch (IOException | UnsupportedImageException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("libwebp call failed", e);
        }
    }

    /** Asks for the picture scaled to the given size, written into our own buffer (premultiplied when transparent). */
    private static void scaleInto(MemorySegment config, MemorySegment pixels, int width, int height, boolean alpha) {
        config.set(JAVA_INT, OUTPUT + DECODE_BUFFER.byteOffset(groupElement("colorspace")),
                alpha ? MODE_PREMULTIPLIED_BGRA : MODE_BGRA);
        config.set(JAVA_INT, OUTPUT + DECODE_BUFFER.byteOffset(groupElement("is_external_memory")), 1);
        long rgba = OUTPUT + DECODE_BUFFER.byteOffset(groupElement("u"), groupElement("RGBA"));
        config.set(ADDRESS, rgba + RGBA_BUFFER.byteOffset(groupElement("rgba")), pixels);
        config.set(JAVA_INT, rgba + RGBA_BUFFER.byteOffset(groupElement("stride")), width * 4);
        long size = rgba + RGBA_BUFFER.byteOffset(groupElement("size"));
        if (SIZE_T.byteSize() == Long.BYTES) {
            config.set(JAVA_LONG, size, pixels.byteSize());
        } else {
            config.set(JAVA_INT, size, (int) pixels.byteSize());
        }
        config.set(JAVA_INT, OPTION + OPTIONS.byteOffset(groupElement("use_scaling")), 1);
        config.set(JAVA_INT, OPTION + OPTIONS.byteOffset(groupElement("scaled_width")), width);
        config.set(JAVA_INT, OPTION + OPTIONS.byteOffset(groupElement("scaled_height")), height);
    }
}
