package org.pothos.cli;

import org.pothos.app.AppContext;
import org.pothos.library.MediaItem;
import org.pothos.library.MediaQuery;
import org.pothos.library.Page;
import org.pothos.library.SortOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List items, newest first unless --sort says otherwise. Several --tag options must all match.")
final class ListCommand extends LibraryCommand {

    @Mixin
    MediaFilterOptions filters;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "taken",
            description = "taken, imported or name (default: taken).")
    SortOrder sort;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N items (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N items.")
    int offset;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    protected int run(AppContext context) {
        if (limit < 1 || offset < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1 and --offset not negative");
        }
        MediaQuery query = filters.toQuery().withSort(sort);
        Page<MediaItem> page = context.mediaStore().find(query, offset, limit);
        if (json) {
            ItemPrinter.json(page.items().stream().map(ItemPrinter::toMap).toList(), out());
        } else {
            ItemPrinter.table(page.items(), out());
            long total = context.mediaStore().count(query);
            out().printf("%d of %d item(s)%s%n", page.items().size(), total, page.hasMore() ? "; more with --offset" : "");
        }
        return OK;
    }
}
