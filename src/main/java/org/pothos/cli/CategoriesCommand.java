package org.pothos.cli;

import org.pothos.library.LabelKind;
import picocli.CommandLine.Command;

@Command(name = "categories", mixinStandardHelpOptions = true, description = "List categories with their item counts.")
final class CategoriesCommand extends LabelCountsCommand {
    @Override
    LabelKind kind() {
        return LabelKind.CATEGORY;
    }
}
