package org.pothos.persistence;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pothos.vocabulary.VocabularyEntry;

/** Every label of a kind with its use: counts by source, last use, parent, aliases, and counts with the labels below. */
final class VocabularyReport {

    private VocabularyReport() {
    }

    static List<VocabularyEntry> entries(EntityManager em, LabelTable table) {
        List<Object[]> rows = NativeValues.rows(em.createNativeQuery("SELECT n.id, n.name, COUNT(l.media_id), MAX(l.added_at),"
                        + " COALESCE(SUM(CASE WHEN l.source = 'user' THEN 1 ELSE 0 END), 0),"
                        + " COALESCE(SUM(CASE WHEN l.source LIKE 'ai:%' THEN 1 ELSE 0 END), 0),"
                        + " COALESCE(SUM(CASE WHEN l.source LIKE 'file%' THEN 1 ELSE 0 END), 0)"
                        + " FROM " + table.labelTable + " n LEFT JOIN " + table.linkTable + " l ON l." + table.labelColumn
                        + " = n.id GROUP BY n.id, n.name, n.norm_name ORDER BY COUNT(l.media_id) DESC, n.norm_name"));
        Map<Long, String> names = new HashMap<>();
        rows.forEach(r -> names.put(NativeValues.number(r[0]), (String) r[1]));
        Map<Long, Long> parents = table == LabelTable.TAG ? TagHierarchy.parents(em) : Map.of();
        Map<Long, List<String>> aliases = aliases(em, table);
        List<VocabularyEntry> entries = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            long id = NativeValues.number(row[0]);
            long count = NativeValues.number(row[2]);
            boolean hasChildren = parents.containsValue(id);
            entries.add(new VocabularyEntry((String) row[1], names.get(parents.get(id)), count,
                    hasChildren ? totalCount(em, TagHierarchy.withDescendants(em, id)) : count,
                    NativeValues.instant(row[3]), NativeValues.number(row[4]), NativeValues.number(row[5]),
                    NativeValues.number(row[6]), aliases.getOrDefault(id, List.of())));
        }
        return entries;
    }

    private static Map<Long, List<String>> aliases(EntityManager em, LabelTable table) {
        Map<Long, List<String>> byLabel = new HashMap<>();
        NativeValues.rows(em.createNativeQuery("SELECT " + table.labelColumn + ", alias_name FROM " + table.aliasTable
                        + " ORDER BY alias_norm"))
                .forEach(r -> byLabel.computeIfAbsent(NativeValues.number(r[0]), k -> new ArrayList<>()).add((String) r[1]));
        return byLabel;
    }

    /** Pictures that carry any of the tags, each counted once. */
    private static long totalCount(EntityManager em, Set<Long> tagIds) {
        return em.createQuery("select count(distinct l.mediaId) from MediaTagEntity l where l.labelId in :ids", Long.class)
                .setParameter("ids", tagIds).getSingleResult();
    }
}
