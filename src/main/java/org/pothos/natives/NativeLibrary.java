package org.pothos.natives;

import java.lang.foreign.Arena;
import java.lang.foreign.SymbolLookup;
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
 * the caller falls back or says what cannot be done.
 */
@SuppressWarnings("restricted") // loading native libraries is the point of this class
public final class NativeLibrary {

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
