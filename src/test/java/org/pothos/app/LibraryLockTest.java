package org.pothos.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.launcher.Main;

class LibraryLockTest {

    @TempDir
    Path dataDir;

    @Test
    void aSecondPothosProcessIsRefusedClearly() throws Exception {
        try (AppContext open = AppContext.open(dataDir)) {
            Process second = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"),
                    Main.class.getName(), "--data-dir", dataDir.toString(), "stats"))
                    .redirectErrorStream(true)
                    .start();
            assertTrue(second.waitFor(60, TimeUnit.SECONDS));
            String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(1, second.exitValue(), output);
            assertTrue(output.contains("is open in another Pothos"), output);
            // The first one is unharmed.
            assertEquals(0, open.mediaStore().stats().items());
        }
    }

    @Test
    void theSameProcessCannotOpenOneLibraryTwiceAndCanReopenAfterClosing() throws Exception {
        AppContext first = AppContext.open(dataDir);
        assertThrows(LibraryLock.LibraryInUseException.class, () -> AppContext.open(dataDir));
        first.close();
        try (AppContext again = AppContext.open(dataDir)) {
            assertEquals(0, again.mediaStore().stats().items());
        }
    }
}
