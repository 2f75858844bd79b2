package org.pothos.persistence;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the library's schema up to date with the migrations shipped in {@value #LOCATION}. Flyway runs only when
 * there is something to do: a library whose applied versions are exactly the shipped ones opens with one query
 * instead of Flyway's start-up, class-path scan and validation. (Flyway still compares checksums whenever it
 * runs; the migration tests check them at build time.)
 */
final class SchemaMigrations {

    static final String LOCATION = "db/migration";
    private static final String HISTORY = "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL";

    private SchemaMigrations() {
    }

    /** @return whether Flyway ran (a new library, or one that missed migrations) */
    static boolean bringUpToDate(DataSource dataSource) {
        if (upToDate(dataSource)) {
            return false;
        }
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:" + LOCATION)
                .load()
                .migrate();
        return true;
    }

    /** Whether the applied versions are exactly the shipped ones, so that Flyway has nothing to do. */
    static boolean upToDate(DataSource dataSource) {
        Set<String> shipped = shippedVersions();
        return !shipped.isEmpty() && shipped.equals(appliedVersions(dataSource));
    }

    /** The versions the migration history records as applied; empty for a new library. */
    static Set<String> appliedVersions(DataSource dataSource) {
        Set<String> versions = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(HISTORY)) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        } catch (SQLException e) {
            return Set.of(); // no history table yet: a new library
        }
        return versions;
    }

    /**
     * The versions of the versioned migrations ({@code V<version>__<description>.sql}) on the class path, written as
     * Flyway records them; empty when there is anything else there (a repeatable migration, a Java one), which only
     * Flyway itself can judge.
     */
    static Set<String> shippedVersions() {
        URL folder = SchemaMigrations.class.getClassLoader().getResource(LOCATION);
        if (folder == null) {
            return Set.of();
        }
        Set<String> names = new HashSet<>();
        try {
            if (folder.openConnection() instanceof JarURLConnection jar) {
                jar.setUseCaches(false);
                try (JarFile file = jar.getJarFile()) {
                    Enumeration<JarEntry> entries = file.entries();
                    while (entries.hasMoreElements()) {
                        String name = entries.nextElement().getName();
                        if (name.startsWith(LOCATION + "/") && name.length() > LOCATION.length() + 1) {
                            names.add(name.substring(LOCATION.length() + 1));
                        }
                    }
                }
            } else {
                try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                    files.forEach(file -> names.add(file.getFileName().toString()));
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Set.of();
        }
        return versions(names);
    }

    static Set<String> versions(Set<String> fileNames) {
        Set<String> versions = new HashSet<>();
        for (String name : fileNames) {
            int separator = name.indexOf("__");
            if (!name.startsWith("V") || separator < 2 || !name.endsWith(".sql")) {
                return Set.of();
            }
            versions.add(name.substring(1, separator).replace('_', '.'));
        }
        return versions;
    }
}
