package org.pothos.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The copy of the database file taken before migrations run. It exists only while a migration runs: found at a
 * start, it means the last migration did not finish (the process was killed), and it is put back so that the
 * migration runs again on the library as it was.
 */
final class MigrationSafety {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationSafety.class);
    private static final String DATABASE = ".mv.db";
    private static final String COPY = ".mv.db.before-migration";

    private MigrationSafety() {
    }

    /** Only an existing library with migrations to run needs a copy. */
    static boolean needsCopy(Path fileStem, Flyway flyway) {
        return Files.exists(database(fileStem)) && flyway.info().applied().length > 0 && flyway.info().pending().length > 0;
    }

    static void copyBefore(Path fileStem) {
        Path partial = sibling(fileStem, COPY + ".part");
        try {
            Files.copy(database(fileStem), partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, copy(fileStem), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the library before bringing it up to date: " + e.getMessage(), e);
        }
    }

    /** At the start: a copy left by a migration that did not finish is put back. */
    static void restoreUnfinished(Path fileStem) {
        if (Files.exists(copy(fileStem))) {
            LOG.warn("the last update of the library's schema did not finish; putting back the copy taken before it");
            restore(fileStem);
        }
    }

    static void restore(Path fileStem) {
        try {
            Files.move(copy(fileStem), database(fileStem), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put back the copy of the library taken before its update (" + copy(fileStem)
                    + "): " + e.getMessage(), e);
        }
    }

    static void discardCopy(Path fileStem) {
        try {
            Files.deleteIfExists(copy(fileStem));
        } catch (IOException e) {
            LOG.warn("cannot remove {}: {}", copy(fileStem), e.getMessage());
        }
    }

    static Path copy(Path fileStem) {
        return sibling(fileStem, COPY);
    }

    private static Path database(Path fileStem) {
        return sibling(fileStem, DATABASE);
    }

    private static Path sibling(Path fileStem, String suffix) {
        return fileStem.resolveSibling(fileStem.getFileName() + suffix);
    }
}
