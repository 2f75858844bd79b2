package org.pothos.cli;

import org.pothos.app.AppContext;
import org.pothos.vocabulary.DeletedLabel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "delete", mixinStandardHelpOptions = true,
        description = "Take a label off every picture and forget it (with its aliases); `undo` brings it back.")
final class VocabularyDeleteCommand extends VocabularyCommand {

    @Parameters(paramLabel = "NAME", description = "The label to delete.")
    String name;

    @Override
    protected int run(AppContext context) {
        DeletedLabel deleted = context.vocabularyStore().delete(kind(), name);
        out().printf("Deleted %s '%s' from %d picture(s). Undo with `%s undo`.%n", singular(kind()), deleted.name(),
                deleted.pictures(), command(kind()));
        return OK;
    }
}
