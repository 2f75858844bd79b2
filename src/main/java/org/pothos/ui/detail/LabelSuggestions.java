package org.pothos.ui.detail;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.pothos.library.LabelCount;
import org.pothos.library.LabelNames;

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
