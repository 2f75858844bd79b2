package org.pothos.persistence;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pothos.embedding.EmbeddingSource;
import org.pothos.embedding.EmbeddingStore;
import org.pothos.library.Label;
import org.pothos.search.Vectors;

/** {@link EmbeddingStore} over the library database: table {@code embedding}, and {@code media_item.embed_gen}. */
public final class JpaEmbeddingStore implements EmbeddingStore {

    /**
     * Items with words (a title, a description or a label) and no vector of the model made from the current
     * generation of their texts.
     */
    private static final String PENDING = " FROM media_item m WHERE (m.title IS NOT NULL OR m.description IS NOT NULL"
            + " OR EXISTS (SELECT 1 FROM media_tag t WHERE t.media_id = m.id)"
            + " OR EXISTS (SELECT 1 FROM media_category c WHERE c.media_id = m.id))"
            + " AND NOT EXISTS (SELECT 1 FROM embedding e WHERE e.media_id = m.id AND e.model = :model"
            + " AND e.source_gen = m.embed_gen)";

    private final Database db;
    private final Clock clock;
    private final SearchSettings settings;

    public JpaEmbeddingStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.settings = new SearchSettings(db);
    }

    @Override
    public Optional<String> model() {
        return settings.get(SearchSettings.EMBEDDING_MODEL);
    }

    @Override
    public void setModel(String model) {
        settings.set(SearchSettings.EMBEDDING_MODEL, model);
    }

    @Override
    public List<EmbeddingSource> pending(String model, long afterId, int limit) {
        return db.call(em -> {
            List<?> rows = em.createNativeQuery("SELECT m.id, m.embed_gen, m.title, m.description" + PENDING
                            + " AND m.id > :after ORDER BY m.id")
                    .setParameter("model", model).setParameter("after", afterId).setMaxResults(limit).getResultList();
            if (rows.isEmpty()) {
                return List.of();
            }
            List<Long> ids = rows.stream().map(r -> ((Number) ((Object[]) r)[0]).longValue()).toList();
            Map<Long, List<Label>> tags = JpaMediaStore.labelsOf(em, LabelTable.TAG, ids);
            Map<Long, List<Label>> categories = JpaMediaStore.labelsOf(em, LabelTable.CATEGORY, ids);
            List<EmbeddingSource> sources = new ArrayList<>(rows.size());
            for (Object row : rows) {
                Object[] r = (Object[]) row;
                long id = ((Number) r[0]).longValue();
                sources.add(new EmbeddingSource(id, ((Number) r[1]).intValue(), (String) r[2], (String) r[3],
                        names(tags.get(id)), names(categories.get(id))));
            }
            return sources;
        });
    }

    private static List<String> names(List<Label> labels) {
        return labels == null ? List.of() : labels.stream().map(Label::name).toList();
    }

    @Override
    public long countPending(String model) {
        return db.call(em -> ((Number) em.createNativeQuery("SELECT COUNT(*)" + PENDING)
                .setParameter("model", model).getSingleResult()).longValue());
    }

    @Override
    public Map<Long, String> textHashes(String model, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> hashes = new HashMap<>();
        List<?> rows = db.call(em -> em.createNativeQuery("SELECT media_id, text_hash FROM embedding WHERE model = :model"
                + " AND media_id IN (:ids)").setParameter("model", model).setParameter("ids", ids).getResultList());
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            hashes.put(((Number) r[0]).longValue(), (String) r[1]);
        }
        return hashes;
    }

    @Override
    public void save(String model, List<Embedding> embeddings) {
        if (embeddings.isEmpty()) {
            return;
        }
        db.run(em -> {
            for (Embedding e : embeddings) {
                // From the item's row: an item removed meanwhile gets no vector (and no foreign key error).
                em.createNativeQuery("MERGE INTO embedding (media_id, model, dimension, vector, text_hash, source_gen, embedded_at)"
                                + " KEY (media_id, model) SELECT m.id, :model, :dimension, :vector, :hash, :gen, :now"
                                + " FROM media_item m WHERE m.id = :id")
                        .setParameter("model", model)
                        .setParameter("dimension", e.vector().length)
                        .setParameter("vector", Vectors.toHalfPrecision(e.vector()))
                        .setParameter("hash", e.textHash())
                        .setParameter("gen", e.generation())
                        .setParameter("now", clock.instant())
                        .setParameter("id", e.id())
                        .executeUpdate();
            }
            // The index holds the vectors of the library's model: its documents of these items change.
            if (model.equals(settings.get(em, SearchSettings.EMBEDDING_MODEL).orElse(null))) {
                SearchText.indexChanged(em, embeddings.stream().map(Embedding::id).toList());
            }
        });
    }

    @Override
    public void confirm(String model, Map<Long, Integer> generations) {
        db.run(em -> generations.forEach((id, gen) -> em.createNativeQuery(
                        "UPDATE embedding SET source_gen = :gen WHERE media_id = :id AND model = :model")
                .setParameter("gen", gen).setParameter("id", id).setParameter("model", model).executeUpdate()));
    }

    @Override
    public Optional<float[]> vector(long id, String model) {
        return db.call(em -> vector(em, id, model));
    }

    private static Optional<float[]> vector(EntityManager em, long id, String model) {
        List<?> rows = em.createNativeQuery("SELECT vector FROM embedding WHERE media_id = :id AND model = :model")
                .setParameter("id", id).setParameter("model", model).getResultList();
        return rows.stream().findFirst().map(bytes -> Vectors.fromHalfPrecision((byte[]) bytes));
    }
}
