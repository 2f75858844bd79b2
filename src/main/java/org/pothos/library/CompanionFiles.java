package org.pothos.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.pothos.imageio.ImageFormat;

/**
 * RAW+JPEG pairs: cameras set to save both write {@code IMG_1234.CR2} and {@code IMG_1234.JPG} side by side, one
 * picture in two files. The JPEG is the item (shown, analysed); the RAW is its companion, kept in step when labels
 * are written. Names find the pair, contents confirm it. Each folder is listed once per import.
 */
final class CompanionFiles {

    private final Map<Path, Map<String, List<Path>>> folders = new ConcurrentHashMap<>();

    /** The RAW beside a file named like a JPEG, when there is one (the caller confirms the file is a JPEG). */
    Optional<Path> rawOf(Path jpeg) {
        if (!hasExtensionOf(jpeg, false)) {
            return Optional.empty();
        }
        return siblings(jpeg).stream()
                .filter(sibling -> hasExtensionOf(sibling, true) && readsAs(sibling, true))
                .findFirst();
    }

    /** The JPEG a RAW belongs to, when one sits beside it. */
    Optional<Path> jpegOf(Path raw) {
        if (!hasExtensionOf(raw, true)) {
            return Optional.empty();
        }
        return siblings(raw).stream()
                .filter(sibling -> hasExtensionOf(sibling, false) && readsAs(sibling, false))
                .findFirst();
    }

    private List<Path> siblings(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null) {
            return List.of();
        }
        List<Path> sameBase = folders.computeIfAbsent(folder, CompanionFiles::list).getOrDefault(base(file), List.of());
        return sameBase.stream().filter(other -> !other.getFileName().equals(file.getFileName())).toList();
    }

    private static Map<String, List<Path>> list(Path folder) {
        Map<String, List<Path>> byBase = new HashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(f -> byBase.computeIfAbsent(base(f), k -> new java.util.ArrayList<>()).add(f));
        } catch (IOException e) {
            // An unlistable folder has no pairs to offer; its files are still imported one by one.
        }
        return byBase;
    }

    private static String base(Path file) {
        String name = String.valueOf(file.getFileName());
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT);
    }

    private static boolean hasExtensionOf(Path file, boolean raw) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return false;
        }
        String extension = name.substring(dot + 1);
        for (ImageFormat format : ImageFormat.values()) {
            if ((raw ? format.isRaw() : format == ImageFormat.JPEG) && format.extensions().contains(extension)) {
                return true;
            }
        }
        return false;
    }

    private static boolean readsAs(Path file, boolean raw) {
        try {
            Optional<ImageFormat> format = ImageFormat.sniff(file);
            return format.isPresent() && (raw ? format.get().isRaw() : format.get() == ImageFormat.JPEG);
        } catch (IOException e) {
            return false;
        }
    }
}
