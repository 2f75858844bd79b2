package org.pothos.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pothos.app.AppContext;
import org.pothos.library.MediaQuery;
import org.pothos.library.MediaStore;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Which items a command changes: {@code --id ID…} or {@code --query} with the filters of {@code list}
 * ({@code --query} alone is every item). A picocli mixin; a command may add ids of its own (positional).
 */
final class ItemSelectionOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--id", paramLabel = "ID", split = ",", arity = "1..*",
            description = "Item ids, as `list` prints them (repeat, or separate with commas).")
    List<Long> ids = new ArrayList<>();

    @Option(names = "--query", description = "The items that the filters (--tag, --category, --text, …) select,"
            + " as `list` shows them; without a filter, every item.")
    boolean query;

    @Mixin
    MediaFilterOptions filters;

    /**
     * The ids chosen, in a stable order. Missing or contradictory choices are usage errors (exit 2); an id the
     * library does not know fails the command (exit 1) before anything is changed.
     */
    List<Long> resolve(AppContext context, List<Long> moreIds) {
        MediaStore store = context.mediaStore();
        Set<Long> chosen = new LinkedHashSet<>(ids);
        chosen.addAll(moreIds);
        if (query && !chosen.isEmpty()) {
            throw usage("Choose items either by id or with --query, not both.");
        }
        if (!query && filters.any()) {
            throw usage("Filters choose items only with --query (for example: --query --tag beach).");
        }
        if (query) {
            return matching(context, filters.toQuery(), spec.commandLine().getErr());
        }
        if (chosen.isEmpty()) {
            throw usage("Choose items: item ids (--id ID…) or --query with filters.");
        }
        List<Long> unknown = chosen.stream().filter(id -> store.findById(id).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("No item with id "
                    + String.join(", ", unknown.stream().map(String::valueOf).toList()) + ".");
        }
        return List.copyOf(chosen);
    }

    /**
     * The ids of the items a query selects: words through the search index (as {@code list --text} finds them:
     * stemmed, segmented, best first), everything else through the database.
     */
    static List<Long> matching(AppContext context, MediaQuery query, java.io.PrintWriter err) {
        if (query.text() == null) {
            return context.mediaStore().findIds(query);
        }
        SearchIndexWait.awaitCurrent(context.search().index(), err, java.time.Duration.ofHours(1));
        return context.search().byWords(query).ids();
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
