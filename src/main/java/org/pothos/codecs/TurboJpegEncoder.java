package org.pothos.codecs;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.ByteOrder;
import java.util.Optional;
import org.pothos.imageio.JpegEncoder;
import org.pothos.imageio.PackedRgb;
import org.pothos.natives.NativeBuffers;

/**
 * Encodes JPEGs with libjpeg-turbo ({@link TurboJpegLibrary}): the same baseline 4:2:0 JPEG
 * with the same quantisation tables as ImageIO's writer at the same quality, in a fraction of its time (SIMD colour
 * conversion, DCT and Huffman coding; see docs/benchmarks.md, analysis preparation). It takes packed RGB images,
 * which is what every decoder and resampler of Pothos returns; anything else goes to the fallback encoder.
 */
public final class TurboJpegEncoder {

    private static final int TJSAMP_420 = 2;
    private static final int TJFLAG_NOREALLOC = 1024;
    /** The bytes of a 0x00RRGGBB int in memory: B, G, R, X on little-endian machines. */
    private static final int PIXEL_FORMAT = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? 3 /* TJPF_BGRX */
            : 5 /* TJPF_XRGB */;

    private final TurboJpegLibrary library;
    private final MethodHandle init;
    private final MethodHandle bufferSize;
    private final MethodHandle compress;

    TurboJpegEncoder(TurboJpegLibrary library) {
        this.library = library;
        this.init = library.function("tjInitCompress", FunctionDescriptor.of(ADDRESS));
        this.bufferSize = NativeBuffers.withSizeResult(library.function("tjBufSize",
                FunctionDescriptor.of(NativeBuffers.C_LONG, JAVA_INT, JAVA_INT, JAVA_INT)));
        this.compress = library.function("tjCompress2", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS,
                JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT));
    }

    /** Binds libturbojpeg (version 2.0 or newer) when the system has it; empty otherwise. */
    public static Optional<TurboJpegEncoder> load() {
        return TurboJpegLibrary.load().map(TurboJpegEncoder::new);
    }

    /** This encoder for packed RGB images, {@code fallback} for the rest. */
    public JpegEncoder orElse(JpegEncoder fallback) {
        return (image, quality) -> PackedRgb.is(image) ? encode(image, quality) : fallback.encode(image, quality);
    }

    private byte[] encode(BufferedImage image, float quality) throws IOException {
        JpegEncoder.checkQuality(quality);
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = PackedRgb.pixels(image);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment source = arena.allocate(JAVA_INT, pixels.length);
            MemorySegment.copy(pixels, 0, source, JAVA_INT, 0, pixels.length);
            long capacity = (long) bufferSize.invokeExact(width, height, TJSAMP_420);
            if (capacity <= 0) {
                throw new IOException("libjpeg-turbo cannot encode a picture of " + width + " × " + height);
            }
            MemorySegment jpeg = arena.allocate(capacity);
            MemorySegment jpegAddress = arena.allocate(ADDRESS);
            jpegAddress.set(ADDRESS, 0, jpeg);
            MemorySegment jpegSize = NativeBuffers.cLong(arena, capacity);
            MemorySegment handle = (MemorySegment) init.invokeExact();
            if (handle.equals(MemorySegment.NULL)) {
                throw new IOException("libjpeg-turbo could not start an encoder (out of memory?)");
            }
            try {
                // TurboJPEG counts quality as libjpeg does, 1 to 100; ImageIO's 0 means libjpeg's 1 as well.
                int libjpegQuality = Math.max(1, Math.round(quality * 100));
                int result = (int) compress.invokeExact(handle, source, width, width * 4, height, PIXEL_FORMAT,
                        jpegAddress, jpegSize, TJSAMP_420, libjpegQuality, TJFLAG_NOREALLOC);
                if (result != 0) {
                    throw new IOException("libjpeg-turbo could not encode the image: " + library.error(handle));
                }
                return jpeg.asSlice(0, NativeBuffers.unsignedCLong(jpegSize)).toArray(JAVA_BYTE);
            } finally {
                library.destroy(handle);
            }
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("libjpeg-turbo call failed", e);
        }
    }
}
