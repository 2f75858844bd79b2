package org.pothos.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.app.LogSetup;

/**
 * A window the system ends (SIGTERM: logout, shutdown, {@code kill}) closes its library as its own close does, so the
 * next start does not take it for a crash and rebuild the database's indexes.
 */
class WindowTerminationTest {

    @TempDir
    Path temp;

    @Test
    void sigtermClosesTheLibraryCleanly() throws Exception {
        Path dataDir = temp.resolve("library");
        Path log = LogSetup.logFile(dataDir);
        try (ChildJvm window = ChildJvm.start(temp.resolve("window.err"), HeadlessWindowMain.class,
                List.of("--data-dir", dataDir.toString()))) {
            awaitInLog(log, "Library opened in", window);
            window.signal("TERM");
            Integer exit = window.awaitExit(Duration.ofSeconds(60));
            assertNotNull(exit, "the window ends on SIGTERM" + window.errorTail());
        }
        String written = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(written.contains("Library closed: " + dataDir), written);
        // The lock file holds the process id while the library is open and is emptied by a clean close.
        assertEquals(0, Files.size(dataDir.resolve("pothos.lock")), "the library was closed, not left as after a crash");
    }

    private static void awaitInLog(Path log, String text, ChildJvm window) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(text)) {
                return;
            }
            assertEquals(null, window.awaitExit(Duration.ofMillis(200)), "the window ended early" + window.errorTail());
        }
        throw new AssertionError("no \"" + text + "\" in the log" + window.errorTail());
    }
}
