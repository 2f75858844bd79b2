package org.pothos.ui.detail;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pothos.library.LabelCount;
import org.pothos.library.LabelKind;
import org.pothos.library.LabelNames;
import org.pothos.library.MediaStore;
import org.pothos.ui.common.BackgroundTask;
import org.pothos.ui.common.TaskExecutor;

/**
 * The names an add field offers while the user types: existing labels, most used first, those starting with
 * the typed text before those merely containing it. Readable from any thread, because the autocompletion
 * popup asks from its own worker thread.
 */
public final class LabelSuggestions {

    static final int MAX_SUGGESTIONS = 12;

    private volatile List<String> names = List.of();

    /** Replaces the known names; {@code counts} come most used first, as the store lists them. */
    public void replace(Collection<LabelCount> counts) {
        names = counts.stream().map(LabelCount::name).toList();
    }

    /**
     * Reads the library's names of {@code kind} again in the background. When that fails the field suggests the
     * names it knew; typing a new one works all the same.
     */
    public void reload(MediaStore store, LabelKind kind, TaskExecutor tasks) {
        BackgroundTask.wrap("Loading the " + kind.name().toLowerCase(Locale.ROOT) + " names to suggest", () -> store.labelCounts(kind))
                .onSuccess(this::replace)
                .onFailure(failure -> { })
                .executeWith(tasks);
    }

    public List<String> names() {
        return names;
    }

    /** Names matching {@code typed}, leaving out those whose folded form is in {@code present}. */
    public List<String> matching(String typed, Set<String> present) {
        String key = LabelNames.normalise(typed);
        if (key.isEmpty()) {
            return List.of();
        }
        List<String> starting = new ArrayList<>();
        List<String> containing = new ArrayList<>();
        for (String name : names) {
            String folded = LabelNames.normalise(name);
            if (present.contains(folded)) {
                continue;
            }
            if (folded.startsWith(key)) {
                starting.add(name);
            } else if (folded.contains(key)) {
                containing.add(name);
            }
        }
        starting.addAll(containing);
        return List.copyOf(starting.subList(0, Math.min(MAX_SUGGESTIONS, starting.size())));
    }
}
