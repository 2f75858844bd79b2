package org.pothos.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.pothos.analysis.OllamaHost;
import org.pothos.app.AppContext;
import org.pothos.app.DataDirectory;
import org.pothos.app.LibraryLock;
import org.pothos.app.LogSetup;
import org.pothos.ui.PothosApplication;
import org.slf4j.LoggerFactory;

/**
 * Opens the library and the window at once: the library's lock is taken first, then the database opens on a thread
 * of its own while the toolkit starts. The library closes when the window does.
 */
final class GuiLauncher {

    private GuiLauncher() {
    }

    static int launch(String dataDirOption) {
        return launch(dataDirOption, false);
    }

    /** @param closeWhenShown close the window as soon as its first screen of thumbnails is drawn (the training run) */
    static int launch(String dataDirOption, boolean closeWhenShown) {
        Path dataDir = DataDirectory.resolve(dataDirOption, System.getenv(),
                System.getProperty("os.name"), System.getProperty("user.home"));
        LogSetup.logTo(LogSetup.logDir(dataDir));
        LogSetup.logStart("the window");
        CompletableFuture<AppContext> opening;
        try {
            opening = AppContext.openForDesktopInBackground(dataDir, System.getenv(OllamaHost.ENV_VARIABLE));
        } catch (LibraryLock.LibraryInUseException e) {
            System.err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            System.err.println("Pothos could not start: " + e.getMessage());
            return 1;
        }
        // A window the system ends (SIGTERM at logout or shutdown, `kill`) closes the library as its own close does:
        // left open, the next start takes it for a crash and rebuilds its indexes (13 s at 100,000 pictures).
        AtomicBoolean closed = new AtomicBoolean();
        Thread onTermination = Thread.ofPlatform().name("pothos-close-on-termination").unstarted(() -> close(opening, closed));
        Runtime.getRuntime().addShutdownHook(onTermination);
        try {
            return PothosApplication.launch(opening, closeWhenShown) ? 0 : 1;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onTermination);
            } catch (IllegalStateException e) {
                // Already shutting down: the hook closes the library, or has.
            }
            close(opening, closed);
        }
    }

    /** Closes the library once it has opened (it may still be opening when the toolkit fails to start), once. */
    private static void close(CompletableFuture<AppContext> opening, AtomicBoolean closed) {
        if (closed.getAndSet(true)) {
            return;
        }
        try (AppContext context = opening.join()) {
            LoggerFactory.getLogger(GuiLauncher.class).debug("closing the library in {}", context.dataDir());
        } catch (CompletionException e) {
            // It never opened; the window has said why.
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(GuiLauncher.class).warn("the library did not close cleanly", e);
        }
    }
}
