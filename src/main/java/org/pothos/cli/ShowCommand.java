package org.pothos.cli;

import java.util.Optional;
import org.pothos.app.AppContext;
import org.pothos.library.MediaItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Show everything known about one item.")
final class ShowCommand extends LibraryCommand {

    @Parameters(paramLabel = "ID", description = "The item's id, as `list` prints it.")
    long id;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    protected int run(AppContext context) {
        Optional<MediaItem> item = context.mediaStore().findById(id);
        if (item.isEmpty()) {
            err().println("No item with id " + id + ".");
            return FAILURE;
        }
        if (json) {
            ItemPrinter.json(ItemPrinter.toMap(item.get()), out());
        } else {
            ItemPrinter.detail(item.get(), out());
            out().println("thumbnail file:    " + context.thumbnailService().cachedFile(item.get().contentHash()));
        }
        return OK;
    }
}
