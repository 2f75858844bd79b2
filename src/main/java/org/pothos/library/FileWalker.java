package org.pothos.library;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import org.pothos.common.Cancellation;

/**
 * Lists the files below the paths a user gave. Follows symbolic links (a loop is reported, not
 * followed forever) and passes over hidden files and folders and XMP sidecars inside a folder; a file
 * named explicitly is always taken.
 */
final class FileWalker {

    record Result(List<Path> files, List<ImportOutcome> problems) {
    }

    Result walk(List<Path> roots, Cancellation cancellation, IntConsumer foundSoFar) {
        Set<Path> files = new LinkedHashSet<>();
        List<ImportOutcome> problems = new ArrayList<>();
        for (Path root : roots) {
            Path absolute = root.toAbsolutePath().normalize();
            if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(ImportOutcome.skipped(absolute, "file not found"));
            } else if (Files.isDirectory(absolute)) {
                walkFolder(absolute, files, problems, cancellation, foundSoFar);
            } else {
                files.add(absolute);
            }
            if (cancellation.isCancelled()) {
                break;
            }
        }
        return new Result(List.copyOf(files), problems);
    }

    private static void walkFolder(Path folder, Set<Path> files, List<ImportOutcome> problems,
                                   Cancellation cancellation, IntConsumer foundSoFar) {
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (cancellation.isCancelled()) {
                                return FileVisitResult.TERMINATE;
                            }
                            return !dir.equals(folder) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE
                                    : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && !isHidden(file) && !isSidecar(file)) {
                                files.add(file);
                                foundSoFar.accept(files.size());
                            } else if (attrs.isSymbolicLink() && !isHidden(file)) {
                                // The walk follows links; it reports a link itself only when it cannot follow it.
                                problems.add(ImportOutcome.skipped(file, unfollowable(file)));
                            }
                            return cancellation.isCancelled() ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            problems.add(ImportOutcome.skipped(file, FileReasons.of(e)));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(ImportOutcome.skipped(folder, FileReasons.of(e)));
        }
    }

    /** Why a symbolic link leads nowhere: its target is gone, or it points back at itself. */
    private static String unfollowable(Path link) {
        try {
            Files.readAttributes(link, BasicFileAttributes.class);
            return "symbolic link that cannot be followed";
        } catch (NoSuchFileException e) {
            return "broken symbolic link (its target does not exist)";
        } catch (IOException e) {
            // ELOOP has no exception type of its own; its text is the same on Linux and macOS.
            String message = String.valueOf(e.getMessage());
            return message.contains("levels of symbolic links") ? "symbolic link loop" : FileReasons.of(e);
        }
    }

    /** XMP sidecars are read with their pictures, not imported (nor reported as "not an image"). */
    private static boolean isSidecar(Path file) {
        return String.valueOf(file.getFileName()).toLowerCase(java.util.Locale.ROOT).endsWith(".xmp");
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
