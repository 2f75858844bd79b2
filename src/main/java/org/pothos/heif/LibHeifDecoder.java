package org.pothos.heif;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.pothos.imageio.HeifDecoder;
import org.pothos.imageio.ImageTooLargeException;
import org.pothos.imageio.UnsupportedImageException;
import org.pothos.natives.NativeLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes HEIF and AVIF with the system's libheif (Debian {@code libheif1}, Homebrew {@code libheif}) through the
 * foreign-function API. libheif applies the container's rotation, mirroring and cropping, so pictures come out
 * upright. Each call has its own libheif context and memory arena, so calls may run on several threads at once.
 * When libheif is not installed, {@link #isAvailable()} is false and every HEIF picture reports
 * {@link HeifDecoder#UNAVAILABLE}.
 */
@SuppressWarnings("restricted") // calling libheif is the point of this class
public final class LibHeifDecoder implements HeifDecoder {

    private static final Logger LOG = LoggerFactory.getLogger(LibHeifDecoder.class);
    private static final int COLORSPACE_RGB = 1;
    private static final int CHROMA_INTERLEAVED_RGB = 10;
    private static final int CHANNEL_INTERLEAVED = 10;
    /** A HEIC file larger than this is refused before it is read into memory. */
    private static final long MAX_FILE_BYTES = 512L * 1024 * 1024;
    /** {@code struct heif_error}: returned by value from most calls. */
    private static final StructLayout ERROR = MemoryLayout.structLayout(
            JAVA_INT.withName("code"), JAVA_INT.withName("subcode"), ADDRESS.withName("message"));

    private final Functions functions;

    private LibHeifDecoder(Functions functions) {
        this.functions = functions;
    }

    /** Binds libheif if the system has it; otherwise a decoder that is not {@link #isAvailable() available}. */
    public static LibHeifDecoder load() {
        Optional<SymbolLookup> library = NativeLibrary.load("heif", Arena.global(), 1);
        if (library.isEmpty()) {
            return new LibHeifDecoder(null);
        }
        try {
            Functions functions = new Functions(library.get());
            LOG.info("HEIF and AVIF pictures are decoded with libheif {}", functions.version());
            return new LibHeifDecoder(functions);
        } catch (RuntimeException e) {
            // A libheif too old for one of the functions used, or native access refused.
            LOG.warn("libheif is installed but cannot be used; HEIF pictures get no thumbnails", e);
            return new LibHeifDecoder(null);
        }
    }

    @Override
    public boolean isAvailable() {
        return functions != null;
    }

    /** libheif's version, for the About box and the log; empty when it is not available. */
    public String version() {
        return functions == null ? "" : functions.version();
    }

    @Override
    public BufferedImage decode(Path file, int minEdge, long maxPixels)
            throws IOException, UnsupportedImageException, ImageTooLargeException {
        if (functions == null) {
            throw new UnsupportedImageException(UNAVAILABLE);
        }
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new ImageTooLargeException(size, MAX_FILE_BYTES);
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment data = arena.allocate(size);
            MemorySegment.copy(MemorySegment.ofArray(Files.readAllBytes(file)), 0, data, 0, size);
            return functions.decode(arena, data, minEdge, maxPixels);
        } catch (UnsupportedImageException | ImageTooLargeException | IOException e) {
            throw e;
        } catch (Throwable e) {
            throw new UnsupportedImageException("libheif failed: " + e, e);
        }
    }

    /** The bound libheif functions. */
    private static final class Functions {

        private final MethodHandle contextAlloc;
        private final MethodHandle contextFree;
        private final MethodHandle readFromMemory;
        private final MethodHandle primaryHandle;
        private final MethodHandle handleWidth;
        private final MethodHandle handleHeight;
        private final MethodHandle thumbnailCount;
        private final MethodHandle thumbnailIds;
        private final MethodHandle thumbnail;
        private final MethodHandle decodeImage;
        private final MethodHandle planeReadonly;
        private final MethodHandle imageWidth;
        private final MethodHandle imageHeight;
        private final MethodHandle imageRelease;
        private final MethodHandle handleRelease;
        private final String version;

        Functions(SymbolLookup library) {
            Linker linker = Linker.nativeLinker();
            contextAlloc = bind(linker, library, "heif_context_alloc", FunctionDescriptor.of(ADDRESS));
            contextFree = bind(linker, library, "heif_context_free", FunctionDescriptor.ofVoid(ADDRESS));
            readFromMemory = bind(linker, library, "heif_context_read_from_memory_without_copy",
                    FunctionDescriptor.of(ERROR, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS));
            primaryHandle = bind(linker, library, "heif_context_get_primary_image_handle",
                    FunctionDescriptor.of(ERROR, ADDRESS, ADDRESS));
            handleWidth = bind(linker, library, "heif_image_handle_get_width", FunctionDescriptor.of(JAVA_INT, ADDRESS));
            handleHeight = bind(linker, library, "heif_image_handle_get_height", FunctionDescriptor.of(JAVA_INT, ADDRESS));
            thumbnailCount = bind(linker, library, "heif_image_handle_get_number_of_thumbnails",
                    FunctionDescriptor.of(JAVA_INT, ADDRESS));
            thumbnailIds = bind(linker, library, "heif_image_handle_get_list_of_thumbnail_IDs",
                    FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
            thumbnail = bind(linker, library, "heif_image_handle_get_thumbnail",
                    FunctionDescriptor.of(ERROR, ADDRESS, JAVA_INT, ADDRESS));
            decodeImage = bind(linker, library, "heif_decode_image",
                    FunctionDescriptor.of(ERROR, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, ADDRESS));
            planeReadonly = bind(linker, library, "heif_image_get_plane_readonly",
                    FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT, ADDRESS));
            imageWidth = bind(linker, library, "heif_image_get_width", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
            imageHeight = bind(linker, library, "heif_image_get_height", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
            imageRelease = bind(linker, library, "heif_image_release", FunctionDescriptor.ofVoid(ADDRESS));
            handleRelease = bind(linker, library, "heif_image_handle_release", FunctionDescriptor.ofVoid(ADDRESS));
            MethodHandle getVersion = bind(linker, library, "heif_get_version", FunctionDescriptor.of(ADDRESS));
            // heif_init loads decoder plugins in libheif 1.14 and later; older versions have it built in.
            library.find("heif_init").ifPresent(init -> {
                try (Arena arena = Arena.ofConfined()) {
                    MethodHandle handle = linker.downcallHandle(init, FunctionDescriptor.of(ERROR, ADDRESS));
                    MemorySegment ignored = (MemorySegment) handle.invokeExact((SegmentAllocator) arena,
                            MemorySegment.NULL);
                } catch (Throwable e) {
                    throw new IllegalStateException("heif_init failed", e);
                }
            });
            try {
                version = cString((MemorySegment) getVersion.invokeExact());
            } catch (Throwable e) {
                throw new IllegalStateException("heif_get_version failed", e);
            }
        }

        String version() {
            return version;
        }

        private static MethodHandle bind(Linker linker, SymbolLookup library, String name, FunctionDescriptor descriptor) {
            MemorySegment symbol = library.find(name)
                    .orElseThrow(() -> new IllegalStateException("libheif has no " + name));
            return linker.downcallHandle(symbol, descriptor);
        }

        BufferedImage decode(Arena arena, MemorySegment data, int minEdge, long maxPixels) throws Throwable {
            MemorySegment context = (MemorySegment) contextAlloc.invokeExact();
            if (context.equals(MemorySegment.NULL)) {
                throw new UnsupportedImageException("libheif could not allocate a context");
            }
            try {
                check((MemorySegment) readFromMemory.invokeExact((SegmentAllocator) arena, context, data,
                        data.byteSize(), MemorySegment.NULL));
                MemorySegment out = arena.allocate(ADDRESS);
                check((MemorySegment) primaryHandle.invokeExact((SegmentAllocator) arena, context, out));
                MemorySegment primary = out.get(ADDRESS, 0);
                try {
                    long pixels = (long) (int) handleWidth.invokeExact(primary) * (int) handleHeight.invokeExact(primary);
                    if (pixels > maxPixels) {
                        throw new ImageTooLargeException(pixels, maxPixels);
                    }
                    MemorySegment small = thumbnailReaching(arena, primary, minEdge);
                    try {
                        return pixels(arena, small.equals(MemorySegment.NULL) ? primary : small);
                    } finally {
                        if (!small.equals(MemorySegment.NULL)) {
                            handleRelease.invokeExact(small);
                        }
                    }
                } finally {
                    handleRelease.invokeExact(primary);
                }
            } finally {
                contextFree.invokeExact(context);
            }
        }

        /** A thumbnail whose longest edge is at least {@code minEdge}, or NULL when there is none. */
        private MemorySegment thumbnailReaching(Arena arena, MemorySegment primary, int minEdge) throws Throwable {
            int count = (int) thumbnailCount.invokeExact(primary);
            if (count < 1 || minEdge < 1) {
                return MemorySegment.NULL;
            }
            MemorySegment ids = arena.allocate(JAVA_INT, count);
            int listed = (int) thumbnailIds.invokeExact(primary, ids, count);
            for (int i = 0; i < listed; i++) {
                MemorySegment out = arena.allocate(ADDRESS);
                MemorySegment error = (MemorySegment) thumbnail.invokeExact((SegmentAllocator) arena, primary,
                        ids.getAtIndex(JAVA_INT, i), out);
                if (error.get(JAVA_INT, 0) != 0) {
                    continue;
                }
                MemorySegment handle = out.get(ADDRESS, 0);
                int edge = Math.max((int) handleWidth.invokeExact(handle), (int) handleHeight.invokeExact(handle));
                if (edge >= minEdge) {
                    return handle;
                }
                handleRelease.invokeExact(handle);
            }
            return MemorySegment.NULL;
        }

        private BufferedImage pixels(Arena arena, MemorySegment handle) throws Throwable {
            MemorySegment out = arena.allocate(ADDRESS);
            check((MemorySegment) decodeImage.invokeExact((SegmentAllocator) arena, handle, out,
                    COLORSPACE_RGB, CHROMA_INTERLEAVED_RGB, MemorySegment.NULL));
            MemorySegment image = out.get(ADDRESS, 0);
            try {
                int width = (int) imageWidth.invokeExact(image, CHANNEL_INTERLEAVED);
                int height = (int) imageHeight.invokeExact(image, CHANNEL_INTERLEAVED);
                MemorySegment strideOut = arena.allocate(JAVA_INT);
                MemorySegment plane = (MemorySegment) planeReadonly.invokeExact(image, CHANNEL_INTERLEAVED, strideOut);
                int stride = strideOut.get(JAVA_INT, 0);
                if (width < 1 || height < 1 || plane.equals(MemorySegment.NULL) || stride < width * 3) {
                    throw new UnsupportedImageException("libheif returned no picture");
                }
                MemorySegment rows = plane.reinterpret((long) stride * height);
                BufferedImage result = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
                int[] target = ((DataBufferInt) result.getRaster().getDataBuffer()).getData();
                byte[] row = new byte[width * 3];
                for (int y = 0; y < height; y++) {
                    MemorySegment.copy(rows, JAVA_BYTE, (long) y * stride, row, 0, row.length);
                    int base = y * width;
                    for (int x = 0, i = 0; x < width; x++, i += 3) {
                        target[base + x] = (row[i] & 0xFF) << 16 | (row[i + 1] & 0xFF) << 8 | row[i + 2] & 0xFF;
                    }
                }
                return result;
            } finally {
                imageRelease.invokeExact(image);
            }
        }

        private static void check(MemorySegment error) throws UnsupportedImageException {
            int code = error.get(JAVA_INT, 0);
            if (code != 0) {
                MemorySegment message = error.get(ADDRESS, 8);
                throw new UnsupportedImageException("corrupt image data (libheif: " + cString(message) + ")");
            }
        }

        private static String cString(MemorySegment pointer) {
            return pointer.equals(MemorySegment.NULL) ? "" : pointer.reinterpret(Integer.MAX_VALUE).getString(0);
        }
    }
}
