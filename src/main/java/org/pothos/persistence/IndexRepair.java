package org.pothos.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the library's secondary indexes and unique constraints after a process died with the database open.
 * H2 can write a chunk in the middle of a commit or rollback (see {@link Database}), and after a kill at that
 * moment an index may disagree with its table (a job RUNNING in the table, QUEUED in the status index): the table
 * is right, and an index built again from it is too. Primary and foreign keys are left alone.
 */
final class IndexRepair {

    private static final Logger LOG = LoggerFactory.getLogger(IndexRepair.class);

    private IndexRepair() {
    }

    /** Returns how many indexes and constraints were rebuilt. */
    static int rebuild(Connection connection) throws SQLException {
        Map<String, String> rebuilds = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (Index index : plainIndexes(statement)) {
                rebuilds.put("DROP INDEX " + quote(index.name()), "CREATE INDEX " + quote(index.name()) + " ON "
                        + quote(index.table()) + " (" + String.join(", ", index.columns()) + ")");
            }
            for (Index unique : uniqueConstraints(statement)) {
                String table = quote(unique.table());
                rebuilds.put("ALTER TABLE " + table + " DROP CONSTRAINT " + quote(unique.name()), "ALTER TABLE " + table
                        + " ADD CONSTRAINT " + quote(unique.name()) + " UNIQUE (" + String.join(", ", unique.columns()) + ")");
            }
            for (Map.Entry<String, String> rebuild : rebuilds.entrySet()) {
                statement.execute(rebuild.getKey());
                statement.execute(rebuild.getValue());
            }
        }
        LOG.info("rebuilt {} indexes after Pothos ended without closing the library", rebuilds.size());
        return rebuilds.size();
    }

    private record Index(String name, String table, List<String> columns) {
    }

    /** Indexes made by CREATE INDEX, with their columns in order and direction. */
    private static List<Index> plainIndexes(Statement statement) throws SQLException {
        List<Index> indexes = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT i.INDEX_NAME, i.TABLE_NAME, c.COLUMN_NAME, c.ORDERING_SPECIFICATION"
                + " FROM INFORMATION_SCHEMA.INDEXES i JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c"
                + " ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME"
                + " WHERE i.INDEX_SCHEMA = 'PUBLIC' AND i.INDEX_TYPE_NAME = 'INDEX' AND i.IS_GENERATED = FALSE"
                + " ORDER BY i.INDEX_NAME, c.ORDINAL_POSITION")) {
            collect(rows, indexes, true);
        }
        return indexes;
    }

    private static List<Index> uniqueConstraints(Statement statement) throws SQLException {
        List<Index> constraints = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT t.CONSTRAINT_NAME, t.TABLE_NAME, k.COLUMN_NAME"
                + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS t JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k"
                + " ON k.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = t.CONSTRAINT_NAME"
                + " WHERE t.CONSTRAINT_SCHEMA = 'PUBLIC' AND t.CONSTRAINT_TYPE = 'UNIQUE'"
                + " ORDER BY t.CONSTRAINT_NAME, k.ORDINAL_POSITION")) {
            collect(rows, constraints, false);
        }
        return constraints;
    }

    private static void collect(ResultSet rows, List<Index> into, boolean withOrder) throws SQLException {
        String name = null;
        String table = null;
        List<String> columns = new ArrayList<>();
        while (rows.next()) {
            if (!rows.getString(1).equals(name)) {
                if (name != null) {
                    into.add(new Index(name, table, columns));
                }
                name = rows.getString(1);
                table = rows.getString(2);
                columns = new ArrayList<>();
            }
            String order = withOrder && "DESC".equals(rows.getString(4)) ? " DESC" : "";
            columns.add(quote(rows.getString(3)) + order);
        }
        if (name != null) {
            into.add(new Index(name, table, columns));
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
