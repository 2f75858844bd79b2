package org.pothos.app.selfcheck;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.pothos.app.PothosVersion;

/**
 * {@code pothos --self-check}: proves that this installation works end to end without a display.
 * An installer ships its own trimmed Java runtime, and a module left out of it (SQL, crypto, HTTP,
 * locale data) shows only when the code that needs it runs; this runs that code once, on a library
 * in a temporary folder, and leaves the user's own library alone.
 */
public final class SelfCheck {

    public static final int PASSED = 0;
    public static final int FAILED = 1;

    private SelfCheck() {
    }

    public static int run(PrintWriter out, PrintWriter err) {
        out.printf("Pothos %s self-check, Java %s (%s)%n", PothosVersion.get(), Runtime.version(),
                System.getProperty("java.home"));
        Path folder;
        try {
            folder = Files.createTempDirectory("pothos-self-check");
        } catch (IOException e) {
            err.println("Self-check FAILED: cannot create a temporary folder: " + e.getMessage());
            return FAILED;
        }
        try (LibraryRoundTrip library = new LibraryRoundTrip(folder)) {
            List<Check> checks = new ArrayList<>(library.checks());
            checks.addAll(RuntimeChecks.all());
            return report(checks, out, err);
        } finally {
            deleteQuietly(folder);
        }
    }

    /** Runs every check, prints one line each, and sums up; a failed check does not stop the others. */
    static int report(List<Check> checks, PrintWriter out, PrintWriter err) {
        List<String> failures = new ArrayList<>();
        for (Check check : checks) {
            runOne(check, out, failures);
        }
        if (failures.isEmpty()) {
            out.println("Self-check passed.");
            out.flush();
            return PASSED;
        }
        err.println("Self-check FAILED: " + String.join("; ", failures));
        err.flush();
        return FAILED;
    }

    private static void runOne(Check check, PrintWriter out, List<String> failures) {
        long start = System.nanoTime();
        String result;
        String status = "ok";
        try {
            result = check.step().run();
        } catch (Check.Skipped e) {
            result = e.getMessage();
            status = "skip";
        } catch (Exception | LinkageError e) {
            // A class or module missing from the runtime arrives as a LinkageError (NoClassDefFoundError).
            result = describe(e);
            status = "FAIL";
            failures.add(check.name() + ": " + result);
        }
        out.printf("  %-4s %-12s %s (%d ms)%n", status, check.name(), result,
                (System.nanoTime() - start) / 1_000_000);
        out.flush();
    }

    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName());
        if (e.getMessage() != null) {
            text.append(": ").append(e.getMessage());
        }
        Throwable cause = e.getCause();
        if (cause != null && cause != e) {
            text.append(" (caused by ").append(describe(cause)).append(')');
        }
        return text.toString();
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // A leftover in the temporary folder is harmless; the operating system cleans it.
        }
    }
}
