package org.pothos.cli;

import org.pothos.app.AppContext;
import org.pothos.library.MediaItem;
import org.pothos.library.MediaQuery;
import org.pothos.library.Page;
import org.pothos.library.SortOrder;
import org.pothos.search.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List items, newest first unless --sort says otherwise. Several --tag options must all match.")
final class ListCommand extends LibraryCommand {

    @Mixin
    MediaFilterOptions filters;

    @Option(names = "--sort", paramLabel = "ORDER",
            description = "taken, imported or name (default: taken; with --text, best matches first).")
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
        MediaQuery query = filters.toQuery().withSort(sort == null ? SortOrder.TAKEN : sort);
        Page<MediaItem> page;
        long total;
        if (query.text() != null && sort == null) {
            SearchResults ranked = rankedMatches(context, query);
            page = new Page<>(context.search().items(ranked, offset, limit), offset, offset + limit < ranked.size());
            total = ranked.size();
        } else {
            page = context.mediaStore().find(query, offset, limit);
            total = context.mediaStore().count(query);
        }
        if (json) {
            ItemPrinter.json(page.items().stream().map(ItemPrinter::toMap).toList(), out());
        } else {
            ItemPrinter.table(page.items(), out());
            out().printf("%d of %d item(s)%s%n", page.items().size(), total, page.hasMore() ? "; more with --offset" : "");
        }
        return OK;
    }

    /** The matches of the text, best first; the database's plain match when the search index cannot be brought up to date. */
    private SearchResults rankedMatches(AppContext context, MediaQuery query) {
        SearchIndexWait.awaitCurrent(context.search().index(), err(), java.time.Duration.ofHours(1));
        return context.search().byWords(query);
    }
}
