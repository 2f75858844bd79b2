package org.pothos.persistence;

import jakarta.persistence.EntityManager;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the tag hierarchy ({@code tag.parent_id}) inside a unit of work. */
final class TagHierarchy {

    /** Deeper than any hierarchy a person builds; stops a walk should a loop ever be stored. */
    private static final int MAX_DEPTH = 64;

    private TagHierarchy() {
    }

    /** The tag and every tag below it, at any depth. */
    static Set<Long> withDescendants(EntityManager em, long tagId) {
        Set<Long> all = new LinkedHashSet<>();
        all.add(tagId);
        Deque<Long> frontier = new ArrayDeque<>(List.of(tagId));
        for (int depth = 0; !frontier.isEmpty() && depth < MAX_DEPTH; depth++) {
            List<Long> level = List.copyOf(frontier);
            frontier.clear();
            for (Long child : children(em, level)) {
                if (all.add(child)) {
                    frontier.add(child);
                }
            }
        }
        return all;
    }

    private static List<Long> children(EntityManager em, Collection<Long> parents) {
        return em.createQuery("select t.id from TagEntity t where t.parentId in :ids", Long.class)
                .setParameter("ids", parents).getResultList();
    }

    /** The tag's ancestors' ids, nearest first. */
    static List<Long> ancestors(EntityManager em, long tagId) {
        List<Long> up = new ArrayList<>();
        Long current = parentOf(em, tagId);
        while (current != null && up.size() < MAX_DEPTH && !up.contains(current)) {
            up.add(current);
            current = parentOf(em, current);
        }
        return up;
    }

    private static Long parentOf(EntityManager em, long tagId) {
        List<Long> parent = em.createQuery("select t.parentId from TagEntity t where t.id = :id", Long.class)
                .setParameter("id", tagId).getResultList();
        return parent.isEmpty() ? null : parent.get(0);
    }

    /** Every tag's parent, by id, for the tags that have one. */
    static Map<Long, Long> parents(EntityManager em) {
        Map<Long, Long> parents = new HashMap<>();
        em.createQuery("select t.id, t.parentId from TagEntity t where t.parentId is not null", Object[].class)
                .getResultList()
                .forEach(row -> parents.put((Long) row[0], (Long) row[1]));
        return parents;
    }
}
