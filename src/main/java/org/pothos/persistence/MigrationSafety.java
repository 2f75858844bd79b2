package org.pothos.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a kill during a schema change from leaving a half-changed library (H2 commits DDL statement by statement).
 * An existing library is copied before migrations run; the copy exists only while they run: found at a start, it
 * means the last migration did not finish, and it is put back so that the migration runs again on the library as it
 * was. A new library is made under a draft name and moved into place once its schema is complete; a draft found at a
 * start was left by a kill, and is deleted.
 */
final class MigrationSafety {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationSafety.class);
    private static final String DATABASE = ".mv.db";
    private static final String COPY = ".mv.db.before-migration";
    private static final String DRAFT = "-draft";

    private MigrationSafety() {
    }

    static boolean isMissing(Path fileStem) {
        return !Files.exists(database(fileStem));
    }

    /** The file stem under which a new library is made; any draft a kill left there is deleted first. */
    static Path freshDraft(Path fileStem) {
        Path draft = sibling(fileStem, DRAFT);
        deleteDraft(draft);
        return draft;
    }

    static void deleteDraft(Path draft) {
        try {
            Files.deleteIfExists(database(draft));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove an unfinished new library: " + e.getMessage(), e);
        }
    }

    /** The finished draft becomes the library. */
    static void moveIntoPlace(Path draft, Path fileStem) {
        try {
            Files.move(database(draft), database(fileStem), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the new library into place: " + e.getMessage(), e);
        }
    }

    /**
     * A library with migrations to run needs a copy (a new one is made whole under a draft name instead). Flyway's
     * info reads its history table and scans the migrations, so it is asked once.
     */
    static boolean needsCopy(Flyway flyway) {
        MigrationInfoService info = flyway.info();
        return info.applied().length > 0 && info.pending().length > 0;
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
