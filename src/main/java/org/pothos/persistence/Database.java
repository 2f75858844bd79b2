package org.pothos.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.slf4j.LoggerFactory;

/**
 * The library database: an embedded H2 file, its schema brought up to date by Flyway migrations. Reads that a
 * first screen or a quick command needs go through plain JDBC ({@link #read}); units of work with entities
 * ({@link #call}) through Hibernate, which maps but never alters the schema. One connection pool serves all.
 *
 * <p>Hibernate starts on first use, not when the library opens: a command such as {@code stats} never needs it,
 * and the window asks for it in the background ({@link #startHibernateInBackground}) while its first page is read.
 */
public final class Database implements AutoCloseable {

    /** File name stem of the database; H2 adds {@code .mv.db}. */
    public static final String FILE_STEM = "pothos";
    static final String MIGRATIONS = "classpath:db/migration";

    /** The units of work open on this thread, innermost first, so a writer can ask for work after its commit. */
    private static final ThreadLocal<Deque<UnitOfWork>> OPEN_UNITS = ThreadLocal.withInitial(ArrayDeque::new);

    private final HikariDataSource dataSource;
    /** One connection of its own for {@link #autonomous}: never waits behind the transactions that need it. */
    private final HikariDataSource autonomousSource;
    private final Object hibernateLock = new Object();
    private volatile EntityManagerFactory entityManagerFactory;
    private boolean closed;
    /**
     * Held while a transaction commits or rolls back. H2 writes a chunk of every changed map one map at a time,
     * and a commit turns its rows and index entries from uncommitted to committed one by one (a rollback restores
     * them one by one): when another thread's commit wrote its chunk in the middle of that, a SIGKILL right after
     * left a row committed in its table and rolled back in an index (seen as a job RUNNING in the table and QUEUED
     * in the status index, which the recovery at the next start could not find). One end of a transaction at a
     * time writes whole ones; {@link IndexRepair} mends what H2 can still tear after a crash.
     */
    private final ReentrantLock commits = new ReentrantLock();
    private final List<Runnable> searchChangeListeners = new CopyOnWriteArrayList<>();

    private Database(HikariDataSource dataSource, HikariDataSource autonomousSource) {
        this.dataSource = dataSource;
        this.autonomousSource = autonomousSource;
    }

    /** Opens (creating and migrating if needed) the database in {@code dataDir}. */
    public static Database open(Path dataDir) {
        return open(dataDir, false);
    }

    /**
     * Like {@link #open(Path)}; {@code afterCrash} says that the last process died with the library open, and the
     * indexes are rebuilt from the tables before anything reads them (see {@link IndexRepair}).
     */
    public static Database open(Path dataDir, boolean afterCrash) {
        return open(dataDir, afterCrash, List.of(MIGRATIONS));
    }

    /** With more migration locations after the library's own: for tests of a migration that fails. */
    static Database open(Path dataDir, boolean afterCrash, List<String> migrationLocations) {
        Path fileStem = dataDir.toAbsolutePath().resolve(FILE_STEM);
        MigrationSafety.restoreUnfinished(fileStem);
        if (MigrationSafety.isMissing(fileStem)) {
            create(fileStem, migrationLocations);
        }
        // As many connections as analysis workers (16 at most) and a few for imports and the window.
        HikariDataSource dataSource = createDataSource(fileStem, 20, "pothos-db");
        HikariDataSource autonomous = null;
        try {
            dataSource = migrate(dataSource, fileStem, migrationLocations);
            if (afterCrash) {
                try (Connection connection = dataSource.getConnection()) {
                    IndexRepair.rebuild(connection);
                }
            }
            autonomous = createDataSource(fileStem, 1, "pothos-db-autonomous");
            return new Database(dataSource, autonomous);
        } catch (RuntimeException | SQLException e) {
            if (autonomous != null) {
                autonomous.close();
            }
            dataSource.close();
            throw e instanceof RuntimeException r ? r : new IllegalStateException("cannot open the library: " + e.getMessage(), e);
        }
    }

