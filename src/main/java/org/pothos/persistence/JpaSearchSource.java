package org.pothos.persistence;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pothos.search.IndexDocument;
import org.pothos.search.SearchSource;
import org.pothos.search.VectorSpace;
import org.pothos.search.Vectors;

/** {@link SearchSource} over the library database: documents from items and labels, changes from {@code search_change}. */
public final class JpaSearchSource implements SearchSource {

    private static final int CHUNK = 1000;

    private final Database db;
    private final SearchSettings settings;
    private volatile String libraryId;

    public JpaSearchSource(Database db) {
        this.db = db;
        this.settings = new SearchSettings(db);
    }

    @Override
    public String libraryId() {
        String id = libraryId;
        if (id == null) {
            id = settings.get(SearchSettings.LIBRARY_ID).orElseThrow(() -> new IllegalStateException("the library has no id"));
            libraryId = id;
        }
        return id;
    }

    @Override
    public long changeCounter() {
        // The sequence's next value less one: the last number handed out (it may run ahead after a crash, never back).
        return db.call(em -> ((Number) em.createNativeQuery("SELECT BASE_VALUE FROM INFORMATION_SCHEMA.SEQUENCES"
                + " WHERE SEQUENCE_SCHEMA = 'PUBLIC' AND SEQUENCE_NAME = 'SEARCH_CHANGE_SEQ'").getSingleResult()).longValue() - 1);
    }

    @Override
    public List<Change> pendingChanges(int limit) {
        return db.call(em -> {
            List<?> rows = em.createNativeQuery("SELECT id, media_id FROM search_change ORDER BY id")
                    .setMaxResults(limit).getResultList();
            return rows.stream().map(r -> (Object[]) r)
                    .map(r -> new Change(((Number) r[0]).longValue(), ((Number) r[1]).longValue())).toList();
        });
    }

    @Override
    public void acknowledge(Collection<Long> changeIds) {
        List<Long> ids = List.copyOf(changeIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            db.run(em -> em.createNativeQuery("DELETE FROM search_change WHERE id IN (:ids)")
                    .setParameter("ids", chunk).executeUpdate());
        }
    }

