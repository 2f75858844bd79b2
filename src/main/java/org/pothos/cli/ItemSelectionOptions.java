package org.pothos.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
    List<Long> resolve(MediaStore store, List<Long> moreIds) {
        Set<Long> chosen = new LinkedHashSet<>(ids);
        chosen.addAll(moreIds);
        if (query && !chosen.isEmpty()) {
            throw usage("Choose items either by id or with --query, not both.");
        }
        if (!query && filters.any()) {
            throw usage("Filters choose items only with --query (for example: --query --tag beach).");
        }
        if (query) {
            return store.findIds(filters.toQuery());
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

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
