package org.pothos.persistence;

import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.pothos.library.LabelCount;
import org.pothos.library.LabelKind;
import org.pothos.library.LabelNames;
import org.pothos.library.SelectionSummary;

/**
 * Sums up what many items share inside one unit of work, a chunk of ids per query: a selection of ten thousand
 * pictures is a few grouped queries, never one row per item in memory.
 */
final class SelectionSummaries {

    static final int CHUNK = 1000;

    private SelectionSummaries() {
    }

    static SelectionSummary summarize(EntityManager em, List<Long> ids) {
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(ids));
        int items = 0;
        int favourites = 0;
        Map<Integer, Integer> ratings = new HashMap<>();
        Map<LabelKind, Map<String, Long>> labels = new EnumMap<>(LabelKind.class);
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            List<Long> chunk = distinct.subList(from, Math.min(distinct.size(), from + CHUNK));
            for (Object[] row : em.createQuery("select m.rating, m.favourite, count(m) from MediaItemEntity m where m.id in :ids"
                    + " group by m.rating, m.favourite", Object[].class).setParameter("ids", chunk).getResultList()) {
                int count = ((Number) row[2]).intValue();
                items += count;
                favourites += Boolean.TRUE.equals(row[1]) ? count : 0;
                ratings.merge(((Number) row[0]).intValue(), count, Integer::sum);
            }
            for (LabelKind kind : LabelKind.values()) {
                LabelTable table = LabelTable.of(kind);
                Map<String, Long> counts = labels.computeIfAbsent(kind, k -> new HashMap<>());
                em.createQuery("select n.name, count(l.mediaId) from " + table.labelEntity + " n, " + table.linkEntity
                                + " l where l.labelId = n.id and l.mediaId in :ids group by n.id, n.name", Object[].class)
                        .setParameter("ids", chunk)
                        .getResultList()
                        .forEach(row -> counts.merge((String) row[0], (Long) row[1], Long::sum));
            }
        }
        Map<LabelKind, List<LabelCount>> sorted = new EnumMap<>(LabelKind.class);
        labels.forEach((kind, counts) -> sorted.put(kind, counts.entrySet().stream()
                .map(e -> new LabelCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(LabelCount::count).reversed()
                        .thenComparing(count -> LabelNames.normalise(count.name())))
                .toList()));
        Integer shared = ratings.size() == 1 ? ratings.keySet().iterator().next() : null;
        return new SelectionSummary(items, shared, favourites, sorted);
    }
}
