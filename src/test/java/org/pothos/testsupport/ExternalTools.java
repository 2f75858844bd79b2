package org.pothos.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the independent programs some tests check Pothos against: exiftool (Debian libimage-exiftool-perl) reads
 * and writes metadata the way other photo programs expect it; heif-enc (Debian libheif-examples) makes HEIC and
 * AVIF files. `.ci/run` installs both; a test fails, naming the package, where one is missing.
 */
public final class ExternalTools {

    private ExternalTools() {
    }

    /** Runs {@code exiftool} with these arguments and returns what it printed; fails the test when it fails. */
    public static String exiftool(String... arguments) {
        List<String> command = new ArrayList<>(List.of("exiftool", "-charset", "filename=utf8"));
        command.addAll(List.of(arguments));
        return run(command, "libimage-exiftool-perl");
    }

    /** One tag's value as exiftool prints it ({@code -s3}), or "" when the file has none. */
    public static String exiftoolValue(Path file, String tag) {
        return exiftool("-s3", "-" + tag, file.toString()).strip();
    }

    /**
     * Several tags in one run of exiftool (each run costs a Perl start): tag as asked ("XMP-dc:Subject") to its value
     * as {@code -s3} prints it, lists joined by ", "; a tag the file lacks maps to "".
     */
    public static Map<String, String> exiftoolValues(Path file, String... tags) {
        List<String> arguments = new ArrayList<>(List.of("-j", "-G1", "-s"));
        for (String tag : tags) {
            arguments.add("-" + tag);
        }
        arguments.add(file.toString());
        try {
            List<Map<String, Object>> parsed = new ObjectMapper().readValue(exiftool(arguments.toArray(String[]::new)),
                    new TypeReference<List<Map<String, Object>>>() { });
            Map<String, String> values = new LinkedHashMap<>();
            for (String tag : tags) {
                Object value = parsed.get(0).get(tag);
                values.put(tag, value == null ? "" : value instanceof List<?> list
                        ? String.join(", ", list.stream().map(String::valueOf).toList()) : String.valueOf(value));
            }
            return values;
        } catch (IOException e) {
            return fail("exiftool printed no JSON", e);
        }
    }

    /** Makes a HEIC (or with {@code avif} an AVIF) file from a JPEG; heif-enc copies the JPEG's EXIF. */
    public static Path heifEnc(Path jpeg, Path out, boolean avif) {
        List<String> command = new ArrayList<>(List.of("heif-enc", "-q", "90"));
        if (avif) {
            command.add("-A");
        }
        command.addAll(List.of(jpeg.toString(), "-o", out.toString()));
        run(command, "libheif-examples");
        return out;
    }

    static String run(List<String> command, String debianPackage) {
        Path output = null;
        try {
            output = Files.createTempFile("pothos-tool", ".txt");
            Process process;
            try {
                process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            } catch (IOException e) {
                return fail(command.get(0) + " is not installed: install the Debian package " + debianPackage
                        + " (.ci/run does)", e);
            }
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(command + " did not finish within a minute");
            }
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            assertEquals(0, process.exitValue(), command + " failed: " + printed);
            return printed;
        } catch (IOException e) {
            return fail("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted while running " + command, e);
        } finally {
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }
}
