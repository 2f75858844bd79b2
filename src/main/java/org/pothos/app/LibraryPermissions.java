package org.pothos.app;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a library its owner's alone: it holds every description of every picture and, where no credential store
 * exists, endpoint tokens. On systems with POSIX permissions the folder is created 0700 and, at every open, the
 * folder, its database files and its logs and thumbnails folders are set to 0700 (folders) and 0600 (files); a
 * library made by an earlier Pothos with the umask's 0755 and 0644 is tightened so. Elsewhere (Windows) the per-user
 * data folder is private already.
 */
final class LibraryPermissions {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Logger LOG = LoggerFactory.getLogger(LibraryPermissions.class);

    private LibraryPermissions() {
    }

    /** Creates the library folder (and missing parents) readable by its owner only. */
    static void createFolder(Path dataDir) throws IOException {
        if (Files.isDirectory(dataDir)) {
            return;
        }
        Path parent = dataDir.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            if (posix(parent)) {
                Files.createDirectory(dataDir, PosixFilePermissions.asFileAttribute(FOLDER));
            } else {
                Files.createDirectory(dataDir);
            }
        } catch (FileAlreadyExistsException e) {
            // made by another process a moment ago: tighten() sees to it
        }
    }

    /** Sets the library's folders to 0700 and its files to 0600, as far as the file system allows. */
    static void tighten(Path dataDir) {
        if (!posix(dataDir)) {
            return;
        }
        try {
            set(dataDir, FOLDER);
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dataDir)) {
                for (Path entry : entries) {
                    if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                        set(entry, FOLDER);
                        if (entry.getFileName().toString().equals("logs")) {
                            tightenFiles(entry);
                        }
                    } else if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                        set(entry, FILE);
                    }
                }
            }
        } catch (IOException e) {
            LOG.warn("cannot make the library in {} readable by its owner only: {}", dataDir, e.getMessage());
        }
    }

    private static void tightenFiles(Path folder) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    set(file, FILE);
                }
            }
        }
    }

    private static void set(Path path, Set<PosixFilePermission> wanted) throws IOException {
        if (!Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS).equals(wanted)) {
            Files.setPosixFilePermissions(path, wanted);
        }
    }

    private static boolean posix(Path path) {
        return path != null && Files.getFileAttributeView(path, PosixFileAttributeView.class) != null;
    }
}
