package org.pothos.natives;

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
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a system C library for the foreign-function API (Java 22+), the way the system's own programs would:
 * first a file named by the system property {@code pothos.native.NAME} (for installers that bundle one, and for
 * tests), then the usual file names of each operating system, looked up through the system's loader (which knows
 * its library folders), then Homebrew's and MacPorts' folders on macOS. A library that is not there is no error:
 * the caller falls back or says what cannot be done. The system property {@value #DISABLED_PROPERTY} turns
 * libraries off by name ({@code turbojpeg,webp}) or all at once ({@code all}), to compare with the fallbacks or to
 * step around a system library that misbehaves.
 */
@SuppressWarnings("restricted") // loading native libraries is the point of this class
public final class NativeLibrary {

    /** Libraries not to use even where present: base names, comma-separated, or {@code all}. */
    public static final String DISABLED_PROPERTY = "pothos.native.disabled";

    private static final Logger LOG = LoggerFactory.getLogger(NativeLibrary.class);
    private static final List<Path> MAC_FOLDERS = List.of(Path.of("/opt/homebrew/lib"), Path.of("/usr/local/lib"),
            Path.of("/opt/local/lib"));

    private NativeLibrary() {
    }

    /**
     * Opens the library {@code name} (as in {@code libNAME.so}), preferring the given major versions in order.
     * The lookup lives as long as {@code arena}; use {@link Arena#global()} for a library kept for the process.
     */
    public static Optional<SymbolLookup> load(String name, Arena arena, int... majorVersions) {
        if (disabled(System.getProperty(DISABLED_PROPERTY, ""), name)) {
            LOG.info("Native library {} is turned off ({})", name, DISABLED_PROPERTY);
            return Optional.empty();
        }
        List<String> tried = new ArrayList<>();
        for (String candidate : candidates(name, System.getProperty("os.name", ""), majorVersions)) {
            tried.add(candidate);
            try {
                return Optional.of(SymbolLookup.libraryLookup(candidate, arena));
            } catch (IllegalArgumentException e) {
                // Not found under this name; try the next.
            }
        }
        LOG.info("Native library {} not found (tried {})", name, tried);
        return Optional.empty();
    }

    /**
     * A handle that calls the C function {@code symbol} of {@code library} with this signature.
     *
     * @throws IllegalStateException when the library has no such function (older than the bindings need)
     */
    public static MethodHandle function(SymbolLookup library, String symbol, FunctionDescriptor signature) {
        MemorySegment address = library.find(symbol)
                .orElseThrow(() -> new IllegalStateException("the native library has no function " + symbol));
        return Linker.nativeLinker().downcallHandle(address, signature);
    }

    static boolean disabled(String setting, String name) {
        for (String entry : setting.split(",")) {
            String value = entry.strip();
            if (value.equalsIgnoreCase("all") || value.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The names to try, most specific first; visible for tests. */
    static List<String> candidates(String name, String osName, int... majorVersions) {
        List<String> names = new ArrayList<>();
        String override = System.getProperty("pothos.native." + name);
        if (override != null && !override.isBlank()) {
            names.add(override);
            return names;
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            for (int major : majorVersions) {
                names.add("lib" + name + "-" + major + ".dll");
            }
            names.add(name + ".dll");
            names.add("lib" + name + ".dll");
        } else if (os.contains("mac") || os.contains("darwin")) {
            List<String> files = new ArrayList<>();
            for (int major : majorVersions) {
                files.add("lib" + name + "." + major + ".dylib");
            }
            files.add("lib" + name + ".dylib");
            names.addAll(files);
            for (Path folder : MAC_FOLDERS) {
                for (String file : files) {
                    Path path = folder.resolve(file);
                    if (Files.exists(path)) {
                        names.add(path.toString());
                    }
                }
            }
        } else {
            for (int major : majorVersions) {
                names.add("lib" + name + ".so." + major);
            }
            names.add("lib" + name + ".so");
        }
        return names;
    }
}
