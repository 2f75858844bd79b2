package org.pothos.natives;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** What native codecs share: files read into native memory, C {@code long} values, pixels back into Java. */
@SuppressWarnings("restricted")
public final class NativeBuffers {

    /** C's {@code long}: 64 bits on Linux and macOS, 32 on Windows. */
    public static final MemoryLayout C_LONG = Linker.nativeLinker().canonicalLayouts().get("long");

    /** Four bytes B, G, R, X (or A) read as one int 0xXXRRGGBB, whatever the machine's byte order. */
    private static final ValueLayout.OfInt BGRX = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private NativeBuffers() {
    }

    /** Lets a handle whose argument {@code index} is a C {@code long} be called with a Java {@code long} everywhere. */
    public static MethodHandle withSizeArgument(MethodHandle handle, int index) {
        return MethodHandles.explicitCastArguments(handle, handle.type().changeParameterType(index, long.class));
    }

    /** Lets a handle that returns a C {@code long} return a Java {@code long} everywhere. */
    public static MethodHandle withSizeResult(MethodHandle handle) {
        return MethodHandles.explicitCastArguments(handle, handle.type().changeReturnType(long.class));
    }

    /** A C {@code long} in native memory, for functions that take its address (sizes they read and update). */
    public static MemorySegment cLong(Arena arena, long value) {
        MemorySegment slot = arena.allocate(C_LONG);
        if (C_LONG.byteSize() == Long.BYTES) {
            slot.set(ValueLayout.JAVA_LONG, 0, value);
        } else {
            slot.set(ValueLayout.JAVA_INT, 0, Math.toIntExact(value));
        }
        return slot;
    }

    /** The value of a slot made by {@link #cLong}, as C's {@code unsigned long}. */
    public static long unsignedCLong(MemorySegment slot) {
        return C_LONG.byteSize() == Long.BYTES
                ? slot.get(ValueLayout.JAVA_LONG, 0)
                : Integer.toUnsignedLong(slot.get(ValueLayout.JAVA_INT, 0));
    }

    /** The whole file in native memory owned by {@code arena} (a file that shrinks meanwhile gives what was there). */
    public static MemorySegment read(Path file, Arena arena) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size > Integer.MAX_VALUE) {
                throw new IOException("file too large to decode: " + size + " bytes");
            }
            MemorySegment data = arena.allocate(Math.max(1, size));
            ByteBuffer buffer = data.asByteBuffer().limit((int) size);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // reads until full or at the end of the file
            }
            return data.asSlice(0, buffer.position());
        }
    }

    /** Opaque BGRX rows (4 bytes a pixel, {@code stride} bytes a row) as a TYPE_INT_RGB image of the given size. */
    public static BufferedImage bgrxToRgb(MemorySegment pixels, long stride, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] target = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < height; y++) {
            MemorySegment.copy(pixels, BGRX, y * stride, target, y * width, width);
        }
        return image;
    }

    /**
     * Premultiplied BGRA rows as a TYPE_INT_RGB image, composited on white as every transparent picture is
     * (see {@code RgbImages}): a premultiplied colour plus white times the transparency.
     */
    public static BufferedImage premultipliedBgraOnWhite(MemorySegment pixels, long stride, int width, int height) {
        BufferedImage image = bgrxToRgb(pixels, stride, width, height);
        int[] data = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < data.length; i++) {
            int argb = data[i];
            int clear = 255 - (argb >>> 24);
            if (clear != 0) {
                int r = Math.min(255, (argb >> 16 & 0xFF) + clear);
                int g = Math.min(255, (argb >> 8 & 0xFF) + clear);
                int b = Math.min(255, (argb & 0xFF) + clear);
                data[i] = r << 16 | g << 8 | b;
            }
        }
        return image;
    }

    /** A NUL-terminated string a library returned (an error message). */
    public static String cString(MemorySegment text) {
        return text.equals(MemorySegment.NULL) ? "unknown error" : text.reinterpret(4096).getString(0);
    }
}
