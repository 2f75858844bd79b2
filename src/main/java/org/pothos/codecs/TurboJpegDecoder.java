package org.pothos.codecs;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;
import java.util.Optional;
import org.pothos.imageio.JpegFrame;
import org.pothos.imageio.ScaledJpegDecoder;
import org.pothos.imageio.UnsupportedImageException;
import org.pothos.natives.NativeBuffers;

/**
 * Decodes JPEGs at 1/2, 1/4 or 1/8 scale with libjpeg-turbo itself ({@link TurboJpegLibrary}): the same DCT-domain
 * scaling as the libjpeg JavaFX bundles, with libjpeg-turbo's SIMD entropy decoding and colour conversion, which
 * make it the faster of the two.
 *
 * <p>Progressive files are limited in their number of scans (a file made of thousands of tiny scans is a known way
 * to make a decoder spin). Data that libjpeg can only partly decode (a truncated tail) comes back as far as it
 * went, as other viewers show it; data it cannot decode at all is an {@link UnsupportedImageException}.
 */
public final class TurboJpegDecoder implements ScaledJpegDecoder {

    private static final int TJPF_BGRX = 3;
    private static final int TJFLAG_LIMITSCANS = 32768;
    private static final int TJERR_WARNING = 0;

    private final TurboJpegLibrary library;
    private final MethodHandle init;
    private final MethodHandle header;
    private final MethodHandle decompress;
    private final MethodHandle errorCode;

    TurboJpegDecoder(TurboJpegLibrary library) {
        this.library = library;
        this.init = library.function("tjInitDecompress", FunctionDescriptor.of(ADDRESS));
        this.header = NativeBuffers.withSizeArgument(library.function("tjDecompressHeader3",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, NativeBuffers.C_LONG, ADDRESS, ADDRESS, ADDRESS, ADDRESS)), 2);
        this.decompress = NativeBuffers.withSizeArgument(library.function("tjDecompress2",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, NativeBuffers.C_LONG, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT,
                        JAVA_INT, JAVA_INT)), 2);
        this.errorCode = library.function("tjGetErrorCode", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /** Binds libturbojpeg (version 2.0 or newer) when the system has it; empty otherwise. */
    public static Optional<TurboJpegDecoder> load() {
        return TurboJpegLibrary.load().map(TurboJpegDecoder::new);
    }

    @Override
    public Optional<BufferedImage> decode(Path file, JpegFrame frame, int denominator)
            throws IOException, UnsupportedImageException {
        // TurboJPEG picks the largest scale whose output fits the size asked for, and rounds its output up; asking
        // for the rounded-up size of 1/denominator selects exactly that scale. The interface's sizes round down.
        int width = Math.ceilDiv(frame.width(), denominator);
        int height = Math.ceilDiv(frame.height(), denominator);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment jpeg = NativeBuffers.read(file, arena);
            MemorySegment handle = (MemorySegment) init.invokeExact();
            if (handle.equals(MemorySegment.NULL)) {
                throw new IOException("libjpeg-turbo could not start a decoder (out of memory?)");
            }
            try {
                checkHeader(handle, jpeg, arena, frame);
                MemorySegment pixels = arena.allocate((long) width * height * 4, 4);
                int result = (int) decompress.invokeExact(handle, jpeg, jpeg.byteSize(), pixels, width, width * 4, height,
                        TJPF_BGRX, TJFLAG_LIMITSCANS);
                if (result != 0 && (int) errorCode.invokeExact(handle) != TJERR_WARNING) {
                    throw new UnsupportedImageException("corrupt image data: " + library.error(handle));
                }
                return Optional.of(NativeBuffers.bgrxToRgb(pixels, width * 4,
                        Math.max(1, frame.width() / denominator), Math.max(1, frame.height() / denominator)));
            } finally {
                library.destroy(handle);
            }
        } catch (IOException | UnsupportedImageException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("libjpeg-turbo call failed", e);
        }
    }

    /** The frame header as libjpeg-turbo reads it must be the one the caller sized the output for. */
    private void checkHeader(MemorySegment handle, MemorySegment jpeg, Arena arena, JpegFrame frame) throws Throwable {
        MemorySegment ints = arena.allocate(JAVA_INT, 4);
        int result = (int) header.invokeExact(handle, jpeg, jpeg.byteSize(), ints, ints.asSlice(4), ints.asSlice(8),
                ints.asSlice(12));
        if (result != 0) {
            throw new UnsupportedImageException("corrupt image data: " + library.error(handle));
        }
        if (ints.getAtIndex(JAVA_INT, 0) != frame.width() || ints.getAtIndex(JAVA_INT, 1) != frame.height()) {
            throw new UnsupportedImageException("corrupt image data: the frame header disagrees with itself");
        }
    }
}
