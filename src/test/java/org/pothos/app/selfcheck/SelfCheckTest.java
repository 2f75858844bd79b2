package org.pothos.app.selfcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.cli.PothosCli;

class SelfCheckTest {

    @TempDir
    Path dataDir;

    @Test
    void passesEveryCheckThroughTheCommandLineWithoutTouchingTheLibraryOrOpeningTheWindow() throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = PothosCli.run(new String[] {"--data-dir", dataDir.toString(), "--self-check"},
                new PrintWriter(out), new PrintWriter(err), dir -> {
                    throw new AssertionError("the self-check must not open the window");
                });

        assertEquals(SelfCheck.PASSED, code, out + "\n" + err);
        for (String check : List.of("database", "import", "labels", "thumbnail", "analysis", "tls", "chinese", "window")) {
            assertTrue(out.toString().lines().anyMatch(line -> line.matches("\\s+ok\\s+" + check + "\\s.*")),
                    check + " missing from:\n" + out);
        }
        assertTrue(out.toString().contains("Self-check passed."), out.toString());
        try (Stream<Path> left = Files.list(dataDir)) {
            assertEquals(0, left.count(), "the user's library folder must stay untouched");
        }
    }

    @Test
    void aFailedCheckIsNamedWithItsReasonAndTheOthersStillRun() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<Check> checks = List.of(
                new Check("first", () -> "fine"),
                new Check("crypto", () -> {
                    throw new NoClassDefFoundError("sun/security/ec/SunEC");
                }),
                new Check("needs-crypto", () -> {
                    throw new Check.Skipped("crypto did not load");
                }),
                new Check("last", () -> "also fine"));

        int code = SelfCheck.report(checks, new PrintWriter(out), new PrintWriter(err));

        assertEquals(SelfCheck.FAILED, code);
        assertTrue(out.toString().matches("(?s).*ok\\s+first\\s+fine.*FAIL\\s+crypto\\s+NoClassDefFoundError"
                + ".*skip\\s+needs-crypto\\s+crypto did not load.*ok\\s+last.*"),
                out.toString());
        assertEquals("Self-check FAILED: crypto: NoClassDefFoundError: sun/security/ec/SunEC", err.toString().strip());
    }
}
