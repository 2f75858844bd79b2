package org.pothos.cli;

import java.util.List;
import org.pothos.app.AppContext;
import org.pothos.library.LabelCount;
import org.pothos.library.LabelKind;
import picocli.CommandLine.Option;

/** Lists tags or categories with how many items carry each, most used first. */
abstract class LabelCountsCommand extends LibraryCommand {

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    abstract LabelKind kind();

    @Override
    protected int run(AppContext context) {
        List<LabelCount> counts = context.mediaStore().labelCounts(kind());
        if (json) {
            ItemPrinter.json(counts, out());
        } else if (counts.isEmpty()) {
            out().println(kind() == LabelKind.TAG ? "No tags yet." : "No categories yet.");
        } else {
            counts.forEach(c -> out().printf("%7d  %s%n", c.count(), c.name()));
        }
        return OK;
    }
}
