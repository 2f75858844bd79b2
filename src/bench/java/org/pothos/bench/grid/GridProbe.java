package org.pothos.bench.grid;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.pothos.app.AppContext;
import org.pothos.bench.library.HeapUse;
import org.pothos.common.DaemonThreads;
import org.pothos.simulation.SimulatedOllama;
import org.pothos.ui.MainWindow;
import org.pothos.ui.common.DesktopActions;
import org.pothos.ui.library.LibraryViewModel;
import org.pothos.ui.settings.PothosPreferences;
import org.pothos.ui.settings.UiLanguage;

/**
 * The grid measurement, run in a JVM of its own (the toolkit starts once per JVM and must start
 * headless, and a fresh JVM is what a person starting Pothos gets): opens the library, shows the
 * real main window, waits for the first fully painted screen of thumbnails, scrolls, and prints
 * one line of results for {@link GridBenchmark} to read.
 */
public final class GridProbe {

    static final String RESULT_PREFIX = "GRID-RESULT";
    private static final long TIMEOUT_SECONDS = 300;

    private GridProbe() {
    }

    /** Arguments: the library folder and how many rows to scroll through. */
    public static void main(String[] args) throws Exception {
        HeadlessFx.configure();
        Path dataDir = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long start = System.nanoTime();
        long startWall = System.currentTimeMillis();
        Preferences node = Preferences.userRoot().node("pothos-bench-" + UUID.randomUUID());
        ExecutorService background = Executors.newFixedThreadPool(2, DaemonThreads.named("pothos-ui-background"));
        try (SimulatedOllama server = SimulatedOllama.start().withVisionModel("llava:7b")) {
            // As the application starts: the library opens on a thread of its own while the toolkit starts.
            CompletableFuture<AppContext> opening = AppContext.openForDesktopInBackground(dataDir, server.baseUrl());
            CountDownLatch started = new CountDownLatch(1);
            Platform.startup(started::countDown);
            started.await();
            measure(opening.get(TIMEOUT_SECONDS, TimeUnit.SECONDS), node, background, start, startWall, jvmStart, rows);
        } finally {
            background.shutdownNow();
            node.removeNode();
            Platform.exit();
        }
        System.exit(0);
    }

    private static void measure(AppContext opened, Preferences node, ExecutorService background, long start, long startWall,
                                long jvmStart, int rows) throws Exception {
        try (AppContext context = opened) {
            try (StallMeter stalls = new StallMeter()) {
                CompletableFuture<GridWindow> shown = new CompletableFuture<>();
                Platform.runLater(() -> {
                    try {
                        shown.complete(show(context, new PothosPreferences(node), background, start));
                    } catch (Exception | Error e) {
                        shown.completeExceptionally(e);
                    }
                });
                GridWindow window = shown.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                double paintedMillis = window.painted().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                double startStall = stalls.longestMillis();
                stalls.reset();
                GridScroll.Result scroll = window.scroll(rows).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                double scrollStall = stalls.longestMillis();
                LibraryViewModel library = window.library();
                long loadedWait = awaitLoaded(library);
                double heapMb = HeapUse.afterGcMb();
                System.out.printf(Locale.ROOT, "%s start_ms=%.1f jvm_to_painted_ms=%.1f start_stall_ms=%.1f scroll_stall_ms=%.1f"
                                + " fill_median_ms=%.1f fill_max_ms=%.1f screens=%d rows=%d columns=%d items=%d heap_mb=%.1f"
                                + " all_loaded_after_ms=%d%n",
                        RESULT_PREFIX, paintedMillis, paintedMillis + (startWall - jvmStart), startStall, scrollStall,
                        scroll.fillMedianMillis(), scroll.fillMaxMillis(), scroll.screens(), scroll.rows(), scroll.columns(),
                        library.itemCountProperty().get(), heapMb, loadedWait);
                CompletableFuture<Void> closed = new CompletableFuture<>();
                Platform.runLater(() -> {
                    window.close();
                    closed.complete(null);
                });
                closed.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
        }
    }

    /** Builds the window as the application does and starts watching its pulses. */
    private static GridWindow show(AppContext context, PothosPreferences prefs, ExecutorService background, long start)
            throws Exception {
        prefs.uiLanguageProperty().set(UiLanguage.EN);
        prefs.themeProperty().get().apply();
        MainWindow.Loaded loaded = MainWindow.load(context, prefs, background, new DesktopActions(null), Locale.ENGLISH);
        Stage stage = new Stage();
        Scene scene = new Scene(loaded.root(), 1280, 820);
        stage.setScene(scene);
        stage.show(); // as the application does: the watch starts on a shown window
        return new GridWindow(stage, scene, loaded, start);
    }

    /** Milliseconds until the grid's list holds every item of its query (the lead's loader works in the background). */
    private static long awaitLoaded(LibraryViewModel library) throws Exception {
        long start = System.nanoTime();
        while (true) {
            CompletableFuture<Boolean> done = new CompletableFuture<>();
            Platform.runLater(() -> done.complete(!library.loadingProperty().get()
                    && library.items().size() == library.itemCountProperty().get()));
            if (done.get(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            if (System.nanoTime() - start > TIMEOUT_SECONDS * 1_000_000_000L) {
                throw new IllegalStateException("the grid did not finish loading");
            }
            Thread.sleep(100);
        }
    }
}
