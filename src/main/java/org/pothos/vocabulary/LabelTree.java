package org.pothos.vocabulary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pothos.library.LabelNames;

/** The vocabulary as a tree: each label under its parent, the most used first at every level. */
public final class LabelTree {

    /** A label with the labels below it. */
    public record Node(VocabularyEntry entry, List<Node> children) {

        public Node {
            children = List.copyOf(children);
        }
    }

    private LabelTree() {
    }

    /** The top-level nodes. A label whose parent is not among the entries is shown at the top. */
    public static List<Node> build(List<VocabularyEntry> entries) {
        Map<String, VocabularyEntry> byNorm = new HashMap<>();
        entries.forEach(e -> byNorm.put(LabelNames.normalise(e.name()), e));
        Map<String, List<VocabularyEntry>> children = new HashMap<>();
        List<VocabularyEntry> roots = new ArrayList<>();
        for (VocabularyEntry entry : entries) {
            String parent = entry.parent() == null ? null : LabelNames.normalise(entry.parent());
            if (parent == null || !byNorm.containsKey(parent)) {
                roots.add(entry);
            } else {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(entry);
            }
        }
        return nodes(roots, children, new HashSet<>());
    }

    private static List<Node> nodes(List<VocabularyEntry> level, Map<String, List<VocabularyEntry>> children,
                                    Set<String> seen) {
        return level.stream()
                .sorted(Comparator.comparingLong(VocabularyEntry::totalCount).reversed()
                        .thenComparing(e -> LabelNames.normalise(e.name())))
                .filter(e -> seen.add(LabelNames.normalise(e.name())))
                .map(e -> new Node(e, nodes(children.getOrDefault(LabelNames.normalise(e.name()), List.of()), children, seen)))
                .toList();
    }
}
