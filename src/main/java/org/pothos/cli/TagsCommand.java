package org.pothos.cli;

import org.pothos.library.LabelKind;
import picocli.CommandLine.Command;

@Command(name = "tags", mixinStandardHelpOptions = true, description = "List tags with their item counts.")
final class TagsCommand extends LabelCountsCommand {
    @Override
    LabelKind kind() {
        return LabelKind.TAG;
    }
}
