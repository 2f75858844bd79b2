package org.pothos.cli;

import java.util.ArrayList;
import java.util.List;
import org.pothos.app.AppContext;
import org.pothos.library.Availability;
import org.pothos.library.MediaItem;
import org.pothos.library.MediaQuery;
import org.pothos.library.Page;
import org.pothos.library.SortOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List items, newest first unless --sort says otherwise. Several --tag options must all match.")
final class ListCommand extends LibraryCommand {

    @Option(names = "--tag", paramLabel = "T", description = "Only items with this tag (repeat: all of them).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--category", paramLabel = "C", description = "Only items in this category.")
    String category;

    @Option(names = "--text", paramLabel = "Q", description = "Words in title, description, file name or tags.")
    String text;

    @Option(names = "--unanalysed", description = "Only items no model has described yet.")
    boolean unanalysed;

    @Option(names = "--favourites", description = "Only favourites.")
    boolean favourites;

    @Option(names = "--min-rating", paramLabel = "N", description = "Only items rated N stars or more.")
    Integer minRating;

    @Option(names = "--missing", description = "Only items whose file is missing.")
    boolean missing;

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
        MediaQuery query = MediaQuery.all().withTags(tags).withCategory(category).withText(text)
                .withAnalysed(unanalysed ? Boolean.FALSE : null)
                .withFavourite(favourites ? Boolean.TRUE : null)
                .withMinRating(minRating)
                .withAvailability(missing ? Availability.MISSING : null)
                .withSort(sort);
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
