package org.pothos.cli;

import java.util.List;
import org.pothos.app.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Merge labels into one: every picture that had one of them has the target, with the source it had.",
                "The merged names become aliases of the target, so a model never brings them back."})
final class VocabularyMergeCommand extends VocabularyCommand {

    @Parameters(paramLabel = "NAME", arity = "1..*", description = "The labels to merge.")
    List<String> names;

    @Option(names = "--into", paramLabel = "TARGET", required = true,
            description = "The label they become (an existing one or a new name).")
    String into;

    @Override
    protected int run(AppContext context) {
        int pictures = context.vocabularyStore().merge(kind(), names, into);
        out().printf("Merged %s into '%s' on %d picture(s).%n", String.join(", ", names), into.strip(), pictures);
        return OK;
    }
}
