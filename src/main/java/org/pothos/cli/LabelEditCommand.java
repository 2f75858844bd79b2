package org.pothos.cli;

import java.util.List;
import org.pothos.app.AppContext;
import org.pothos.library.ItemChanges;
import org.pothos.library.ItemEditor;
import org.pothos.library.ItemValues;
import org.pothos.library.LabelKind;
import org.pothos.library.LabelNames;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code tag|category add|remove NAME… (--id ID… | --query …)}: one label change on many items. */
abstract class LabelEditCommand extends EditCommand {

    @Parameters(paramLabel = "NAME", arity = "1..*", description = "Label names (quote names with spaces).")
    List<String> names;

    private final LabelKind kind;
    private final boolean adding;

    LabelEditCommand(LabelKind kind, boolean adding) {
        this.kind = kind;
        this.adding = adding;
    }

    @Override
    protected int run(AppContext context) {
        if (names.stream().map(LabelNames::clean).anyMatch(String::isEmpty)) {
            throw new ParameterException(spec.commandLine(), "A name cannot be blank.");
        }
        ItemChanges.Builder changes = ItemChanges.builder();
        if (adding) {
            changes.addLabels(kind, names);
        } else {
            changes.removeLabels(kind, names);
        }
        ItemChanges built = changes.build();
        ItemEditor.Outcome outcome = edit(context, List.of(), built);
        String kindName = kind == LabelKind.TAG ? "Tag" : "Category";
        for (ItemValues.LabelState label : built.labels()) {
            out().printf("%s \"%s\": %s %d of %d item(s).%n", kindName, label.name(), adding ? "added to" : "removed from",
                    outcome.itemsWhoseLabelChanged(label), outcome.items());
        }
        return OK;
    }
}
