package org.pothos.app.selfcheck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The installers' launchers (packaging/app.txt) and {@code mvn javafx:run} (the pom) open what the
 * self-check verifies.
 */
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

    @Test
    void javafxRunOpensTheSameInternals() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        for (String export : RuntimeChecks.EXPORTS_TO_CLASS_PATH) {
            assertTrue(pom.contains("<option>--add-exports=" + export + "=ALL-UNNAMED</option>"), export);
        }
        for (String open : RuntimeChecks.OPENS_TO_CLASS_PATH) {
            assertTrue(pom.contains("<option>--add-opens=" + open + "=ALL-UNNAMED</option>"), open);
        }
    }
}
