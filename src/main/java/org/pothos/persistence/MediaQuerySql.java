package org.pothos.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pothos.library.LabelNames;
import org.pothos.library.MediaQuery;
import org.pothos.library.SeekKey;

/**
 * Translates a {@link MediaQuery} into SQL over {@code media_item m}, read through plain JDBC: the grid's pages and
 * the command line's lists need neither entities nor Hibernate. Tags and the category must all be present: the
 * rarest of them picks the candidate items (a join answered from the label index), the others are checked per
 * candidate by key. Starting from a label on most of the library would make H2 read most of the library.
 */
final class MediaQuerySql {

    /** Counting a label's items stops at these: enough to find the rarest label without counting common ones. */
    private static final long FIRST_RARITY_CAP = 1_000;
    private static final long LAST_RARITY_CAP = 100_000;

    /** One condition and the values of its {@code ?} placeholders, in order. */
    private record Condition(String sql, List<Object> values) {
        Condition(String sql, Object... values) {
            this(sql, List.of(values));
        }
    }

    private final MediaQuery query;
    /** The items, joined to the links of the rarest filter label when there is one. */
    private final String from;
    private final List<Condition> conditions;

    private MediaQuerySql(MediaQuery query, String from, List<Condition> conditions) {
        this.query = query;
        this.from = from;
        this.conditions = conditions;
    }

    /** The query's SQL; label conditions are ordered by how many items carry each label (read on {@code c}). */
    static MediaQuerySql of(MediaQuery query, Connection c) throws SQLException {
        List<Condition> conditions = new ArrayList<>();
        String from = " FROM media_item m" + addLabelConditions(query, c, conditions);
        if (query.text() != null) {
            conditions.add(new Condition("m.search_text LIKE ? ESCAPE '\\'", "%" + escapeLike(query.foldedText()) + "%"));
        }
        if (query.analysed() != null) {
            conditions.add(new Condition(query.analysed() ? "m.analysed_at IS NOT NULL" : "m.analysed_at IS NULL"));
        }
        if (query.minRating() != null) {
            conditions.add(new Condition("m.rating >= ?", query.minRating()));
        }
        if (query.favourite() != null) {
            conditions.add(new Condition("m.favourite = ?", query.favourite()));
        }
        if (query.availability() != null) {
            conditions.add(new Condition("m.availability = ?", query.availability().name()));
        }
        if (query.analysisFailed() != null) {
            String failed = "EXISTS (SELECT 1 FROM analysis_job j WHERE j.media_id = m.id AND j.status = 'FAILED')";
            conditions.add(new Condition(query.analysisFailed() ? "m.analysed_at IS NULL AND " + failed : "NOT " + failed));
        }
        return new MediaQuerySql(query, from, conditions);
    }

    private record LabelFilter(LabelTable table, String name) {
    }

    /** Adds the tag and category conditions; returns the join that drives from the rarest label, or "". */
    private static String addLabelConditions(MediaQuery query, Connection c, List<Condition> conditions) throws SQLException {
        List<LabelFilter> labels = new ArrayList<>();
        query.tags().forEach(tag -> labels.add(new LabelFilter(LabelTable.TAG, tag)));
        if (query.category() != null) {
            labels.add(new LabelFilter(LabelTable.CATEGORY, LabelNames.normalise(query.category())));
        }
        // Labels are looked up by name once, so the conditions below are plain index lookups by id. A tag stands
        // for itself and every tag below it in the hierarchy.
        Map<LabelFilter, List<Long>> ids = new HashMap<>();
        for (LabelFilter label : labels) {
            ids.put(label, labelIds(c, label));
        }
        if (labels.size() > 1) {
            Map<LabelFilter, Long> counts = rarity(c, labels, ids);
            labels.sort(Comparator.comparing(counts::get));
        }
        // A join, not an IN subquery: H2 would first gather the subquery's ids into a sorted set. Only a label
        // without children drives: joining a family of tags would list a picture once per tag of it.
        boolean join = !labels.isEmpty() && ids.get(labels.get(0)).size() == 1;
        for (int i = 0; i < labels.size(); i++) {
            LabelFilter label = labels.get(i);
            List<Long> family = ids.get(label);
            String column = label.table().labelColumn;
            if (i == 0 && join) {
                conditions.add(new Condition("d." + column + " = ?", family.get(0)));
            } else {
                conditions.add(new Condition("EXISTS (SELECT 1 FROM " + label.table().linkTable + " l WHERE l.media_id = m.id"
                        + " AND l." + column + (family.size() == 1 ? " = ?" : " IN (" + InList.placeholders(family) + ")") + ")",
                        family.toArray()));
            }
        }
        return join ? " JOIN " + labels.get(0).table().linkTable + " d ON d.media_id = m.id" : "";
    }

