package org.pothos.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Ids asked for with {@code IN (?, …)}, a bounded number per statement. */
final class InList {

    static final int CHUNK = 500;

    private InList() {
    }

    static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
        }
        return chunks;
    }

    /** {@code ?, ?, …}, one placeholder per id. */
    static String placeholders(List<Long> ids) {
        return String.join(", ", Collections.nCopies(ids.size(), "?"));
    }

    /** Binds the ids to the placeholders from {@code firstIndex} on. */
    static void bind(PreparedStatement statement, int firstIndex, List<Long> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            statement.setLong(firstIndex + i, ids.get(i));
        }
    }
}