    /**
     * Starts Hibernate on a thread of its own, so that the first unit of work finds it ready; for the window,
     * which reads its first page meanwhile.
     */
    public void startHibernateInBackground() {
        Thread.ofPlatform().daemon().name("pothos-hibernate-start").start(() -> {
            try {
                entityManagerFactory();
            } catch (RuntimeException e) {
                // The first unit of work tries again and reports the failure where it can be shown.
                LoggerFactory.getLogger(Database.class).warn("Hibernate did not start in the background", e);
            }
        });
    }

    private EntityManagerFactory entityManagerFactory() {
        EntityManagerFactory factory = entityManagerFactory;
        if (factory != null) {
            return factory;
        }
        synchronized (hibernateLock) {
            if (closed) {
                throw new IllegalStateException("the library is closed");
            }
            if (entityManagerFactory == null) {
                entityManagerFactory = HibernateBoot.start(dataSource);
            }
            return entityManagerFactory;
        }
    }

    /**
     * Brings the schema up to date. H2 commits DDL statement by statement, so a kill in the middle of a migration
     * would leave a library half changed: the database file is copied first, and put back if the migration does not
     * finish (now, or at the next start after a kill). Returns the data source to go on with.
     */
    private static HikariDataSource migrate(HikariDataSource dataSource, Path fileStem, List<String> locations) {
        if (locations.equals(List.of(MIGRATIONS)) && SchemaMigrations.upToDate(dataSource)) {
            return dataSource; // one query instead of Flyway's start-up, class-path scan and validation
        }
        Flyway flyway = flyway(dataSource, locations);
        if (!MigrationSafety.needsCopy(flyway)) {
            flyway.migrate();
            return dataSource;
        }
        dataSource.close(); // H2 closes the file with its last connection: the copy is of a closed database
        MigrationSafety.copyBefore(fileStem);
        HikariDataSource reopened = createDataSource(fileStem, 20, "pothos-db");
        try {
            flyway(reopened, locations).migrate();
        } catch (RuntimeException e) {
            reopened.close();
            MigrationSafety.restore(fileStem);
            throw new IllegalStateException("the library could not be brought up to date, and was left as it was before: "
                    + e.getMessage(), e);
        }
        MigrationSafety.discardCopy(fileStem);
        return reopened;
    }

    /** Makes a new library with its whole schema, in place only once complete (see {@link MigrationSafety}). */
    private static void create(Path fileStem, List<String> locations) {
        Path draft = MigrationSafety.freshDraft(fileStem);
        try (HikariDataSource dataSource = createDataSource(draft, 3, "pothos-db-new")) {
            flyway(dataSource, locations).migrate();
        } catch (RuntimeException e) {
            MigrationSafety.deleteDraft(draft);
            throw e;
        }
        MigrationSafety.moveIntoPlace(draft, fileStem);
    }

    private static Flyway flyway(HikariDataSource dataSource, List<String> locations) {
        return Flyway.configure().dataSource(dataSource).locations(locations.toArray(String[]::new)).load();
    }

