package org.pothos.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.analysis.AnalysisJob;
import org.pothos.analysis.JobStatus;
import org.pothos.app.AppContext;
import org.pothos.library.MediaItem;
import org.pothos.persistence.Database;

/**
 * A library created by the previous schema version, with data in it, opens with the current code:
 * the pending migrations run, Hibernate's validation passes and the data is all there. The old
 * database is built with Flyway stopped at that version ({@code target}) and filled with plain SQL,
 * as the Pothos of that version would have left it. While only one version exists it is the current
 * one, and the test checks that an existing library opens without changes.
 */
class MigrationTest {

    /** Analysis options as version 1 stored them. */
    private static final String OPTIONS_V1 = "{\"customPrompt\":\"\",\"fields\":[\"CATEGORIES\",\"DESCRIPTION\",\"TAGS\",\"TITLE\"],"
            + "\"jpegQuality\":0.85,\"language\":\"en\",\"limits\":{\"maxTitleLength\":80,\"maxDescriptionLength\":1000,"
            + "\"maxTags\":10,\"maxCategories\":3},\"maxEdge\":1024,\"overwrite\":false,\"perField\":false,\"promptMode\":\"EXTEND\"}";

    @TempDir
    Path dataDir;

    @Test
    void aLibraryOfThePreviousSchemaVersionOpensWithItsDataIntact() throws Exception {
        MigrationVersion previous = previousVersion();
        try (HikariDataSource old = dataSource()) {
            Flyway.configure().dataSource(old).locations("classpath:db/migration").target(previous).load().migrate();
            try (Connection connection = old.getConnection(); Statement sql = connection.createStatement()) {
                sql.execute("INSERT INTO media_item (id, path, file_name, content_hash, size_bytes, file_modified_at, format,"
                        + " width, height, title, title_source, rating, favourite, availability, imported_at, updated_at,"
                        + " analysed_at, thumbnail_state) VALUES (1, '/photos/harbour.jpg', 'harbour.jpg', '"
                        + "a".repeat(64) + "', 12345, TIMESTAMP WITH TIME ZONE '2024-05-01 10:00:00+00', 'JPEG', 640, 480,"
                        + " 'Harbour at dusk', 'user', 4, TRUE, 'PRESENT', TIMESTAMP WITH TIME ZONE '2024-05-02 10:00:00+00',"
                        + " TIMESTAMP WITH TIME ZONE '2024-05-02 10:00:00+00', TIMESTAMP WITH TIME ZONE '2024-05-03 10:00:00+00', 'READY')");
                sql.execute("INSERT INTO tag (id, name, norm_name) VALUES (1, 'Boats', 'boat')");
                sql.execute("INSERT INTO media_tag (media_id, tag_id, source, added_at) VALUES (1, 1, 'ai:llava:7b',"
                        + " TIMESTAMP WITH TIME ZONE '2024-05-02 10:00:00+00')");
                sql.execute("INSERT INTO endpoint (id, name, url, is_default) VALUES (1, 'Home', 'http://127.0.0.1:11434', TRUE)");
                sql.execute("INSERT INTO analysis_job (id, media_id, endpoint_id, model, options_json, options_key, status,"
                        + " attempts, created_at, started_at, finished_at, duration_ms, batch_id) VALUES (1, 1, 1, 'llava:7b',"
                        + " '" + OPTIONS_V1 + "', '" + "b".repeat(64) + "', 'SUCCEEDED', 1, TIMESTAMP WITH TIME ZONE '2024-05-03 09:59:00+00',"
                        + " TIMESTAMP WITH TIME ZONE '2024-05-03 09:59:30+00', TIMESTAMP WITH TIME ZONE '2024-05-03 10:00:00+00',"
                        + " 30000, 'old')");
                sql.execute("INSERT INTO analysis_job (id, media_id, model, options_json, options_key, status, attempts,"
                        + " created_at) VALUES (2, 1, 'llava:7b', '" + OPTIONS_V1 + "', '" + "c".repeat(64) + "', 'QUEUED', 0,"
                        + " TIMESTAMP WITH TIME ZONE '2024-05-04 10:00:00+00')");
            }
        }

        try (AppContext library = AppContext.open(dataDir, "http://127.0.0.1:9")) {
            MediaItem item = library.mediaStore().findById(1).orElseThrow();
            assertEquals("Harbour at dusk", item.title());
            assertEquals(4, item.rating());
            assertTrue(item.favourite());
            assertEquals(List.of("Boats"), item.tags().stream().map(t -> t.name()).toList());
            AnalysisJob done = library.jobStore().find(1).orElseThrow();
            assertEquals(JobStatus.SUCCEEDED, done.status());
            assertEquals(30000L, done.durationMs());
            assertEquals(List.of(2L), library.queuedAtOpen(), "a job queued before the upgrade still waits");
            assertEquals("http://127.0.0.1:11434", library.endpointService().list().get(0).url());
        }
        try (HikariDataSource upgraded = dataSource()) {
            MigrationInfo current = Flyway.configure().dataSource(upgraded).locations("classpath:db/migration").load()
                    .info().current();
            assertEquals(latestVersion(), current.getVersion(), "every migration ran");
        }
    }

    private HikariDataSource dataSource() {
        HikariDataSource source = new HikariDataSource();
        source.setJdbcUrl("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve(Database.FILE_STEM) + ";DB_CLOSE_ON_EXIT=FALSE");
        source.setUsername("pothos");
        source.setPassword("");
        return source;
    }

    private static List<MigrationVersion> versions() {
        try (HikariDataSource empty = new HikariDataSource()) {
            empty.setJdbcUrl("jdbc:h2:mem:versions");
            return Arrays.stream(Flyway.configure().dataSource(empty).locations("classpath:db/migration").load().info().all())
                    .map(MigrationInfo::getVersion).sorted(Comparator.naturalOrder()).toList();
        }
    }

    private static MigrationVersion latestVersion() {
        List<MigrationVersion> all = versions();
        return all.get(all.size() - 1);
    }

    /** The version before the newest, or the only one while there is just one. */
    private static MigrationVersion previousVersion() {
        List<MigrationVersion> all = versions();
        return all.get(Math.max(0, all.size() - 2));
    }
}
