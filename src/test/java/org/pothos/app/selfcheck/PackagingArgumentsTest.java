package org.pothos.app.selfcheck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The installers' launchers open exactly what the self-check verifies (packaging/app.txt). */
class PackagingArgumentsTest {

    @Test
    void theLaunchersOpenTheJavaFxInternalsTheSelfCheckExpects() throws IOException {
        String arguments = Files.readString(Path.of("packaging", "app.txt"));
        for (String export : RuntimeChecks.EXPORTS_TO_CLASS_PATH) {
            assertTrue(arguments.contains("\"--add-exports=" + export + "=ALL-UNNAMED\""), export);
        }
        for (String open : RuntimeChecks.OPENS_TO_CLASS_PATH) {
            assertTrue(arguments.contains("\"--add-opens=" + open + "=ALL-UNNAMED\""), open);
        }
    }
}
