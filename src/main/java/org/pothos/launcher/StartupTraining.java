package org.pothos.launcher;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.pothos.app.selfcheck.SamplePicture;
import org.pothos.cli.PothosCli;
import org.pothos.imageio.JpegEncoder;

/**
 * {@code pothos --train-startup}: the training run from which the installers' ahead-of-time cache is made (run with
 * {@code -XX:AOTCacheOutput}; see packaging/aot-cache.sh). It does in one process what people do first: opens a new
 * library in a temporary folder, imports a few pictures it draws, makes their thumbnails, lists, shows and counts
 * them, and, when there is a display, opens the window on that library and closes it once the first screen of
 * thumbnails is drawn. The classes and method profiles this loads are what the cache keeps.
 */
final class StartupTraining {

    /** The hidden option that starts it; not a command, so it stays out of {@code --help}. */
    static final String OPTION = "--train-startup";

    private StartupTraining() {
    }

    static int run(PrintWriter out, PrintWriter err) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("pothos-training");
            Path pictures = Files.createDirectories(folder.resolve("pictures"));
            for (int i = 0; i < 4; i++) {
                JpegEncoder.imageIo().write(SamplePicture.draw(2400, 1600, i), 0.9f, pictures.resolve("training-" + i + ".jpg"));
            }
            ImageIO.write(SamplePicture.draw(800, 600, 5), "png", pictures.resolve("training.png").toFile());
            String library = folder.resolve("library").toString();
            for (List<String> command : List.of(List.of("import", pictures.toString()), List.of("thumbnails"),
                    List.of("list", "--limit", "50"), List.of("show", "1"), List.of("tags"), List.of("stats"))) {
                String[] args = Stream.concat(Stream.of("--data-dir", library), command.stream()).toArray(String[]::new);
                int code = PothosCli.run(args, out, err, ignored -> 0);
                if (code != 0) {
                    err.println("training: pothos " + String.join(" ", command) + " ended with " + code);
                    return code;
                }
            }
            if (GraphicsEnvironment.isHeadless() || System.getenv("DISPLAY") == null && isLinux()) {
                out.println("training: no display, the window is left out");
                return 0;
            }
            return GuiLauncher.launch(library, true);
        } catch (IOException e) {
            err.println("training failed: " + e.getMessage());
            return 1;
        } finally {
            deleteQuietly(folder);
        }
    }

    private static boolean isLinux() {
        return System.getProperty("os.name", "").startsWith("Linux");
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A temporary folder; the system cleans it up in time.
        }
    }
}
