package org.pothos.cli;

import java.io.PrintWriter;
import java.util.List;
import org.pothos.library.ImportOutcome;
import org.pothos.library.ImportReport;

/** Prints an import's summary and, per file, every duplicate and every skip with its reason. */
final class ImportReportPrinter {

    private ImportReportPrinter() {
    }

    static void print(ImportReport report, PrintWriter out) {
        double seconds = Math.max(report.elapsed().toMillis(), 1) / 1000.0;
        out.printf("%s %d, moved %d, updated %d, unchanged %d, duplicates %d, skipped %d%s (%.1f s, %.0f files/s)%n",
                report.cancelled() ? "Cancelled. Imported" : "Imported",
                report.count(ImportOutcome.Kind.IMPORTED), report.count(ImportOutcome.Kind.MOVED),
                report.count(ImportOutcome.Kind.UPDATED), report.count(ImportOutcome.Kind.UNCHANGED),
                report.count(ImportOutcome.Kind.DUPLICATE), report.count(ImportOutcome.Kind.SKIPPED),
                report.count(ImportOutcome.Kind.PAIRED) == 0 ? ""
                        : ", RAW files kept with their JPEG " + report.count(ImportOutcome.Kind.PAIRED),
                seconds, report.outcomes().size() / seconds);
        section(out, "Duplicates (not imported again):", report.outcomes().stream()
                .filter(o -> o.kind() == ImportOutcome.Kind.DUPLICATE).toList());
        section(out, "Moved:", report.outcomes().stream()
                .filter(o -> o.kind() == ImportOutcome.Kind.MOVED).toList());
        section(out, "Skipped:", report.skipped());
    }

    private static void section(PrintWriter out, String heading, List<ImportOutcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        out.println(heading);
        outcomes.forEach(o -> out.println("  " + o.path() + ": " + o.detail()));
    }
}