    @Override
    public List<IndexDocument> documents(Collection<Long> ids, Optional<String> embeddingModel) {
        List<Long> all = List.copyOf(ids);
        List<IndexDocument> docs = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            docs.addAll(db.call(em -> read(em, em.createQuery(SELECT + " where m.id in :ids order by m.id", Object[].class)
                    .setParameter("ids", chunk).getResultList(), embeddingModel)));
        }
        return docs;
    }

    @Override
    public List<IndexDocument> documentsAfter(long afterId, int limit, Optional<String> embeddingModel) {
        return db.call(em -> read(em, em.createQuery(SELECT + " where m.id > :after order by m.id", Object[].class)
                .setParameter("after", afterId).setMaxResults(limit).getResultList(), embeddingModel));
    }

    private static final String SELECT = "select m.id, m.title, m.description, m.fileName, m.path from MediaItemEntity m";

    private static List<IndexDocument> read(EntityManager em, List<Object[]> rows, Optional<String> embeddingModel) {
        if (rows.isEmpty()) {
            return List.of();
        }
        ItemIds ids = new ItemIds(rows.stream().map(r -> (Long) r[0]).toList());
        Map<Long, List<String>> tags = labelNames(em, LabelTable.TAG, ids);
        Map<Long, List<String>> categories = labelNames(em, LabelTable.CATEGORY, ids);
        Map<Long, Stored> vectors = embeddingModel.map(model -> vectors(em, model, ids)).orElse(Map.of());
        List<IndexDocument> docs = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            long id = (Long) r[0];
            Path parent = Path.of((String) r[4]).getParent();
            Stored vector = vectors.get(id);
            docs.add(new IndexDocument(id, (String) r[1], (String) r[2], tags.getOrDefault(id, List.of()),
                    categories.getOrDefault(id, List.of()), (String) r[3], parent == null ? null : parent.toString(),
                    vector == null ? null : vector.space(), vector == null ? null : vector.vector()));
        }
        return docs;
    }

    /**
     * The ids of a batch, asked for by range when they are dense (a page of a rebuild: a range scan of the link table's
     * primary key) and as a list otherwise; H2 checks a long IN list against every row it reads.
     */
    private record ItemIds(List<Long> ids, long first, long last) {

        ItemIds(List<Long> ids) {
            this(ids, ids.stream().mapToLong(Long::longValue).min().orElse(0), ids.stream().mapToLong(Long::longValue).max().orElse(0));
        }

        boolean dense() {
            return last - first + 1 <= 2L * ids.size();
        }

        String condition(String column) {
            return dense() ? column + " BETWEEN :first AND :last" : column + " IN (:ids)";
        }

        jakarta.persistence.Query bind(jakarta.persistence.Query query) {
            return dense() ? query.setParameter("first", first).setParameter("last", last) : query.setParameter("ids", ids);
        }
    }

    /** Label names per item: the links first (by the link table's key), then the names of the labels they use. */
    private static Map<Long, List<String>> labelNames(EntityManager em, LabelTable table, ItemIds ids) {
        List<?> links = ids.bind(em.createNativeQuery("SELECT media_id, " + table.labelColumn + " FROM " + table.linkTable
                + " WHERE " + ids.condition("media_id"))).getResultList();
        if (links.isEmpty()) {
            return Map.of();
        }
        List<Long> labelIds = links.stream().map(l -> ((Number) ((Object[]) l)[1]).longValue()).distinct().toList();
        Map<Long, String> names = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT id, name FROM " + (table == LabelTable.TAG ? "tag" : "category")
                + " WHERE id IN (:ids)").setParameter("ids", labelIds).getResultList()) {
            Object[] r = (Object[]) row;
            names.put(((Number) r[0]).longValue(), (String) r[1]);
        }
        Map<Long, List<String>> byItem = new HashMap<>();
        for (Object link : links) {
            Object[] l = (Object[]) link;
            byItem.computeIfAbsent(((Number) l[0]).longValue(), k -> new ArrayList<>()).add(names.get(((Number) l[1]).longValue()));
        }
        return byItem;
    }

    private record Stored(VectorSpace space, float[] vector) {
    }

    private static Map<Long, Stored> vectors(EntityManager em, String model, ItemIds ids) {
        Map<Long, Stored> vectors = new HashMap<>();
        List<?> rows = ids.bind(em.createNativeQuery("SELECT media_id, dimension, vector FROM embedding WHERE model = :model"
                        + " AND " + ids.condition("media_id"))
                .setParameter("model", model)).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            float[] vector = Vectors.normalised(Vectors.fromHalfPrecision((byte[]) r[2]));
            vectors.put(((Number) r[0]).longValue(), new Stored(new VectorSpace(model, ((Number) r[1]).intValue()), vector));
        }
        return vectors;
    }

    @Override
    public long itemCount() {
        return db.call(em -> em.createQuery("select count(m) from MediaItemEntity m", Long.class).getSingleResult());
    }

    @Override
    public List<String> tagAndBelow(String name) {
        String key = org.pothos.library.LabelNames.normalise(name);
        return db.call(em -> {
            LabelEntity tag = LabelWriter.findByKey(em, LabelTable.TAG, key);
            if (tag == null) {
                return List.of(key);
            }
            return em.createQuery("select t.normName from TagEntity t where t.id in :ids", String.class)
                    .setParameter("ids", TagHierarchy.withDescendants(em, tag.id())).getResultList();
        });
    }

    @Override
    public Optional<String> embeddingModel() {
        return settings.get(SearchSettings.EMBEDDING_MODEL);
    }

    @Override
    public void onChanges(Runnable listener) {
        db.addSearchChangeListener(listener);
    }
}
