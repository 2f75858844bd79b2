package org.pothos.cli;

import org.pothos.library.LabelKind;
import picocli.CommandLine.Command;

@Command(name = "tags", mixinStandardHelpOptions = true,
        description = {"List tags with their item counts, or change your vocabulary of tags.",
                "A renamed or merged name becomes an alias, so a model's answer never brings it back."},
        subcommands = {VocabularyRenameCommand.class, VocabularyMergeCommand.class, VocabularyDeleteCommand.class,
                VocabularyUndoCommand.class, AliasCommand.class, VocabularyParentCommand.class, VocabularyModeCommand.class})
final class TagsCommand extends LabelCountsCommand {
    @Override
    LabelKind kind() {
        return LabelKind.TAG;
    }
}
