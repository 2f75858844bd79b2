package org.pothos.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.jpa.HibernateHints;
import org.pothos.library.LabelNames;
import org.pothos.library.MediaItem;
import org.pothos.library.MediaQuery;

/**
 * Translates a {@link MediaQuery} into JPQL over {@code MediaItemEntity m}. Tags and the category must
 * all be present: the rarest of them picks the candidate items (a join answered from the label index),
 * the others are checked per candidate by key. Starting from a label on most of the library would make
 * H2 read most of the library.
 */
final class MediaQueryJpql {

    /** Counting a label's items stops at these: enough to find the rarest label without counting common ones. */
    private static final long FIRST_RARITY_CAP = 1_000;
    private static final long LAST_RARITY_CAP = 100_000;

    private final MediaQuery query;
    /** The items, joined to the links of the rarest filter label when there is one. */
    private final String from;
    private final List<String> conditions;
    private final Map<String, Object> parameters;

    private MediaQueryJpql(MediaQuery query, String from, List<String> conditions, Map<String, Object> parameters) {
        this.query = query;
        this.from = from;
        this.conditions = conditions;
        this.parameters = parameters;
    }

    /** The query's JPQL; label conditions are ordered by how many items carry each label (read from {@code em}). */
    static MediaQueryJpql of(MediaQuery query, EntityManager em) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        String from = " from MediaItemEntity m" + addLabelConditions(query, em, conditions, params);
        if (query.text() != null) {
            conditions.add("m.searchText like :text escape '\\'");
            params.put("text", "%" + escapeLike(query.foldedText()) + "%");
        }
        if (query.analysed() != null) {
            conditions.add(query.analysed() ? "m.analysedAt is not null" : "m.analysedAt is null");
        }
        if (query.minRating() != null) {
            conditions.add("m.rating >= :minRating");
            params.put("minRating", query.minRating());
        }
        if (query.favourite() != null) {
            conditions.add("m.favourite = :favourite");
            params.put("favourite", query.favourite());
        }
        if (query.availability() != null) {
            conditions.add("m.availability = :availability");
            params.put("availability", query.availability().name());
        }
        if (query.analysisFailed() != null) {
            String failed = "exists (select j.id from AnalysisJobEntity j where j.mediaId = m.id and j.status = 'FAILED')";
            conditions.add(query.analysisFailed() ? "m.analysedAt is null and " + failed : "not " + failed);
        }
        return new MediaQueryJpql(query, from, conditions, params);
    }

    private record LabelFilter(LabelTable table, String name, String param) {
    }

    /** Adds the tag and category conditions; returns the join that drives from the rarest label, or "". */
    private static String addLabelConditions(MediaQuery query, EntityManager em, List<String> conditions,
                                             Map<String, Object> params) {
        List<LabelFilter> labels = new ArrayList<>();
        for (int i = 0; i < query.tags().size(); i++) {
            labels.add(new LabelFilter(LabelTable.TAG, query.tags().get(i), "tag" + i));
        }
        if (query.category() != null) {
            labels.add(new LabelFilter(LabelTable.CATEGORY, LabelNames.normalise(query.category()), "category"));
        }
        // Labels are looked up by name once, so the conditions below are plain index lookups by id. A tag stands
        // for itself and every tag below it in the hierarchy.
        Map<LabelFilter, List<Long>> ids = new HashMap<>();
        labels.forEach(l -> ids.put(l, labelIds(em, l)));
        if (labels.size() > 1) {
            Map<LabelFilter, Long> counts = rarity(em, labels, ids);
            labels.sort(Comparator.comparing(counts::get));
        }
        // A join, not an IN subquery: H2 would first gather the subquery's ids into a sorted set. Only a label
        // without children drives: joining a family of tags would list a picture once per tag of it.
        boolean join = !labels.isEmpty() && ids.get(labels.get(0)).size() == 1;
        for (int i = 0; i < labels.size(); i++) {
            LabelFilter label = labels.get(i);
            List<Long> family = ids.get(label);
            if (i == 0 && join) {
                conditions.add("d.labelId = :" + label.param());
                params.put(label.param(), family.get(0));
            } else if (family.size() == 1) {
                conditions.add("exists (" + label.table().linkOfItem("m.id", label.param()) + ")");
                params.put(label.param(), family.get(0));
            } else {
                conditions.add("exists (" + label.table().linkOfItemToAny("m.id", label.param()) + ")");
                params.put(label.param(), family);
            }
        }
        return join ? " join " + labels.get(0).table().linkEntity + " d on d.mediaId = m.id" : "";
    }

    /**
     * The label's id and, for a tag, the ids of the tags below it; one id no label has when no label has that
     * name (the query then matches nothing).
     */
    private static List<Long> labelIds(EntityManager em, LabelFilter label) {
        Long id = em.createQuery("select n.id from " + label.table().labelEntity + " n where n.normName = :name", Long.class)
                .setParameter("name", label.name())
                .getResultStream().findFirst().orElse(null);
        if (id == null) {
            return List.of(-1L);
        }
        return label.table() == LabelTable.TAG ? List.copyOf(TagHierarchy.withDescendants(em, id)) : List.of(id);
    }

    /**
     * How many items carry each label, counted only as far as needed to know the rarest: up to a small
     * cap first, and a ten times larger one while every label reaches it (a count that stays under the
     * cap is exact, and then smaller than every capped one).
     */
    private static Map<LabelFilter, Long> rarity(EntityManager em, List<LabelFilter> labels, Map<LabelFilter, List<Long>> ids) {
        Map<LabelFilter, Long> counts = new HashMap<>();
        for (long cap = FIRST_RARITY_CAP; ; cap *= 10) {
            long rarest = cap;
            for (LabelFilter label : labels) {
                long count = cappedCount(em, label.table(), ids.get(label), rarest);
                counts.put(label, count);
                rarest = Math.min(rarest, count);
            }
            if (rarest < cap || cap >= LAST_RARITY_CAP) {
                return counts;
            }
        }
    }

    private static long cappedCount(EntityManager em, LabelTable table, List<Long> labelIds, long cap) {
        Object count = em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM " + table.linkTable + " WHERE "
                        + table.labelColumn + " IN (:ids) FETCH FIRST " + cap + " ROWS ONLY)")
                .setParameter("ids", labelIds)
                .getSingleResult();
        return ((Number) count).longValue();
    }

    /**
     * The queries that together give the items after {@code after} in this order, to be read one after
     * the other (seek paging: each page costs the same wherever it is). Undated items follow the dated
     * ones when sorting by date taken, and need their own query to keep to the index.
     */
    List<MediaQueryJpql> after(MediaItem after) {
        if (after == null) {
            return List.of(this);
        }
        return switch (query.sort()) {
            case TAKEN -> after.takenAt() == null
                    ? List.of(with("m.takenAt is null and m.id < :afterId", null, after.id()))
                    : List.of(with("m.takenAt <= :afterKey and (m.takenAt < :afterKey or m.id < :afterId)",
                                    after.takenAt(), after.id()),
                            with("m.takenAt is null", null, null));
            case IMPORTED -> List.of(with("m.importedAt <= :afterKey and (m.importedAt < :afterKey or m.id < :afterId)",
                    after.importedAt(), after.id()));
            case NAME -> List.of(with("m.fileName >= :afterKey and (m.fileName > :afterKey or m.id > :afterId)",
                    after.fileName(), after.id()));
        };
    }

    /** The same conditions, only among the items with these ids. */
    MediaQueryJpql among(List<Long> ids) {
        List<String> more = new ArrayList<>(conditions);
        more.add("m.id in :among");
        Map<String, Object> params = new HashMap<>(parameters);
        params.put("among", ids);
        return new MediaQueryJpql(query, from, more, params);
    }

    private MediaQueryJpql with(String condition, Object key, Long id) {
        List<String> more = new ArrayList<>(conditions);
        more.add(condition);
        Map<String, Object> params = new HashMap<>(parameters);
        if (key != null) {
            params.put("afterKey", key);
        }
        if (id != null) {
            params.put("afterId", id);
        }
        return new MediaQueryJpql(query, from, more, params);
    }

    /** Rows for display only: read-only, so the unit of work neither copies them nor checks them at commit. */
    TypedQuery<MediaItemEntity> select(EntityManager em) {
        return bind(em.createQuery("select m" + from + where() + orderBy(), MediaItemEntity.class))
                .setHint(HibernateHints.HINT_READ_ONLY, true);
    }

    TypedQuery<Long> selectIds(EntityManager em) {
        return bind(em.createQuery("select m.id" + from + where() + orderBy(), Long.class));
    }

    TypedQuery<Long> count(EntityManager em) {
        return bind(em.createQuery("select count(m)" + from + where(), Long.class));
    }

    private String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private String orderBy() {
        // Directions match the indexes of the migration; undated items come last (H2 sorts NULL low).
        return switch (query.sort()) {
            case TAKEN -> " order by m.takenAt desc, m.id desc";
            case IMPORTED -> " order by m.importedAt desc, m.id desc";
            case NAME -> " order by m.fileName asc, m.id asc";
        };
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> q) {
        parameters.forEach(q::setParameter);
        return q;
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
