package org.pothos.persistence;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pothos.library.LabelNames;
import org.pothos.library.VocabularyMode;

/**
 * Maps a model's label names onto the person's vocabulary before anything is stored: an alias first (so a
 * merged, renamed or aliased name never comes back), then an existing label by its folded or singular/plural
 * form. A strict vocabulary then tries the nearest known name (the same letters and digits, punctuation and
 * spaces aside) and drops what it still does not know.
 */
final class LabelResolver {

    /** The names to store, each once, and the names a strict vocabulary dropped. */
    record Resolution(List<String> names, List<String> dropped) {
    }

    private LabelResolver() {
    }

    static Resolution resolve(EntityManager em, LabelTable table, Collection<String> raw, VocabularyMode mode) {
        Map<String, String> byNorm = new LinkedHashMap<>();
        List<String> dropped = new ArrayList<>();
        // The aliases are few (a person's, and the names they renamed or merged): read them once, not per label.
        Map<String, String> aliases = raw.isEmpty() ? Map.of() : aliases(em, table);
        Map<String, String> known = null;
        for (String candidate : raw) {
            String name = LabelNames.clean(candidate);
            if (name.isEmpty()) {
                continue;
            }
            String resolved = LabelNames.matchKeys(name).stream().map(aliases::get).filter(java.util.Objects::nonNull)
                    .findFirst().orElse(null);
            if (resolved == null) {
                LabelEntity existing = LabelWriter.findMatching(em, table, name);
                resolved = existing == null ? null : existing.name;
            }
            if (resolved == null && mode == VocabularyMode.STRICT) {
                if (known == null) {
                    known = compactNames(em, table);
                }
                resolved = nearest(known, name);
                if (resolved == null) {
                    dropped.add(name);
                    continue;
                }
            }
            String stored = resolved == null ? name : resolved;
            byNorm.putIfAbsent(LabelNames.normalise(stored), stored);
        }
        return new Resolution(List.copyOf(byNorm.values()), dropped);
    }

    /** The label an alias of {@code name} (in any of its singular/plural forms) stands for, or null. */
    static String aliasTarget(EntityManager em, LabelTable table, String name) {
        for (String key : LabelNames.matchKeys(name)) {
            List<?> found = em.createNativeQuery("SELECT n.name FROM " + table.aliasTable + " a JOIN " + table.labelTable
                            + " n ON n.id = a." + table.labelColumn + " WHERE a.alias_norm = :key", String.class)
                    .setParameter("key", key)
                    .getResultList();
            if (!found.isEmpty()) {
                return (String) found.get(0);
            }
        }
        return null;
    }

    /** Every alias of the kind by its folded name, with the name of the label it stands for. */
    private static Map<String, String> aliases(EntityManager em, LabelTable table) {
        Map<String, String> byNorm = new HashMap<>();
        NativeValues.rows(em.createNativeQuery("SELECT a.alias_norm, n.name FROM " + table.aliasTable + " a JOIN "
                        + table.labelTable + " n ON n.id = a." + table.labelColumn))
                .forEach(row -> byNorm.put((String) row[0], (String) row[1]));
        return byNorm;
    }

    private static String nearest(Map<String, String> known, String name) {
        for (String key : LabelNames.matchKeys(name)) {
            String match = known.get(compact(key));
            if (match != null) {
                return match;
            }
        }
        return null;
    }

    /** Every label by its compact key; read once per answer, and only in strict mode. */
    private static Map<String, String> compactNames(EntityManager em, LabelTable table) {
        Map<String, String> byKey = new HashMap<>();
        em.createQuery("select n.name from " + table.labelEntity + " n order by n.id", String.class)
                .getResultList()
                .forEach(name -> byKey.putIfAbsent(compact(LabelNames.normalise(name)), name));
        return byKey;
    }

    /** Letters and digits of a folded name: "Sun-set", "sun set" and "sunset" meet here. */
    static String compact(String folded) {
        return folded.replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
