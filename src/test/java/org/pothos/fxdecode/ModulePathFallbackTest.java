package org.pothos.fxdecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.launcher.Main;
import org.pothos.natives.NativeLibrary;
import org.pothos.testsupport.TestImages;

/**
 * With JavaFX on the module path (as {@code mvn javafx:run} starts it) {@code com.sun.javafx.iio} is not exported:
 * the native JPEG decoder must step aside for ImageIO instead of failing thumbnails (here with the system's native
 * codecs turned off as well, as on a system that has none).
 */
class ModulePathFallbackTest {

    @TempDir
    Path dir;

    @Test
    void thumbnailsAreMadeWhenJavaFxsImageLoaderIsNotAccessible() throws Exception {
        List<String> modules = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            boolean javaFx = Path.of(entry).getFileName().toString().startsWith("javafx-");
            if (!javaFx) {
                classes.add(entry);
            } else if (entry.endsWith("-linux.jar") || entry.endsWith("-win.jar") || entry.endsWith("-mac.jar")
                    || entry.endsWith("-mac-aarch64.jar")) {
                modules.add(entry);
            }
        }
        assertFalse(modules.isEmpty(), "JavaFX platform jars on the test class path");
        Path photos = Files.createDirectories(dir.resolve("photos"));
        TestImages.jpeg(photos, "photo.jpg", 1600, 1200);
        Path library = dir.resolve("library");

        run(modules, classes, "--data-dir", library.toString(), "import", photos.toString());
        String output = run(modules, classes, "--data-dir", library.toString(), "thumbnails");

        assertTrue(output.contains("Built 1 thumbnail(s)") && output.contains("0 failed"), output);
    }

    private static String run(List<String> modules, List<String> classes, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", String.join(File.pathSeparator, modules),
                "--add-modules", "ALL-MODULE-PATH",
                // Without libjpeg-turbo too, so that ImageIO is what is left.
                "-D" + NativeLibrary.DISABLED_PROPERTY + "=all",
                "-cp", String.join(File.pathSeparator, classes),
                Main.class.getName()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), output);
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}
