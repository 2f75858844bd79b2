package org.pothos.codecs;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.Optional;
import org.pothos.natives.NativeBuffers;
import org.pothos.natives.NativeLibrary;

/**
 * libjpeg-turbo's TurboJPEG library (Debian's {@code libturbojpeg0}), bound through the foreign-function API, with
 * the functions its decoder and encoder share. Uses the TurboJPEG 2 functions, which libjpeg-turbo 2.x and 3.x both
 * export.
 */
final class TurboJpegLibrary {

    private final SymbolLookup symbols;
    private final MethodHandle errorText;
    private final MethodHandle destroy;

    private TurboJpegLibrary(SymbolLookup symbols) {
        this.symbols = symbols;
        this.errorText = function("tjGetErrorStr2", FunctionDescriptor.of(ADDRESS, ADDRESS));
        this.destroy = function("tjDestroy", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    }

    /** Binds libturbojpeg (version 2.0 or newer) when the system has it; empty otherwise. */
    static Optional<TurboJpegLibrary> load() {
        return NativeLibrary.load("turbojpeg", Arena.global(), 0)
                .filter(library -> library.find("tjGetErrorCode").isPresent()) // added in 2.0, with tjGetErrorStr2
                .map(TurboJpegLibrary::new);
    }

    MethodHandle function(String symbol, FunctionDescriptor signature) {
        return NativeLibrary.function(symbols, symbol, signature);
    }

    /** The last error of this compressor or decompressor handle. */
    String error(MemorySegment handle) throws Throwable {
        return NativeBuffers.cString((MemorySegment) errorText.invokeExact(handle));
    }

    void destroy(MemorySegment handle) throws Throwable {
        int ignored = (int) destroy.invokeExact(handle);
    }
}
