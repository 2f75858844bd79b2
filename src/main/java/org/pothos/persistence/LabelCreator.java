package org.pothos.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pothos.library.LabelNames;

/**
 * Insert-or-get of a tag or category by its normalised name, committed at once in a transaction of its own
 * (see {@link Database#autonomous}). A result's transaction that meets a new label therefore never holds an
 * uncommitted insert of a unique name that another result's transaction would have to wait for, and two
 * results naming the same new label end with one label. A label whose result then fails to save stays, unused
 * (label lists count links, so it is not shown), and the next try uses it.
 */
final class LabelCreator {

    private static final int DUPLICATE_KEY = 23505;

    private final Database db;

    LabelCreator(Database db) {
        this.db = db;
    }

    /** The id of the label with this name's normalised form, creating it if there is none. */
    long insertOrGet(LabelTable table, String name) {
        return insertOrGet(table, List.of(name)).get(name);
    }

    /** Like {@link #insertOrGet(LabelTable, String)} for several names at once, in one transaction; ids by name. */
    Map<String, Long> insertOrGet(LabelTable table, List<String> names) {
        try {
            return db.autonomous(connection -> {
                Map<String, Long> ids = new HashMap<>();
                for (String name : names) {
                    ids.put(name, insertOrGet(connection, table, name));
                }
                return ids;
            });
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the " + table.labelTable + " " + names + ": " + e.getMessage(), e);
        }
    }

    private static long insertOrGet(Connection connection, LabelTable table, String name) throws SQLException {
        String norm = LabelNames.normalise(name);
        Long found = find(connection, table, norm);
        if (found != null) {
            return found;
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into " + table.labelTable
                + " (id, name, norm_name) values (next value for " + table.labelTable + "_seq, ?, ?)")) {
            insert.setString(1, name);
            insert.setString(2, norm);
            insert.executeUpdate();
        } catch (SQLException e) {
            // A person's edit created the same name in its own transaction a moment ago: use theirs.
            Long theirs = e.getErrorCode() == DUPLICATE_KEY ? find(connection, table, norm) : null;
            if (theirs == null) {
                throw e;
            }
            return theirs;
        }
        return find(connection, table, norm);
    }

    private static Long find(Connection connection, LabelTable table, String norm) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select id from " + table.labelTable
                + " where norm_name = ?")) {
            select.setString(1, norm);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : null;
            }
        }
    }
}
