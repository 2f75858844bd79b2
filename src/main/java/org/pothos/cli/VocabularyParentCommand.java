package org.pothos.cli;

import org.pothos.app.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "parent", mixinStandardHelpOptions = true,
        description = {"Put a tag under another (dog under animal): filtering by the parent includes its children.",
                "Without PARENT the tag moves to the top. Tags that do not exist yet are created."})
final class VocabularyParentCommand extends VocabularyCommand {

    @Parameters(index = "0", paramLabel = "CHILD", description = "The tag to place.")
    String child;

    @Parameters(index = "1", paramLabel = "PARENT", arity = "0..1", description = "The tag above it.")
    String parent;

    @Override
    protected int run(AppContext context) {
        context.vocabularyStore().setParent(child, parent);
        out().println(parent == null ? "'" + child.strip() + "' is a top-level tag now."
                : "'" + child.strip() + "' is under '" + String.join(" > ", context.vocabularyStore().tagPath(parent)) + "' now.");
        return OK;
    }
}
