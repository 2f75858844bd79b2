package org.pothos.persistence;

import jakarta.persistence.Query;
import java.sql.Clob;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** Converts the values native SQL returns (which depend on the driver) to plain Java ones. */
final class NativeValues {

    private NativeValues() {
    }

    static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case Timestamp t -> t.toInstant();
            default -> throw new IllegalArgumentException("not a time: " + value.getClass());
        };
    }

    static String text(Object value) {
        try {
            return value instanceof Clob clob ? clob.getSubString(1, (int) clob.length()) : (String) value;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read a text column", e);
        }
    }

    /** The rows of a native query of several columns. */
    @SuppressWarnings("unchecked")
    static List<Object[]> rows(Query query) {
        return (List<Object[]>) query.getResultList();
    }

    /** The values of a native query of one column. */
    @SuppressWarnings("unchecked")
    static <T> List<T> column(Query query, Class<T> type) {
        return ((List<Object>) query.getResultList()).stream().map(type::cast).toList();
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
