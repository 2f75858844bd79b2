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
import java.util.function.Consumer;
import java.util.function.Function;
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

    /** The units of work open on this thread, innermost first, so a writer can ask for work after its commit. */
    private static final ThreadLocal<Deque<UnitOfWork>> OPEN_UNITS = ThreadLocal.withInitial(ArrayDeque::new);

    private final HikariDataSource dataSource;
    private final Object hibernateLock = new Object();
    private volatile EntityManagerFactory entityManagerFactory;
    private boolean closed;
    private final List<Runnable> searchChangeListeners = new CopyOnWriteArrayList<>();

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Opens (creating and migrating if needed) the database in {@code dataDir}. */
    public static Database open(Path dataDir) {
        HikariDataSource dataSource = createDataSource(dataDir.toAbsolutePath().resolve(FILE_STEM));
        try {
            SchemaMigrations.bringUpToDate(dataSource);
            return new Database(dataSource);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
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

    private static HikariDataSource createDataSource(Path fileStem) {
        HikariConfig config = new HikariConfig();
        // The process closes the database itself; H2's own shutdown hook would race with ours.
        // WRITE_DELAY=0: H2 otherwise writes commits to the file up to half a second later, so a killed
        // process lost transactions it had reported done (imports, analysis results).
        config.setJdbcUrl("jdbc:h2:file:" + fileStem + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        config.setUsername("pothos");
        config.setPassword("");
        config.setMaximumPoolSize(8);
        config.setPoolName("pothos-db");
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
            tx.commit();
            unit.committed();
            return result;
        } catch (RuntimeException | Error e) {
            if (tx.isActive()) {
                tx.rollback();
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
     * Like {@link #call}, tried again when it collides with a concurrent transaction on a unique key
     * (two jobs creating the same new tag at once): the retry finds the other's row and uses it.
     */
    public <T> T callRetryingConflicts(Function<EntityManager, T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call(work);
            } catch (PersistenceException e) {
                if (attempt >= 3 || !isUniqueViolation(e)) {
                    throw e;
                }
            }
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
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
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new PersistenceException("could not write to the library: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        synchronized (hibernateLock) {
            closed = true;
            if (entityManagerFactory != null) {
                entityManagerFactory.close();
            }
        }
        dataSource.close();
    }
}
