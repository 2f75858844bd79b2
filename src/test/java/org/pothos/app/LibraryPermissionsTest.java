package org.pothos.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A library is its owner's alone: made so, and tightened when an older one is opened. */
class LibraryPermissionsTest {

    @TempDir
    Path temp;

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void aNewLibraryIsReadableByItsOwnerOnly() throws Exception {
        Path dataDir = temp.resolve("new").resolve("library");
        try (AppContext context = AppContext.open(dataDir, null)) {
            assertEquals(dataDir, context.dataDir());
            assertEquals("rwx------", permissions(dataDir));
            assertEquals("rw-------", permissions(dataDir.resolve("pothos.mv.db")));
            assertEquals("rw-------", permissions(dataDir.resolve(LibraryLock.FILE_NAME)));
        }
    }

    @Test
    void anOpenLibraryLeftOpenToOthersIsTightened() throws Exception {
        Path dataDir = temp.resolve("library");
        AppContext.open(dataDir, null).close();
        Path logs = Files.createDirectories(dataDir.resolve("logs"));
        Path log = Files.writeString(logs.resolve("pothos.log"), "a line\n");
        Path thumbnails = Files.createDirectories(AppContext.thumbnailDir(dataDir));
        for (Path path : new Path[]{dataDir, logs, thumbnails}) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        for (Path path : new Path[]{dataDir.resolve("pothos.mv.db"), log}) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-r--r--"));
        }

        AppContext.open(dataDir, null).close();

        assertEquals("rwx------", permissions(dataDir));
        assertEquals("rwx------", permissions(logs));
        assertEquals("rwx------", permissions(thumbnails));
        assertEquals("rw-------", permissions(dataDir.resolve("pothos.mv.db")));
        assertEquals("rw-------", permissions(log));
    }
}
