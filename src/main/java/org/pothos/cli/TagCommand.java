package org.pothos.cli;

import org.pothos.library.LabelKind;
import picocli.CommandLine.Command;

@Command(name = "tag", mixinStandardHelpOptions = true,
        description = "Add tags to items or remove them: by id, or every item a query selects.",
        subcommands = {TagCommand.Add.class, TagCommand.Remove.class})
final class TagCommand {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add tags to items, as yours: analysis keeps them unless run with --overwrite.",
                    "Example: tag add beach sea --query --text shore"})
    static final class Add extends LabelEditCommand {
        Add() {
            super(LabelKind.TAG, true);
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove tags from items.")
    static final class Remove extends LabelEditCommand {
        Remove() {
            super(LabelKind.TAG, false);
        }
    }
}
