package org.pothos.persistence;

import java.util.List;
import java.util.Optional;

/** Named values of {@code search_state}: the library's identity and the embedding model of search by meaning. */
final class SearchSettings {

    static final String LIBRARY_ID = "library.id";
    static final String EMBEDDING_MODEL = "embedding.model";

    private final Database db;

    SearchSettings(Database db) {
        this.db = db;
    }

    Optional<String> get(String name) {
        return db.call(em -> get(em, name));
    }

    /** Within a unit of work already open. */
    Optional<String> get(jakarta.persistence.EntityManager em, String name) {
        List<?> values = em.createNativeQuery("SELECT text_value FROM search_state WHERE name = :name")
                .setParameter("name", name).getResultList();
        return values.stream().findFirst().map(String::valueOf);
    }

    void set(String name, String value) {
        db.run(em -> {
            if (value == null) {
                em.createNativeQuery("DELETE FROM search_state WHERE name = :name").setParameter("name", name).executeUpdate();
            } else {
                em.createNativeQuery("MERGE INTO search_state (name, text_value) KEY (name) VALUES (:name, :value)")
                        .setParameter("name", name).setParameter("value", value).executeUpdate();
            }
        });
    }
}
