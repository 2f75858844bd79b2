package org.pothos.persistence;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import javax.sql.DataSource;
import org.h2.engine.Constants;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.bytecode.spi.BytecodeProvider;

/**
 * Starts Hibernate for the library's entities with nothing on its way that the application does not use: no look at
 * the database's metadata (the dialect is known: H2 of the version on the class path), no schema validation (the
 * migrations define the schema, and {@code SchemaValidationTest} validates the entities against it at build time),
 * and no byte-code generation for lazy-loading proxies (the entities have no associations to load lazily; their
 * links are plain ids). Each of these took a noticeable share of every start.
 */
final class HibernateBoot {

    static final List<Class<?>> ENTITIES = List.of(MediaItemEntity.class, TagEntity.class, CategoryEntity.class,
            MediaTagEntity.class, MediaCategoryEntity.class, EndpointEntity.class, ModelInfoEntity.class,
            AnalysisJobEntity.class, ReviewSuggestionEntity.class);

    private HibernateBoot() {
    }

    static EntityManagerFactory start(DataSource dataSource) {
        return start(dataSource, "none");
    }

    /** @param schemaCheck {@code none} at run time; {@code validate} in the test that compares entities and schema */
    static EntityManagerFactory start(DataSource dataSource, String schemaCheck) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.datasource", dataSource)
                .applySetting("hibernate.hbm2ddl.auto", schemaCheck)
                .applySetting("hibernate.boot.allow_jdbc_metadata_access", "validate".equals(schemaCheck))
                .applySetting("jakarta.persistence.database-product-name", "H2")
                .applySetting("jakarta.persistence.database-product-version",
                        Constants.VERSION_MAJOR + "." + Constants.VERSION_MINOR + "." + Constants.BUILD_ID)
                .applySetting("hibernate.jdbc.batch_size", 100)
                .applySetting("hibernate.order_inserts", true)
                .applySetting("hibernate.order_updates", true)
                .applySetting("hibernate.default_batch_fetch_size", 100)
                .applySetting("hibernate.show_sql", false)
                // Hibernate's "none" provider: no proxy classes are generated, and lazy to-one loading is not
                // possible, which no entity here asks for.
                .addService(BytecodeProvider.class, new org.hibernate.bytecode.internal.none.BytecodeProviderImpl())
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            ENTITIES.forEach(sources::addAnnotatedClass);
            return sources.buildMetadata().buildSessionFactory();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }
}
