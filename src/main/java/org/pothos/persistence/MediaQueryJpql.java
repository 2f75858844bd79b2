package org.pothos.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pothos.library.LabelNames;
import org.pothos.library.MediaQuery;

/**
 * Translates a {@link MediaQuery} into JPQL over {@code MediaItemEntity m}. Each tag adds its own
 * {@code IN} subquery so that several tags combine with AND, each answered from the tag index.
 */
final class MediaQueryJpql {

    private final String where;
    private final String orderBy;
    private final Map<String, Object> parameters;

    private MediaQueryJpql(String where, String orderBy, Map<String, Object> parameters) {
        this.where = where;
        this.orderBy = orderBy;
        this.parameters = parameters;
    }

    static MediaQueryJpql of(MediaQuery query) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < query.tags().size(); i++) {
            conditions.add("m.id in (" + LabelTable.TAG.mediaIdsWithLabel("tag" + i) + ")");
            params.put("tag" + i, query.tags().get(i));
        }
        if (query.category() != null) {
            conditions.add("m.id in (" + LabelTable.CATEGORY.mediaIdsWithLabel("category") + ")");
            params.put("category", LabelNames.normalise(query.category()));
        }
        if (query.text() != null) {
            conditions.add("(lower(m.title) like :text escape '\\' or lower(m.description) like :text escape '\\'"
                    + " or lower(m.fileName) like :text escape '\\' or m.id in (select l.mediaId from MediaTagEntity l,"
                    + " TagEntity n where n.id = l.labelId and n.normName like :text escape '\\'))");
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
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        // Directions match the indexes of the migration; undated items come last (H2 sorts NULL low).
        String orderBy = switch (query.sort()) {
            case TAKEN -> " order by m.takenAt desc, m.id desc";
            case IMPORTED -> " order by m.importedAt desc, m.id desc";
            case NAME -> " order by m.fileName asc, m.id asc";
        };
        return new MediaQueryJpql(where, orderBy, params);
    }

    TypedQuery<MediaItemEntity> select(EntityManager em) {
        return bind(em.createQuery("select m from MediaItemEntity m" + where + orderBy, MediaItemEntity.class));
    }

    TypedQuery<Long> selectIds(EntityManager em) {
        return bind(em.createQuery("select m.id from MediaItemEntity m" + where + orderBy, Long.class));
    }

    TypedQuery<Long> count(EntityManager em) {
        return bind(em.createQuery("select count(m) from MediaItemEntity m" + where, Long.class));
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> q) {
        parameters.forEach(q::setParameter);
        return q;
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
