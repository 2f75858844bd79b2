package org.pothos.cli;

import org.pothos.app.AppContext;
import org.pothos.library.ThumbnailBackfill;
import picocli.CommandLine.Command;

@Command(name = "thumbnails", mixinStandardHelpOptions = true,
        description = "Build the thumbnails that are not in the cache yet.")
final class ThumbnailsCommand extends LibraryCommand {

    @Override
    protected int run(AppContext context) {
        ProgressLine progress = new ProgressLine(err());
        long start = System.nanoTime();
        try (Interruptible interruptible = new Interruptible()) {
            ThumbnailBackfill.Report report = context.thumbnailBackfill()
                    .buildMissing(done -> progress.update("Thumbnails: " + done), interruptible.cancellation());
            progress.finish();
            double seconds = Math.max(1, (System.nanoTime() - start) / 1_000_000) / 1000.0;
            out().printf("Built %d thumbnail(s) in %.1f s (%.1f/s); %d failed, %d too large, %d files missing%n",
                    report.built(), seconds, report.built() / seconds, report.failed(), report.tooLarge(),
                    report.missingFiles());
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
