package org.pothos.cli;

import org.pothos.app.AppContext;
import org.pothos.library.ImportOutcome;
import org.pothos.library.RescanReport;
import picocli.CommandLine.Command;

@Command(name = "rescan", mixinStandardHelpOptions = true,
        description = {"Check every item's file: mark vanished files missing (their tags and text are kept),",
                "find them again when they are back, and re-read files whose content changed."})
final class RescanCommand extends LibraryCommand {

    @Override
    protected int run(AppContext context) {
        ProgressLine progress = new ProgressLine(err());
        try (Interruptible interruptible = new Interruptible()) {
            RescanReport report = context.rescanService().rescan(new org.pothos.library.ImportListener() {
                @Override
                public void onProgress(org.pothos.library.ImportProgress p) {
                    progress.update("Checking " + p.done() + "/" + p.total());
                }
            }, interruptible.cancellation());
            progress.finish();
            long labelsChanged = report.reindexed().outcomes().stream()
                    .filter(o -> ImportOutcome.LABELS_CHANGED.equals(o.detail())).count();
            out().printf("Checked %d item(s): %d now missing, %d found again, %d changed, %d with labels changed in their files%n",
                    report.checked(), report.nowMissing(), report.foundAgain(),
                    report.reindexed().count(ImportOutcome.Kind.UPDATED) - labelsChanged, labelsChanged);
            report.reindexed().skipped().forEach(o -> out().println("  " + o.path() + ": " + o.detail()));
            out().flush();
            return OK;
        }
    }
}
