package org.pothos.cli;

import org.pothos.app.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "rename", mixinStandardHelpOptions = true,
        description = {"Rename a label on every picture at once, keeping who set it.",
                "The old name becomes an alias, so a model's answer that uses it lands on the new one."})
final class VocabularyRenameCommand extends VocabularyCommand {

    @Parameters(index = "0", paramLabel = "OLD", description = "The current name.")
    String oldName;

    @Parameters(index = "1", paramLabel = "NEW", description = "The new name.")
    String newName;

    @Override
    protected int run(AppContext context) {
        int pictures = context.vocabularyStore().rename(kind(), oldName, newName);
        out().printf("Renamed %s '%s' to '%s' on %d picture(s).%n", singular(kind()), oldName.strip(), newName.strip(), pictures);
        return OK;
    }
}
