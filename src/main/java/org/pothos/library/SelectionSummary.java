package org.pothos.library;

import java.util.List;
import java.util.Map;

/**
 * What many items have in common, for editing them together: how many there are, the rating they share (null
 * when they differ), how many are favourites, and for each label kind every label any of them carries with the
 * number of items that carry it (all of them: a shared label; fewer: a partial one), most carried first.
 */
public record SelectionSummary(int items, Integer rating, int favourites, Map<LabelKind, List<LabelCount>> labels) {

    public SelectionSummary {
        labels = Map.copyOf(labels);
    }

    public static SelectionSummary empty() {
        return new SelectionSummary(0, null, 0, Map.of());
    }

    /** The labels of one kind that at least one of the items carries. */
    public List<LabelCount> labels(LabelKind kind) {
        return labels.getOrDefault(kind, List.of());
    }
}
