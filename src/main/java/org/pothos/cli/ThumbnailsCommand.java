package org.pothos.cli;

import java.util.Locale;
import java.util.function.IntConsumer;
import org.pothos.app.AppContext;
import org.pothos.library.ThumbnailBackfill;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "thumbnails", mixinStandardHelpOptions = true,
        description = {"Build the thumbnails that are not in the cache yet, and try again those that failed for a reason"
                + " that can pass (memory, the cache, a file that was away)."})
final class ThumbnailsCommand extends LibraryCommand {

    @Option(names = "--retry-failed", description = "Also try again every thumbnail that failed before.")
    boolean retryFailed;

    @Override
    protected int run(AppContext context) {
        ProgressLine progress = new ProgressLine(err());
        long start = System.nanoTime();
        try (Interruptible interruptible = new Interruptible()) {
            ThumbnailBackfill backfill = context.thumbnailBackfill();
            IntConsumer onProgress = done -> progress.update("Thumbnails: " + done);
            ThumbnailBackfill.Report report = retryFailed ? backfill.buildMissingAndFailed(onProgress, interruptible.cancellation())
                    : backfill.buildMissing(onProgress, interruptible.cancellation());
            progress.finish();
            double seconds = Math.max(1, (System.nanoTime() - start) / 1_000_000) / 1000.0;
            out().printf(Locale.ROOT, "Built %d thumbnail(s) in %.1f s (%.1f/s); %d failed, %d to try again later, %d too large,"
                            + " %d files missing%n", report.built(), seconds, report.built() / seconds, report.failed(),
                    report.retryLater(), report.tooLarge(), report.missingFiles());
            if (!report.problems().isEmpty()) {
                out().println("No thumbnail:");
                report.problems().forEach(p -> out().println("  " + p.file() + ": " + p.reason()));
            }
            out().println("Cache: " + AppContext.thumbnailDir(context.dataDir()));
            out().flush();
            return OK;
        }
    }
}
