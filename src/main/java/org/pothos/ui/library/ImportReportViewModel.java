package org.pothos.ui.library;

import java.nio.file.Path;
import java.util.List;
import org.pothos.library.ImportOutcome;
import org.pothos.library.ImportReport;
import org.pothos.ui.common.ServiceTexts;
import org.pothos.ui.common.Texts;

/**
 * What an import did, for the panel above the grid: the totals, and every file that was skipped or was a
 * duplicate, with why, in the user's language. Stays until dismissed or the next import starts.
 */
public final class ImportReportViewModel {

    /** One file the import did not add, and why. */
    public record Row(String fileName, String folder, String reason, boolean skipped) {
    }

    private final String summary;
    private final boolean cancelled;
    private final List<Row> rows;

    private ImportReportViewModel(String summary, boolean cancelled, List<Row> rows) {
        this.summary = summary;
        this.cancelled = cancelled;
        this.rows = List.copyOf(rows);
    }

    static ImportReportViewModel of(ImportReport report, Texts texts, ServiceTexts service) {
        String summary = texts.get(report.cancelled() ? "status.importCancelled" : "status.importFinished",
                report.count(ImportOutcome.Kind.IMPORTED) + report.count(ImportOutcome.Kind.MOVED)
                        + report.count(ImportOutcome.Kind.UPDATED),
                report.count(ImportOutcome.Kind.UNCHANGED), report.count(ImportOutcome.Kind.DUPLICATE),
                report.count(ImportOutcome.Kind.SKIPPED));
        // Skipped files first: they are the ones that may need the user.
        List<Row> rows = report.outcomes().stream()
                .filter(o -> o.kind() == ImportOutcome.Kind.SKIPPED || o.kind() == ImportOutcome.Kind.DUPLICATE)
                .sorted((a, b) -> Boolean.compare(b.kind() == ImportOutcome.Kind.SKIPPED, a.kind() == ImportOutcome.Kind.SKIPPED))
                .map(o -> row(o, service))
                .toList();
        return new ImportReportViewModel(summary, report.cancelled(), rows);
    }

    /** An import that could not run at all. */
    static ImportReportViewModel failed(String message) {
        return new ImportReportViewModel(message, false, List.of());
    }

    private static Row row(ImportOutcome outcome, ServiceTexts service) {
        Path file = outcome.path();
        Path folder = file.getParent();
        return new Row(file.getFileName() == null ? file.toString() : file.getFileName().toString(),
                folder == null ? "" : folder.toString(), service.translate(outcome.detail()),
                outcome.kind() == ImportOutcome.Kind.SKIPPED);
    }

    /** "Import finished: 38 new, 2 already here, 1 duplicates, 3 skipped". */
    public String summary() {
        return summary;
    }

    public boolean cancelled() {
        return cancelled;
    }

    /** The skipped files (first) and the duplicates, each with why. */
    public List<Row> rows() {
        return rows;
    }

    public long skippedCount() {
        return rows.stream().filter(Row::skipped).count();
    }
}
