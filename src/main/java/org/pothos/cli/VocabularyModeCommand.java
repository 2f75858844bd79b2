package org.pothos.cli;

import org.pothos.app.AppContext;
import org.pothos.library.VocabularyMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

@Command(name = "vocabulary", mixinStandardHelpOptions = true,
        description = {"Show or set how analysis treats labels the library does not know (tags and categories alike):",
                "off: the model writes freely; prefer: the prompt offers your 200 most used tags and categories",
                "and new ones are kept; strict: as prefer, and an unknown label is mapped to the nearest known",
                "name or dropped (each job records what it dropped)."})
final class VocabularyModeCommand extends LibraryCommand {

    @Parameters(paramLabel = "MODE", arity = "0..1", description = "off, prefer or strict.")
    String mode;

    @Override
    protected int run(AppContext context) {
        if (mode != null) {
            try {
                context.librarySettings().setVocabularyMode(VocabularyMode.fromKey(mode));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        out().println("Controlled vocabulary: " + context.librarySettings().vocabularyMode().key());
        return OK;
    }
}
