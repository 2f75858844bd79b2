package org.pothos.persistence;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pothos.library.Availability;
import org.pothos.library.ItemLocation;
import org.pothos.similar.SimilarityStore;

/** {@link SimilarityStore} over the library database: {@code media_item.perceptual_hash} and the content hashes. */
public final class JpaSimilarityStore implements SimilarityStore {

    private static final int HASH_PAGE = 50_000;
    /** No hash yet, and a thumbnail that can be made (one that failed or was too large would fail again). */
    private static final String WITHOUT_HASH = "perceptual_hash IS NULL AND thumbnail_state NOT IN ('FAILED', 'TOO_LARGE')";

    private final Database db;
    private final Clock clock;

    public JpaSimilarityStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public void setPerceptualHash(String contentHash, long perceptualHash) {
        db.run(em -> em.createNativeQuery("UPDATE media_item SET perceptual_hash = :hash WHERE content_hash = :content"
                        + " AND (perceptual_hash IS NULL OR perceptual_hash <> :hash)")
                .setParameter("hash", perceptualHash).setParameter("content", contentHash).executeUpdate());
    }

    @Override
    public List<ItemLocation> withoutPerceptualHash(long afterId, int limit) {
        List<?> rows = db.call(em -> em.createNativeQuery("SELECT id, path, content_hash, availability FROM media_item"
                        + " WHERE " + WITHOUT_HASH + " AND id > :after ORDER BY id")
                .setParameter("after", afterId).setMaxResults(limit).getResultList());
        List<ItemLocation> items = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            items.add(new ItemLocation(((Number) r[0]).longValue(), Path.of((String) r[1]), ((String) r[2]).strip(),
                    Availability.valueOf((String) r[3])));
        }
        return items;
    }

    @Override
    public long countWithoutPerceptualHash() {
        return db.call(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM media_item WHERE " + WITHOUT_HASH)
                .getSingleResult()).longValue());
    }

    @Override
    public HashTable perceptualHashes() {
        List<long[]> rows = new ArrayList<>();
        long afterId = 0;
        while (true) {
            long after = afterId;
            List<?> page = db.call(em -> em.createNativeQuery("SELECT id, perceptual_hash FROM media_item"
                            + " WHERE perceptual_hash IS NOT NULL AND id > :after ORDER BY id")
                    .setParameter("after", after).setMaxResults(HASH_PAGE).getResultList());
            for (Object row : page) {
                Object[] r = (Object[]) row;
                rows.add(new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue()});
            }
            if (page.size() < HASH_PAGE) {
                break;
            }
            afterId = rows.get(rows.size() - 1)[0];
        }
        long[] ids = new long[rows.size()];
        long[] hashes = new long[rows.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = rows.get(i)[0];
            hashes[i] = rows.get(i)[1];
        }
        return new HashTable(ids, hashes);
    }

    @Override
    public List<List<Long>> sameContent() {
        Map<String, List<Long>> byHash = new HashMap<>();
        List<?> rows = db.call(em -> em.createNativeQuery("SELECT m.content_hash, m.id FROM media_item m WHERE m.content_hash IN"
                + " (SELECT content_hash FROM media_item GROUP BY content_hash HAVING COUNT(*) > 1) ORDER BY m.id").getResultList());
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            byHash.computeIfAbsent((String) r[0], h -> new ArrayList<>()).add(((Number) r[1]).longValue());
        }
        return List.copyOf(byHash.values());
    }

    @Override
    public void mergeInto(long keptId, Collection<Long> removedIds) {
        List<Long> removed = removedIds.stream().filter(id -> id != keptId).distinct().toList();
        if (removed.isEmpty()) {
            return;
        }
        db.call(em -> {
            MediaItemEntity kept = em.find(MediaItemEntity.class, keptId);
            if (kept == null) {
                throw new IllegalArgumentException("no item with id " + keptId);
            }
            List<MediaItemEntity> others = em.createQuery("select m from MediaItemEntity m where m.id in :ids order by m.id",
                    MediaItemEntity.class).setParameter("ids", removed).getResultList();
            for (MediaItemEntity other : others) {
                takeValues(kept, other);
            }
            kept.updatedAt = clock.instant();
            em.flush();
            for (LabelTable table : LabelTable.values()) {
                mergeLinks(em, table, keptId, removed);
            }
            SearchText.refresh(em, List.of(keptId));
            SearchText.indexChanged(em, removed);
            em.createQuery("delete from MediaItemEntity m where m.id in :ids").setParameter("ids", removed).executeUpdate();
            return null;
        });
    }

    /** The best rating, favourite if any was, and a title or description where the kept one has none. */
    private static void takeValues(MediaItemEntity kept, MediaItemEntity other) {
        kept.rating = Math.max(kept.rating, other.rating);
        kept.favourite |= other.favourite;
        if (kept.title == null && other.title != null) {
            kept.title = other.title;
            kept.titleSource = other.titleSource;
        }
        if (kept.description == null && other.description != null) {
            kept.description = other.description;
            kept.descriptionSource = other.descriptionSource;
        }
        if (kept.analysedAt == null) {
            kept.analysedAt = other.analysedAt;
        }
    }

    /** Links of the removed items' labels the kept one lacks, each with the most personal source ("user" over a model's). */
    private static void mergeLinks(EntityManager em, LabelTable table, long keptId, List<Long> removed) {
        em.createNativeQuery("INSERT INTO " + table.linkTable + " (media_id, " + table.labelColumn + ", source, added_at)"
                        + " SELECT :kept, l." + table.labelColumn + ", MAX(l.source), MIN(l.added_at) FROM " + table.linkTable
                        + " l WHERE l.media_id IN (:removed) AND l." + table.labelColumn + " NOT IN (SELECT k." + table.labelColumn
                        + " FROM " + table.linkTable + " k WHERE k.media_id = :kept) GROUP BY l." + table.labelColumn)
                .setParameter("kept", keptId).setParameter("removed", removed).executeUpdate();
    }
}
