package org.pothos.cli;

import java.nio.file.Path;
import java.util.List;
import org.pothos.app.AppContext;
import org.pothos.library.ImportListener;
import org.pothos.library.ImportProgress;
import org.pothos.library.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Add pictures to the library: files, or folders searched recursively.",
                "Pictures are recognised by content (JPEG, PNG, GIF, BMP, WebP, TIFF). The same content",
                "twice is one item; a moved file keeps its item. Exits 1 only when nothing could be imported."})
final class ImportCommand extends LibraryCommand {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to import.")
    List<Path> paths;

    @Override
    protected int run(AppContext context) {
        ProgressLine progress = new ProgressLine(err());
        try (Interruptible interruptible = new Interruptible()) {
            ImportReport report = context.importService().importPaths(paths, new ImportListener() {
                @Override
                public void onProgress(ImportProgress p) {
                    progress.update(p.scanning()
                            ? "Looking for pictures: " + p.total() + " files"
                            : "Importing " + p.done() + "/" + p.total() + (p.current() == null ? "" : "  " + p.current().getFileName()));
                }
            }, interruptible.cancellation());
            progress.finish();
            ImportReportPrinter.print(report, out());
            if (report.outcomes().isEmpty()) {
                out().println("No files found.");
            }
            out().flush();
            return report.nothingImported() ? FAILURE : OK;
        }
    }
}