    /**
     * The label's id and, for a tag, the ids of the tags below it; one id no label has when no label has that
     * name (the query then matches nothing).
     */
    private static List<Long> labelIds(Connection c, LabelFilter label) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM " + label.table().labelTable + " WHERE norm_name = ?")) {
            s.setString(1, label.name());
            try (ResultSet row = s.executeQuery()) {
                if (!row.next()) {
                    return List.of(-1L);
                }
                long id = row.getLong(1);
                return label.table() == LabelTable.TAG ? List.copyOf(TagHierarchy.withDescendants(c, id)) : List.of(id);
            }
        }
    }

    /**
     * How many items carry each label, counted only as far as needed to know the rarest: up to a small
     * cap first, and a ten times larger one while every label reaches it (a count that stays under the
     * cap is exact, and then smaller than every capped one).
     */
    private static Map<LabelFilter, Long> rarity(Connection c, List<LabelFilter> labels, Map<LabelFilter, List<Long>> ids)
            throws SQLException {
        Map<LabelFilter, Long> counts = new HashMap<>();
        for (long cap = FIRST_RARITY_CAP; ; cap *= 10) {
            long rarest = cap;
            for (LabelFilter label : labels) {
                long count = cappedCount(c, label.table(), ids.get(label), rarest);
                counts.put(label, count);
                rarest = Math.min(rarest, count);
            }
            if (rarest < cap || cap >= LAST_RARITY_CAP) {
                return counts;
            }
        }
    }

    private static long cappedCount(Connection c, LabelTable table, List<Long> labelIds, long cap) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM (SELECT 1 FROM " + table.linkTable + " WHERE "
                + table.labelColumn + " IN (" + InList.placeholders(labelIds) + ") FETCH FIRST " + cap + " ROWS ONLY)")) {
            InList.bind(s, 1, labelIds);
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /**
     * The queries that together give the items after {@code after} in this order, to be read one after
     * the other (seek paging: each page costs the same wherever it is). Undated items follow the dated
     * ones when sorting by date taken, and need their own query to keep to the index.
     */
    List<MediaQuerySql> after(SeekKey after) {
        if (after == null) {
            return List.of(this);
        }
        return switch (query.sort()) {
            case TAKEN -> after.takenAt() == null
                    ? List.of(with(new Condition("m.taken_at IS NULL AND m.id < ?", after.id())))
                    : List.of(with(new Condition("m.taken_at <= ? AND (m.taken_at < ? OR m.id < ?)",
                                    after.takenAt(), after.takenAt(), after.id())),
                            with(new Condition("m.taken_at IS NULL")));
            case IMPORTED -> List.of(with(new Condition("m.imported_at <= ? AND (m.imported_at < ? OR m.id < ?)",
                    utc(after.importedAt()), utc(after.importedAt()), after.id())));
            case NAME -> List.of(with(new Condition("m.file_name >= ? AND (m.file_name > ? OR m.id > ?)",
                    after.fileName(), after.fileName(), after.id())));
        };
    }

    /** The same conditions, only among the items with these ids (for hits of the search index). */
    MediaQuerySql among(List<Long> ids) {
        return with(new Condition("m.id IN (" + InList.placeholders(ids) + ")", ids.toArray()));
    }

    private MediaQuerySql with(Condition condition) {
        List<Condition> more = new ArrayList<>(conditions);
        more.add(condition);
        return new MediaQuerySql(query, from, more);
    }

    /** A statement selecting {@code columns} (of {@code m}) in the query's order, at most {@code limit} rows from {@code offset}. */
    PreparedStatement select(Connection c, String columns, int offset, int limit) throws SQLException {
        return bind(c.prepareStatement("SELECT " + columns + from + where() + orderBy() + " OFFSET " + Math.max(0, offset)
                + " ROWS FETCH NEXT " + limit + " ROWS ONLY"));
    }

    PreparedStatement selectIds(Connection c) throws SQLException {
        return bind(c.prepareStatement("SELECT m.id" + from + where() + orderBy()));
    }

    PreparedStatement count(Connection c) throws SQLException {
        return bind(c.prepareStatement("SELECT COUNT(*)" + from + where()));
    }

    private String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions.stream().map(Condition::sql).toList());
    }

    private String orderBy() {
        // Directions match the indexes of the migration; undated items come last (H2 sorts NULL low).
        return switch (query.sort()) {
            case TAKEN -> " ORDER BY m.taken_at DESC, m.id DESC";
            case IMPORTED -> " ORDER BY m.imported_at DESC, m.id DESC";
            case NAME -> " ORDER BY m.file_name ASC, m.id ASC";
        };
    }

    private PreparedStatement bind(PreparedStatement statement) throws SQLException {
        int index = 1;
        for (Condition condition : conditions) {
            for (Object value : condition.values()) {
                statement.setObject(index++, value);
            }
        }
        return statement;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