    private static HikariDataSource createDataSource(Path fileStem, int connections, String name) {
        HikariConfig config = new HikariConfig();
        // The process closes the database itself; H2's own shutdown hook would race with ours.
        // WRITE_DELAY=0: H2 otherwise writes commits to the file up to half a second later, so a killed
        // process lost transactions it had reported done (imports, analysis results).
        config.setJdbcUrl("jdbc:h2:file:" + fileStem + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        config.setUsername("pothos");
        config.setPassword("");
        config.setMaximumPoolSize(connections);
        config.setPoolName(name);
        return new HikariDataSource(config);
    }

    /** Runs {@code work} in one transaction, committed when it returns and rolled back when it throws. */
    public <T> T call(Function<EntityManager, T> work) {
        EntityManager em = entityManagerFactory().createEntityManager();
        EntityTransaction tx = em.getTransaction();
        UnitOfWork unit = new UnitOfWork(em);
        OPEN_UNITS.get().push(unit);
        try {
            tx.begin();
            T result = work.apply(em);
            whole(tx::commit);
            unit.committed();
            return result;
        } catch (RuntimeException | Error e) {
            if (tx.isActive()) {
                whole(tx::rollback);
            }
            throw e;
        } finally {
            OPEN_UNITS.get().remove(unit);
            em.close();
        }
    }

    /**
     * Marks the transaction of {@code em} as one that changed searchable values: once it has committed (never if
     * it rolls back) the search index is told to take the changes, so the index only ever sees committed data.
     */
    static void searchChangedOnCommit(EntityManager em) {
        for (UnitOfWork unit : OPEN_UNITS.get()) {
            if (unit.em == em) {
                unit.searchChanged = true;
                return;
            }
        }
        throw new IllegalStateException("no unit of work of this database is open on this thread");
    }

    /**
     * Tells {@code listener} after each commit that changed searchable values (on the committing thread): the search
     * index then takes the changes, the embeddings follow new texts.
     */
    public void addSearchChangeListener(Runnable listener) {
        searchChangeListeners.add(listener);
    }

    /** One transaction's entity manager and what its commit must announce. */
    private final class UnitOfWork {
        final EntityManager em;
        boolean searchChanged;

        UnitOfWork(EntityManager em) {
            this.em = em;
        }

        void committed() {
            if (searchChanged) {
                searchChangeListeners.forEach(Runnable::run);
            }
        }
    }

    /**
     * Like {@link #call}, tried again with a short jittered backoff when it collides with a concurrent
     * transaction: a lock wait that timed out, a deadlock, a unique key another transaction took first (two
     * results creating the same link at once) or a row it changed meanwhile. The work must only touch the
     * database, so that running it again is safe.
     */
    public <T> T callRetrying(Function<EntityManager, T> work) {
        return TransactionConflicts.retry(() -> call(work));
    }

    /** Like {@link #callRetrying} for work that returns nothing. */
    public void runRetrying(Consumer<EntityManager> work) {
        callRetrying(em -> {
            work.accept(em);
            return null;
        });
    }

    /** Like {@link #call} for work that returns nothing. */
    public void run(Consumer<EntityManager> work) {
        call(em -> {
            work.accept(em);
            return null;
        });
    }

    /** Work on a plain JDBC connection, for bulk loads that would be slow through entities. */
    @FunctionalInterface
    public interface ConnectionWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} on a pooled connection, read-only and without Hibernate: the reads of a first screen and
     * of quick commands, which should not wait for Hibernate to start.
     */
    public <T> T read(ConnectionWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            try {
                return work.apply(connection);
            } finally {
                connection.setReadOnly(false);
            }
        } catch (SQLException e) {
            throw new PersistenceException("could not read the library: " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code work} on a pooled connection in one transaction, committed when it returns. Bypasses
     * Hibernate entirely: for statements that a first screen needs (and a unit of work does not), and for bulk
     * writes into tables no open unit of work is using (the benchmark's synthetic library).
     */
    public <T> T withConnection(ConnectionWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return inTransaction(connection, work);
        } catch (SQLException e) {
            throw new PersistenceException("could not write to the library: " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code work} in a transaction of its own on a connection of its own, one call at a time, and commits
     * it at once, even while the calling thread is inside a transaction of {@link #call}: for rows that must be
     * visible to every transaction as soon as they exist (a new tag), so that no transaction waits on another's
     * uncommitted insert of the same key.
     */
    public synchronized <T> T autonomous(ConnectionWork<T> work) throws SQLException {
        try (Connection connection = autonomousSource.getConnection()) {
            return inTransaction(connection, work);
        }
    }

    private <T> T inTransaction(Connection connection, ConnectionWork<T> work) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            T result = work.apply(connection);
            wholeSql(connection::commit);
            return result;
        } catch (SQLException | RuntimeException e) {
            wholeSql(connection::rollback);
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Ends a transaction (commit or rollback) while no other one ends: see {@link #commits}. */
    private void whole(Runnable end) {
        commits.lock();
        try {
            end.run();
        } finally {
            commits.unlock();
        }
    }

    private void wholeSql(SqlAction end) throws SQLException {
        commits.lock();
        try {
            end.run();
        } finally {
            commits.unlock();
        }
    }

    @FunctionalInterface
    private interface SqlAction {
        void run() throws SQLException;
    }

    @Override
    public void close() {
        synchronized (hibernateLock) {
            closed = true;
            if (entityManagerFactory != null) {
                entityManagerFactory.close();
            }
        }
        autonomousSource.close();
        dataSource.close();
    }
}
