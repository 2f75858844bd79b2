package org.pothos.bench.grid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pothos.app.LogSetup;
import org.pothos.bench.Executables;
import org.pothos.bench.process.Launcher;

/**
 * The installed launcher's window on a library, under a virtual X display (Xvfb) of its own: the time from launch to
 * the first screen of thumbnails, as the window itself logs it (measured from the start of its process). The
 * process is ended once that line is in the log.
 */
final class InstalledWindow implements AutoCloseable {

    private static final Pattern FIRST_SCREEN = Pattern.compile("First screen of thumbnails drawn (\\d+) ms after the start");
    private static final long TIMEOUT_MILLIS = 120_000;

    private final Launcher launcher;
    private final Process display;
    private final String displayName;
    private final Path home;

    private InstalledWindow(Launcher launcher, Process display, String displayName, Path home) {
        this.launcher = launcher;
        this.display = display;
        this.displayName = displayName;
        this.home = home;
    }

    /** Empty when there is no installed launcher or no Xvfb to show it on. */
    static Optional<InstalledWindow> start(Optional<Launcher> launcher, Path workDir) throws IOException {
        Optional<Path> xvfb = Executables.onPath("Xvfb");
        if (launcher.isEmpty() || xvfb.isEmpty()) {
            return Optional.empty();
        }
        // A display number no one else is likely to use; Xvfb fails at once if it is taken, which is reported.
        String name = ":" + (100 + ProcessHandle.current().pid() % 400);
        Process display = new ProcessBuilder(xvfb.get().toString(), name, "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return Optional.of(new InstalledWindow(launcher.get(), display, name, Files.createDirectories(workDir.resolve("window-home"))));
    }

    /** Milliseconds from the launcher's start to its first screen of thumbnails on the library in {@code dataDir}. */
    double firstScreenMillis(Path dataDir) throws IOException, InterruptedException {
        if (!display.isAlive()) {
            throw new IOException("Xvfb " + displayName + " did not start (is the display number taken?)");
        }
        Path log = LogSetup.logFile(dataDir);
        Files.deleteIfExists(log);
        ProcessBuilder builder = new ProcessBuilder(launcher.with("--data-dir", dataDir.toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("DISPLAY", displayName);
        // Settings and JavaFX's caches go to a home of the benchmark's own.
        builder.environment().put("HOME", home.toString());
        Process window = builder.start();
        try {
            long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
            while (System.currentTimeMillis() < deadline && window.isAlive()) {
                if (Files.exists(log)) {
                    Matcher matcher = FIRST_SCREEN.matcher(Files.readString(log, StandardCharsets.UTF_8));
                    if (matcher.find()) {
                        return Double.parseDouble(matcher.group(1));
                    }
                }
                Thread.sleep(100); // the log is a file: nothing signals a new line
            }
            throw new IOException("the window did not report its first screen" + (window.isAlive() ? " in time" : ": it ended"));
        } finally {
            window.destroy();
            if (!window.waitFor(30, TimeUnit.SECONDS)) {
                window.destroyForcibly().waitFor();
            }
        }
    }

    @Override
    public void close() {
        display.destroy();
    }
}
