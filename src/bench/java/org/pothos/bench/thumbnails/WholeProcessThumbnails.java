package org.pothos.bench.thumbnails;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pothos.app.AppContext;
import org.pothos.bench.BenchContext;
import org.pothos.bench.Budget;
import org.pothos.bench.Figure;
import org.pothos.bench.OnCores;
import org.pothos.bench.Repeat;
import org.pothos.bench.process.Launcher;
import org.pothos.bench.process.Timed;
import org.pothos.common.Cancellation;
import org.pothos.library.ImportListener;

/**
 * {@code pothos thumbnails} as a person runs it, a whole process with its start-up, beside {@code vipsthumbnail} run as
 * one process per core on the same files: the wall time of each, in turns. Each Pothos run gets a library of its own,
 * imported beforehand (untimed), so every thumbnail is made anew.
 */
final class WholeProcessThumbnails {

    private WholeProcessThumbnails() {
    }

    static List<Figure> measure(BenchContext context, List<Path> files, Optional<VipsThumbnail> vips, Path root) throws Exception {
        Optional<Launcher> launcher = Launcher.installed(context.workDir().resolve("installed"))
                .or(() -> Launcher.jar("java -jar with a class-data archive",
                        List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + root.resolve("thumbnails.jsa"))));
        if (launcher.isEmpty() || vips.isEmpty()) {
            return List.of();
        }
        Map<String, String> environment = Map.of("HOME", Files.createDirectories(root.resolve("home")).toString());
        // Untimed: the archive of java -jar is written by its first run; the files come into the page cache.
        pothosMillis(launcher.get(), imported(files, root.resolve("warm-up-library")), environment);
        int cores = OnCores.cores();
        Repeat.Paired runs = Repeat.inTurns(context.repeats(), i -> {
            Path library = imported(files, root.resolve("whole-" + i));
            context.log().printf("   whole process: pothos thumbnails, run %d%n", i + 1);
            return pothosMillis(launcher.get(), library, environment);
        }, i -> vips.get().millis(files, cores, root.resolve("whole-vips-" + i)));
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of(ThumbnailBenchmark.SECTION, "whole process: pothos thumbnails, " + launcher.get().name(), "ms",
                runs.first()).withNote(files.size() + " JPEGs imported beforehand; start-up, thumbnails on all cores, exit"));
        figures.add(Figure.of(ThumbnailBenchmark.SECTION, "whole process: vipsthumbnail, " + cores + " processes", "ms",
                runs.second()).withNote("the same files, in turns with the row above"));
        figures.add(Figure.of(ThumbnailBenchmark.SECTION, "whole process: vipsthumbnail's time ÷ Pothos's", "×",
                Repeat.ratios(runs.second(), runs.first())).withBudget(Budget.atLeast(1.0)));
        return figures;
    }

    private static double pothosMillis(Launcher launcher, Path library, Map<String, String> environment) throws Exception {
        return Timed.run(launcher.with("--data-dir", library.toString(), "thumbnails"), environment, Duration.ofMinutes(10)).millis();
    }

    /** A new library holding {@code files}, closed again so that the launched process can open it. */
    private static Path imported(List<Path> files, Path library) throws Exception {
        try (AppContext app = AppContext.open(library, "http://127.0.0.1:9")) {
            app.importService().importPaths(files, new ImportListener() { }, new Cancellation());
        }
        return library;
    }
}
