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
import org.flywaydb.core.Flyway;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * The library database: an embedded H2 file, its schema brought up to date by Flyway migrations,
 * then mapped by Hibernate, which only validates the schema and never alters it.
 * One connection pool serves both.
 */
public final class Database implements AutoCloseable {

    /** File name stem of the database; H2 adds {@code .mv.db}. */
    public static final String FILE_STEM = "pothos";

    /** The units of work open on this thread, innermost first, so a writer can ask for work after its commit. */
    private static final ThreadLocal<Deque<UnitOfWork>> OPEN_UNITS = ThreadLocal.withInitial(ArrayDeque::new);

    private final HikariDataSource dataSource;
    private final EntityManagerFactory entityManagerFactory;
    private final List<Runnable> searchChangeListeners = new CopyOnWriteArrayList<>();

    private Database(HikariDataSource dataSource, EntityManagerFactory entityManagerFactory) {
        this.dataSource = dataSource;
        this.entityManagerFactory = entityManagerFactory;
    }

    /** Opens (creating and migrating if needed) the database in {@code dataDir}. */
    public static Database open(Path dataDir) {
        HikariDataSource dataSource = createDataSource(dataDir.toAbsolutePath().resolve(FILE_STEM));
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            return new Database(dataSource, createEntityManagerFactory(dataSource));
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
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

    private static EntityManagerFactory createEntityManagerFactory(HikariDataSource dataSource) {
        return new HibernatePersistenceConfiguration("pothos")
                .managedClasses(MediaItemEntity.class, TagEntity.class, CategoryEntity.class,
                        MediaTagEntity.class, MediaCategoryEntity.class, EndpointEntity.class,
                        ModelInfoEntity.class, AnalysisJobEntity.class, ReviewSuggestionEntity.class)
                .property("hibernate.connection.datasource", dataSource)
                .property("hibernate.hbm2ddl.auto", "validate")
                .property("hibernate.jdbc.batch_size", 100)
                .property("hibernate.order_inserts", true)
                .property("hibernate.order_updates", true)
                .property("hibernate.default_batch_fetch_size", 100)
                .property("hibernate.show_sql", false)
                .createEntityManagerFactory();
    }

    /** Runs {@code work} in one transaction, committed when it returns and rolled back when it throws. */
    public <T> T call(Function<EntityManager, T> work) {
        EntityManager em = entityManagerFactory.createEntityManager();
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
     * Runs {@code work} on a pooled connection in one transaction, committed when it returns. Bypasses
     * Hibernate entirely: only for bulk writes into tables no open unit of work is using (the benchmark's
     * synthetic library).
     */
    public <T> T withConnection(ConnectionWork<T> work) throws SQLException {
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
        }
    }

    @Override
    public void close() {
        entityManagerFactory.close();
        dataSource.close();
    }
}
