package org.pothos.imageio.natives;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A native library opened for the foreign-function API (codecs such as libjpeg-turbo and libwebp). It is looked
 * for first in the folder the installers bundle native libraries in (the system property {@value #DIRECTORY_PROPERTY},
 * which the launcher sets), then wherever the system's dynamic loader looks. A library that is not there is no
 * error: {@link #open} answers empty and the caller falls back to its Java path.
 *
 * <p>Libraries stay loaded for the life of the process, and each is opened once however often it is asked for.
 * Loading and linking native code are restricted methods: the launchers, the tests and {@code mvn javafx:run} pass
 * {@code --enable-native-access=ALL-UNNAMED}.
 */
@SuppressWarnings("restricted")
public final class NativeLibrary {

    /** A folder of bundled native libraries, tried before the system's. */
    public static final String DIRECTORY_PROPERTY = "pothos.native.dir";

    private static final Logger LOG = LoggerFactory.getLogger(NativeLibrary.class);
    private static final Map<String, Optional<NativeLibrary>> OPENED = new ConcurrentHashMap<>();

    private final String fileName;
    private final SymbolLookup symbols;
    private final Linker linker = Linker.nativeLinker();

    private NativeLibrary(String fileName, SymbolLookup symbols) {
        this.fileName = fileName;
        this.symbols = symbols;
    }

    /**
     * Opens the library, or answers empty when this system has none of the files it may be called.
     *
     * @param name     the library's base name, without prefix or suffix ({@code "turbojpeg"} for libturbojpeg.so.0)
     * @param versions the ABI versions the caller's bindings were written for, preferred first ({@code "0"}): a
     *                 versioned file is tried before an unversioned one, which may be a different ABI
     */
    public static Optional<NativeLibrary> open(String name, String... versions) {
        String key = name + ":" + String.join(",", versions);
        return OPENED.computeIfAbsent(key, k -> find(fileNames(System.getProperty("os.name"), name, versions)));
    }

    private static Optional<NativeLibrary> find(List<String> fileNames) {
        String bundled = System.getProperty(DIRECTORY_PROPERTY);
        for (String fileName : fileNames) {
            if (bundled != null) {
                Path file = Path.of(bundled, fileName);
                if (Files.isRegularFile(file)) {
                    Optional<NativeLibrary> library = tryOpen(fileName, () -> SymbolLookup.libraryLookup(file, Arena.global()));
                    if (library.isPresent()) {
                        return library;
                    }
                }
            }
            Optional<NativeLibrary> library = tryOpen(fileName, () -> SymbolLookup.libraryLookup(fileName, Arena.global()));
            if (library.isPresent()) {
                return library;
            }
        }
        LOG.info("native library not found (tried {}); using the Java fallback", fileNames);
        return Optional.empty();
    }

    private interface Opener {
        SymbolLookup open();
    }

    private static Optional<NativeLibrary> tryOpen(String fileName, Opener opener) {
        try {
            return Optional.of(new NativeLibrary(fileName, opener.open()));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // not found by that name or path
        } catch (IllegalCallerException | UnsupportedOperationException e) {
            LOG.warn("native library {} cannot be opened: {}", fileName, e.getMessage());
            return Optional.empty(); // native access denied (--enable-native-access=...) or no linker here
        }
    }

    /** The file names a library goes by on a system, most specific first. */
    static List<String> fileNames(String osName, String name, String... versions) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        List<String> names = new ArrayList<>();
        if (os.startsWith("windows")) {
            names.add(name + ".dll");
            names.add("lib" + name + ".dll");
            for (String version : versions) {
                names.add("lib" + name + "-" + version + ".dll");
            }
        } else if (os.startsWith("mac")) {
            for (String version : versions) {
                names.add("lib" + name + "." + version + ".dylib");
            }
            names.add("lib" + name + ".dylib");
        } else {
            for (String version : versions) {
                names.add("lib" + name + ".so." + version);
            }
            names.add("lib" + name + ".so");
        }
        return names;
    }

    /** The file this library was opened from. */
    public String fileName() {
        return fileName;
    }

    /** Whether the library exports {@code symbol} (a function only newer versions have, say). */
    public boolean has(String symbol) {
        return symbols.find(symbol).isPresent();
    }

    /**
     * A handle that calls the function {@code symbol} with this C signature.
     *
     * @throws IllegalStateException when the library has no such function (an older version than the bindings need)
     */
    public MethodHandle function(String symbol, FunctionDescriptor signature) {
        MemorySegment address = symbols.find(symbol)
                .orElseThrow(() -> new IllegalStateException(fileName + " has no function " + symbol));
        return linker.downcallHandle(address, signature);
    }

    @Override
    public String toString() {
        return fileName;
    }
}
