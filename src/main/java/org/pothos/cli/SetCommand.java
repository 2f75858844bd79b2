package org.pothos.cli;

import java.util.ArrayList;
import java.util.List;
import org.pothos.app.AppContext;
import org.pothos.library.ItemChanges;
import org.pothos.library.ItemEditor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

@Command(name = "set", mixinStandardHelpOptions = true,
        description = {"Set the title, description, rating or favourite of items.",
                "What you set is yours: analysis keeps it unless run with --overwrite. An empty text clears it.",
                "Example: set 12 13 --rating 4 --favourite true"})
final class SetCommand extends EditCommand {

    @Parameters(paramLabel = "ID", arity = "0..*", description = "Item ids, as `list` prints them (or --id, or --query).")
    List<Long> ids = new ArrayList<>();

    @Option(names = "--title", paramLabel = "T", description = "The title.")
    String title;

    @Option(names = "--description", paramLabel = "D", description = "The description.")
    String description;

    @Option(names = "--rating", paramLabel = "N", description = "Stars, 0 to 5 (0: not rated).")
    Integer rating;

    @Option(names = "--favourite", paramLabel = "true|false", arity = "1", description = "Mark or unmark as favourite.")
    Boolean favourite;

    @Override
    protected int run(AppContext context) {
        if (rating != null && (rating < 0 || rating > 5)) {
            throw new ParameterException(spec.commandLine(), "--rating must be 0 to 5.");
        }
        ItemChanges.Builder changes = ItemChanges.builder();
        if (title != null) {
            changes.title(title);
        }
        if (description != null) {
            changes.description(description);
        }
        if (rating != null) {
            changes.rating(rating);
        }
        if (favourite != null) {
            changes.favourite(favourite);
        }
        ItemChanges built = changes.build();
        if (built.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Say what to set: --title, --description, --rating or --favourite.");
        }
        ItemEditor.Outcome outcome = edit(context, ids, built);
        out().printf("Changed %d of %d item(s).%n", outcome.changedItems(), outcome.items());
        return OK;
    }
}
