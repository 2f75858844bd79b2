package org.pothos.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the library does after a process died with it open: the indexes are built again from the tables, the same
 * as before; a migration that did not finish, killed or failed, leaves the library as it was before it; and a new
 * library is there whole or not at all.
 */
class DatabaseRecoveryTest {

    @TempDir
    Path dataDir;

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve(Database.FILE_STEM)
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0", "pothos", "");
    }

    private List<String> schema() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = connect(); Statement sql = connection.createStatement();
             ResultSet result = sql.executeQuery("SELECT i.INDEX_NAME, i.TABLE_NAME, i.INDEX_TYPE_NAME, c.COLUMN_NAME,"
                     + " c.ORDERING_SPECIFICATION FROM INFORMATION_SCHEMA.INDEXES i JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c"
                     + " ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME WHERE i.INDEX_SCHEMA = 'PUBLIC'"
                     + " ORDER BY i.TABLE_NAME, i.INDEX_NAME, c.ORDINAL_POSITION")) {
            while (result.next()) {
                // A constraint's index is named by H2 with a running number, which a rebuilt constraint does not keep.
                String name = result.getString(1).replaceAll("_INDEX_\\w+$", "_INDEX");
                rows.add(result.getString(2) + "." + name + " " + result.getString(3) + " " + result.getString(4)
                        + " " + result.getString(5));
            }
        }
        return rows;
    }

    private static void execute(Connection connection, String statement) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    @Test
    void afterACrashTheIndexesAreBuiltAgainAsTheyWereAndStillHold() throws Exception {
        Database.open(dataDir).close();
        try (Connection connection = connect()) {
            execute(connection, "INSERT INTO tag (id, name, norm_name) VALUES (1, 'Boat', 'boat')");
        }
        List<String> before = schema();
        assertTrue(before.stream().anyMatch(r -> r.contains("IX_ANALYSIS_JOB_STATUS")), before.toString());

        Database.open(dataDir, true).close();

        assertEquals(before, schema());
        try (Connection connection = connect()) {
            SQLException duplicate = assertThrows(SQLException.class,
                    () -> execute(connection, "INSERT INTO tag (id, name, norm_name) VALUES (2, 'BOAT', 'boat')"));
            assertEquals(23505, duplicate.getErrorCode(), "the unique name still holds");
        }
    }

    @Test
    void aMigrationKilledHalfwayIsUndoneFromTheCopyAtTheNextStart() throws Exception {
        Database.open(dataDir).close();
        try (Connection connection = connect()) {
            execute(connection, "INSERT INTO tag (id, name, norm_name) VALUES (1, 'Boat', 'boat')");
        }
        Path database = dataDir.resolve(Database.FILE_STEM + ".mv.db");
        Path copy = MigrationSafety.copy(dataDir.toAbsolutePath().resolve(Database.FILE_STEM));
        Files.copy(database, copy);
        // What the kill left: some of the statements of a migration done, its record not written.
        try (Connection connection = connect()) {
            execute(connection, "ALTER TABLE endpoint DROP COLUMN is_local");
            execute(connection, "DELETE FROM tag");
        }

        try (Database reopened = Database.open(dataDir)) {
            assertEquals(1L, (long) reopened.call(em -> em.createQuery("select count(t) from TagEntity t", Long.class).getSingleResult()));
        }
        assertFalse(Files.exists(copy), "the copy is gone once the library is up to date");
    }

    @Test
    void aNewLibraryKilledWhileItsSchemaWasMadeIsMadeAgainFromNothing() throws Exception {
        // What a kill during the first start left: the draft with part of the schema, and no library.
        Path draft = dataDir.toAbsolutePath().resolve(Database.FILE_STEM + "-draft");
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + draft, "pothos", "")) {
            execute(connection, "CREATE TABLE tag_alias (id BIGINT)");
        }

        try (Database library = Database.open(dataDir)) {
            assertEquals(0L, (long) library.call(em -> em.createQuery("select count(t) from TagEntity t", Long.class)
                    .getSingleResult()));
        }
        assertFalse(Files.exists(dataDir.resolve(Database.FILE_STEM + "-draft.mv.db")), "the draft is gone");
        assertTrue(Files.exists(dataDir.resolve(Database.FILE_STEM + ".mv.db")));
    }

    @Test
    void aMigrationThatFailsLeavesTheLibraryAsItWasAndSaysSo() throws Exception {
        Database.open(dataDir).close();
        try (Connection connection = connect()) {
            execute(connection, "INSERT INTO tag (id, name, norm_name) VALUES (1, 'Boat', 'boat')");
            execute(connection, "INSERT INTO media_item (id, path, file_name, content_hash, size_bytes, file_modified_at, format,"
                    + " width, height, availability, imported_at, updated_at, thumbnail_state) VALUES (1, '/p/a.jpg', 'a.jpg', '"
                    + "a".repeat(64) + "', 1, CURRENT_TIMESTAMP, 'JPEG', 1, 1, 'PRESENT', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'PENDING')");
        }
        List<String> before = schema();

        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> Database.open(dataDir, false, List.of(Database.MIGRATIONS, "classpath:db/failing")));

        assertTrue(failure.getMessage().startsWith("the library could not be brought up to date, and was left as it was before"),
                failure.getMessage());
        assertEquals(before, schema());
        try (Database reopened = Database.open(dataDir)) {
            Map<String, Object> counts = reopened.call(em -> Map.of(
                    "tags", em.createQuery("select count(t) from TagEntity t", Long.class).getSingleResult(),
                    "items", em.createQuery("select count(m) from MediaItemEntity m", Long.class).getSingleResult()));
            assertEquals(Map.of("tags", 1L, "items", 1L), counts);
        }
    }
}
