package org.pothos.cli;

import java.util.Optional;
import org.pothos.app.AppContext;
import org.pothos.vocabulary.DeletedLabel;
import picocli.CommandLine.Command;

@Command(name = "undo", mixinStandardHelpOptions = true,
        description = "Bring back the label deleted last, on the pictures that are still in the library.")
final class VocabularyUndoCommand extends VocabularyCommand {

    @Override
    protected int run(AppContext context) {
        Optional<DeletedLabel> last = context.vocabularyStore().lastDeleted(kind());
        if (last.isEmpty()) {
            err().println("No deleted " + singular(kind()) + " to bring back.");
            return FAILURE;
        }
        String name = context.vocabularyStore().undoDelete(last.get().undoId());
        out().printf("Restored %s '%s' on %d picture(s).%n", singular(kind()), name, last.get().pictures());
        return OK;
    }
}
