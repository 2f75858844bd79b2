package org.pothos.cli;

import org.pothos.app.AppContext;
import org.pothos.library.LibraryStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "stats", mixinStandardHelpOptions = true, description = "Totals for the library.")
final class StatsCommand extends LibraryCommand {

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    protected int run(AppContext context) {
        LibraryStats s = context.mediaStore().stats();
        if (json) {
            ItemPrinter.json(s, out());
            return OK;
        }
        out().printf("Library:     %s%n", context.dataDir());
        out().printf("Items:       %d (%d missing, %.1f MB)%n", s.items(), s.missing(), s.totalBytes() / 1e6);
        out().printf("Analysed:    %d%n", s.analysed());
        out().printf("Favourites:  %d%n", s.favourites());
        out().printf("Tags:        %d%n", s.tags());
        out().printf("Categories:  %d%n", s.categories());
        out().printf("Thumbnails:  %d ready, %d failed, %d to build%n", s.thumbnailsReady(), s.thumbnailsFailed(),
                s.items() - s.thumbnailsReady() - s.thumbnailsFailed());
        return OK;
    }
}
