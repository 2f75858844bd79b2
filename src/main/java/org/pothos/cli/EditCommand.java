package org.pothos.cli;

import java.util.List;
import org.pothos.app.AppContext;
import org.pothos.library.ItemChanges;
import org.pothos.library.ItemEditor;
import picocli.CommandLine.Mixin;

/**
 * A command that changes the user's values of the items it is given ({@code --id}, {@code --query} with the
 * filters of {@code list}), with a progress line for long runs; Ctrl-C stops between chunks and keeps what
 * was done. What it sets is the user's: analysis keeps it unless run with {@code --overwrite}.
 */
abstract class EditCommand extends LibraryCommand {

    @Mixin
    ItemSelectionOptions selection;

    /** Applies {@code changes} to the chosen items (plus {@code moreIds} given as the command's own arguments). */
    ItemEditor.Outcome edit(AppContext context, List<Long> moreIds, ItemChanges changes) {
        List<Long> ids = selection.resolve(context, moreIds);
        ProgressLine progress = new ProgressLine(err());
        try (Interruptible interruptible = new Interruptible()) {
            ItemEditor.Outcome outcome = context.itemEditor().apply(ids, changes,
                    (done, total) -> progress.update("Editing: " + done + " of " + total + " item(s)"),
                    interruptible.cancellation());
            progress.finish();
            if (ids.isEmpty()) {
                out().println("No item matches; nothing changed.");
            } else if (!outcome.complete()) {
                out().printf("Stopped after %d of %d item(s); the changes made so far are kept.%n", outcome.items(), ids.size());
            }
            return outcome;
        }
    }
}
