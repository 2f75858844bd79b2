package org.pothos.cli;

import org.pothos.library.LabelKind;
import picocli.CommandLine.Command;

@Command(name = "categories", mixinStandardHelpOptions = true,
        description = {"List categories with their item counts, or change your vocabulary of categories.",
                "A renamed or merged name becomes an alias, so a model's answer never brings it back."},
        subcommands = {VocabularyRenameCommand.class, VocabularyMergeCommand.class, VocabularyDeleteCommand.class,
                VocabularyUndoCommand.class, AliasCommand.class})
final class CategoriesCommand extends LabelCountsCommand {
    @Override
    LabelKind kind() {
        return LabelKind.CATEGORY;
    }
}
