package org.pothos.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the application no longer checks at every start, checked here at build time: the entities match the schema
 * the migrations build (Hibernate's own validation, with the database's metadata), and a library whose migrations
 * are all applied opens without Flyway.
 */
class SchemaTest {

    @TempDir
    Path dir;

    @Test
    void theEntitiesMatchTheMigratedSchema() {
        try (HikariDataSource dataSource = dataSource()) {
            SchemaMigrations.bringUpToDate(dataSource);
            EntityManagerFactory factory = HibernateBoot.start(dataSource, "validate");
            factory.close();
        }
    }

    @Test
    void flywayRunsOnlyWhenAMigrationIsMissing() throws Exception {
        try (HikariDataSource dataSource = dataSource()) {
            assertTrue(SchemaMigrations.bringUpToDate(dataSource), "a new library is migrated");
            assertFalse(SchemaMigrations.bringUpToDate(dataSource), "an up-to-date library is not");
            assertEquals(SchemaMigrations.shippedVersions(), SchemaMigrations.appliedVersions(dataSource));

            try (var c = dataSource.getConnection(); var s = c.createStatement()) {
                s.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '2'");
            }
            assertFalse(SchemaMigrations.shippedVersions().equals(SchemaMigrations.appliedVersions(dataSource)));
        }
    }

    @Test
    void versionsAreReadFromTheMigrationNamesAsFlywayWritesThem() {
        assertEquals(Set.of("1", "2", "15.1"),
                SchemaMigrations.versions(Set.of("V1__library.sql", "V2__search_text.sql", "V15_1__more.sql")));
        assertTrue(SchemaMigrations.versions(Set.of("V1__library.sql", "R__view.sql")).isEmpty(),
                "anything but versioned SQL migrations is left to Flyway");
        assertTrue(SchemaMigrations.shippedVersions().contains("1"), SchemaMigrations.shippedVersions().toString());
    }

    private HikariDataSource dataSource() {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:h2:file:" + dir.resolve("schema") + ";DB_CLOSE_ON_EXIT=FALSE");
        dataSource.setUsername("pothos");
        dataSource.setPassword("");
        return dataSource;
    }
}
