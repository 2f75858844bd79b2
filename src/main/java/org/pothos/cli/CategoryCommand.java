package org.pothos.cli;

import org.pothos.library.LabelKind;
import picocli.CommandLine.Command;

@Command(name = "category", mixinStandardHelpOptions = true,
        description = "Put items in categories or take them out: by id, or every item a query selects.",
        subcommands = {CategoryCommand.Add.class, CategoryCommand.Remove.class})
final class CategoryCommand {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Put items in categories, as yours: analysis keeps them unless run with --overwrite.",
                    "Example: category add Travel --id 12,13"})
    static final class Add extends LabelEditCommand {
        Add() {
            super(LabelKind.CATEGORY, true);
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Take items out of categories.")
    static final class Remove extends LabelEditCommand {
        Remove() {
            super(LabelKind.CATEGORY, false);
        }
    }
}
