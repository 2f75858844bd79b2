package org.pothos.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.pothos.library.Availability;
import org.pothos.library.FileStamp;
import org.pothos.library.ImportOutcome;
import org.pothos.library.ItemLocation;
import org.pothos.library.ItemValues;
import org.pothos.library.Label;
import org.pothos.library.LabelCount;
import org.pothos.library.LabelKind;
import org.pothos.library.LibraryStats;
import org.pothos.library.MediaItem;
import org.pothos.library.MediaQuery;
import org.pothos.library.MediaStore;
import org.pothos.library.Page;
import org.pothos.library.ScannedFile;
import org.pothos.library.Source;
import org.pothos.library.ThumbnailStatus;

/** {@link MediaStore} over Hibernate: one transaction per call, entities mapped to records before returning. */
public final class JpaMediaStore implements MediaStore {

    private static final int LOCATION_PAGE = 1000;
    private static final int STAMP_CHUNK = 500;

    private final Database db;
    private final Clock clock;
    private final LabelWriter labels;
    private final FileLabelApplier fileLabels;
    /** Imports write one batch at a time so that two imports never both insert the same content. */
    private final Object importLock = new Object();

    public JpaMediaStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.labels = new LabelWriter(clock);
        this.fileLabels = new FileLabelApplier(labels);
    }

    @Override
    public Optional<MediaItem> findById(long id) {
        return db.call(em -> Optional.ofNullable(em.find(MediaItemEntity.class, id))
                .map(e -> withLabels(em, List.of(e)).get(0)));
    }

    @Override
    public Map<Path, FileStamp> findStamps(Collection<Path> paths) {
        Map<Path, FileStamp> stamps = new HashMap<>();
        List<String> all = paths.stream().map(Path::toString).toList();
        for (int from = 0; from < all.size(); from += STAMP_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + STAMP_CHUNK));
            db.call(em -> em.createQuery("select m.path, m.id, m.contentHash, m.sizeBytes, m.fileModifiedAt, m.availability,"
                            + " m.sidecarStamp, m.fileLabelsAt from MediaItemEntity m where m.path in :paths", Object[].class)
                    .setParameter("paths", chunk)
                    .getResultList())
                    .forEach(r -> stamps.put(Path.of((String) r[0]), new FileStamp((Long) r[1], (String) r[2],
                            (Long) r[3], (java.time.Instant) r[4], Availability.valueOf((String) r[5]), (String) r[6],
                            r[7] != null)));
        }
        return stamps;
    }

    @Override
    public List<ImportOutcome> recordImports(List<ScannedFile> files) {
        synchronized (importLock) {
            return db.call(em -> {
                // Every read the batch needs is done up front; flushing only at commit keeps the inserts batched.
                em.setFlushMode(FlushModeType.COMMIT);
                ImportRecorder recorder = new ImportRecorder(em, clock, files, fileLabels);
                List<ImportOutcome> outcomes = new ArrayList<>(files.size());
                for (ScannedFile file : files) {
                    outcomes.add(recorder.record(file));
                }
                SearchText.refresh(em, recorder.renamedIds());
                return outcomes;
            });
        }
    }

    @Override
    public Page<MediaItem> find(MediaQuery query, int offset, int limit) {
        return db.call(em -> {
            List<MediaItemEntity> rows = MediaQueryJpql.of(query, em).select(em)
                    .setFirstResult(offset)
                    .setMaxResults(limit + 1)
                    .getResultList();
            return page(em, rows, offset, limit);
        });
    }

    @Override
    public Page<MediaItem> findAfter(MediaQuery query, MediaItem after, int limit) {
        return db.call(em -> {
            List<MediaItemEntity> rows = new ArrayList<>();
            for (MediaQueryJpql part : MediaQueryJpql.of(query, em).after(after)) {
                if (rows.size() > limit) {
                    break;
                }
                rows.addAll(part.select(em).setMaxResults(limit + 1 - rows.size()).getResultList());
            }
            return page(em, rows, Page.UNKNOWN_OFFSET, limit);
        });
    }

    private Page<MediaItem> page(EntityManager em, List<MediaItemEntity> rows, int offset, int limit) {
        boolean hasMore = rows.size() > limit;
        List<MediaItemEntity> page = hasMore ? rows.subList(0, limit) : rows;
        return new Page<>(withLabels(em, page), offset, hasMore);
    }

    @Override
    public List<Long> findIds(MediaQuery query) {
        return db.call(em -> MediaQueryJpql.of(query, em).selectIds(em).getResultList());
    }

    @Override
    public List<MediaItem> findByIds(List<Long> ids) {
        Map<Long, MediaItem> byId = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            db.call(em -> withLabels(em, em.createQuery("select m from MediaItemEntity m where m.id in :ids", MediaItemEntity.class)
                    .setParameter("ids", chunk).setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true).getResultList()))
                    .forEach(item -> byId.put(item.id(), item));
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public List<Long> retainMatching(List<Long> ids, MediaQuery query) {
        java.util.Set<Long> matching = new java.util.HashSet<>();
        for (List<Long> chunk : chunks(ids)) {
            matching.addAll(db.call(em -> MediaQueryJpql.of(query, em).among(chunk).selectIds(em).getResultList()));
        }
        return ids.stream().filter(matching::contains).toList();
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += LOCATION_PAGE) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + LOCATION_PAGE)));
        }
        return chunks;
    }

    @Override
    public long count(MediaQuery query) {
        return db.call(em -> MediaQueryJpql.of(query, em).count(em).getSingleResult());
    }

    /** Maps rows to items, loading the labels of the whole page in one query per kind. */
    static List<MediaItem> withLabels(EntityManager em, List<MediaItemEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> r.id).toList();
        Map<Long, List<Label>> tags = labelsOf(em, LabelTable.TAG, ids);
        Map<Long, List<Label>> categories = labelsOf(em, LabelTable.CATEGORY, ids);
        return rows.stream()
                .map(r -> MediaItemMapper.toItem(r, tags.getOrDefault(r.id, List.of()),
                        categories.getOrDefault(r.id, List.of())))
                .toList();
    }

    static Map<Long, List<Label>> labelsOf(EntityManager em, LabelTable table, List<Long> ids) {
        Map<Long, List<Label>> byItem = new HashMap<>();
        em.createQuery("select l.mediaId, n.name, l.source from " + table.linkEntity + " l, " + table.labelEntity
                        + " n where n.id = l.labelId and l.mediaId in :ids order by n.normName", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> byItem.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add(new Label((String) row[1], Source.decode((String) row[2]))));
        return byItem;
    }

    @Override
    public List<LabelCount> labelCounts(LabelKind kind) {
        LabelTable table = LabelTable.of(kind);
        return db.call(em -> em.createQuery("select n.name, count(l.mediaId) from " + table.labelEntity + " n, "
                        + table.linkEntity + " l where l.labelId = n.id group by n.id, n.name"
                        + " order by count(l.mediaId) desc, n.normName", Object[].class)
                .getResultList().stream()
                .map(row -> new LabelCount((String) row[0], (Long) row[1]))
                .toList());
    }

    @Override
    public LibraryStats stats() {
        return db.call(em -> {
            Object[] row = em.createQuery("select count(m),"
                    + " coalesce(sum(case when m.availability = 'MISSING' then 1 else 0 end), 0),"
                    + " coalesce(sum(case when m.analysedAt is not null then 1 else 0 end), 0),"
                    + " coalesce(sum(case when m.favourite = true then 1 else 0 end), 0),"
                    + " coalesce(sum(m.sizeBytes), 0),"
                    + " coalesce(sum(case when m.thumbnailState = 'READY' then 1 else 0 end), 0),"
                    + " coalesce(sum(case when m.thumbnailState in ('FAILED', 'TOO_LARGE') then 1 else 0 end), 0)"
                    + " from MediaItemEntity m", Object[].class).getSingleResult();
            long tags = em.createQuery("select count(t) from TagEntity t", Long.class).getSingleResult();
            long categories = em.createQuery("select count(c) from CategoryEntity c", Long.class).getSingleResult();
            return new LibraryStats(number(row[0]), number(row[1]), number(row[2]), number(row[3]), number(row[4]),
                    tags, categories, number(row[5]), number(row[6]));
        });
    }

    private static long number(Object o) {
        return ((Number) o).longValue();
    }

    @Override
    public void forEachLocation(Consumer<ItemLocation> action) {
        long afterId = 0;
        while (true) {
            List<ItemLocation> page = locations("1 = 1", null, afterId, LOCATION_PAGE);
            page.forEach(action);
            if (page.size() < LOCATION_PAGE) {
                return;
            }
            afterId = page.get(page.size() - 1).id();
        }
    }

    @Override
    public List<ItemLocation> itemsWithThumbnailStatus(ThumbnailStatus status, long afterId, int limit) {
        return locations("m.thumbnailState = :state", status.name(), afterId, limit);
    }

    private List<ItemLocation> locations(String condition, String state, long afterId, int limit) {
        return db.call(em -> {
            var q = em.createQuery("select m.id, m.path, m.contentHash, m.availability from MediaItemEntity m where "
                    + condition + " and m.id > :after order by m.id", Object[].class);
            if (state != null) {
                q.setParameter("state", state);
            }
            return q.setParameter("after", afterId).setMaxResults(limit).getResultList().stream()
                    .map(r -> new ItemLocation((Long) r[0], Path.of((String) r[1]), (String) r[2],
                            Availability.valueOf((String) r[3])))
                    .toList();
        });
    }

    @Override
    public void setAvailability(Collection<Long> ids, Availability availability) {
        if (ids.isEmpty()) {
            return;
        }
        db.run(em -> em.createQuery("update MediaItemEntity m set m.availability = :a, m.updatedAt = :now,"
                        + " m.version = m.version + 1 where m.id in :ids")
                .setParameter("a", availability.name())
                .setParameter("now", clock.instant())
                .setParameter("ids", ids)
                .executeUpdate());
    }

    @Override
    public void setThumbnailStatus(long id, ThumbnailStatus status, String reason) {
        db.run(em -> em.createQuery("update MediaItemEntity m set m.thumbnailState = :s, m.lastError = :e,"
                        + " m.version = m.version + 1 where m.id = :id")
                .setParameter("s", status.name())
                .setParameter("e", reason)
                .setParameter("id", id)
                .executeUpdate());
    }

    @Override
    public void addLabels(long mediaId, LabelKind kind, Collection<String> names, Source source) {
        db.callRetryingConflicts(em -> {
            MediaItemEntity item = requireItem(em, mediaId);
            labels.add(em, mediaId, LabelTable.of(kind), names, source);
            item.updatedAt = clock.instant();
            return null;
        });
    }

    @Override
    public void removeLabel(long mediaId, LabelKind kind, String name) {
        db.run(em -> {
            MediaItemEntity item = requireItem(em, mediaId);
            labels.remove(em, mediaId, LabelTable.of(kind), name);
            item.updatedAt = clock.instant();
        });
    }

    @Override
    public void setTitle(long mediaId, String title, Source source) {
        editText(mediaId, item -> {
            item.title = blankToNull(title);
            item.titleSource = item.title == null ? null : source.encode();
        });
    }

    @Override
    public void setDescription(long mediaId, String description, Source source) {
        editText(mediaId, item -> {
            item.description = blankToNull(description);
            item.descriptionSource = item.description == null ? null : source.encode();
        });
    }

    @Override
    public void setRating(long mediaId, int rating) {
        if (rating < 0 || rating > 5) {
            throw new IllegalArgumentException("rating must be 0 to 5, was " + rating);
        }
        edit(mediaId, item -> item.rating = rating);
    }

    @Override
    public void setFavourite(long mediaId, boolean favourite) {
        edit(mediaId, item -> item.favourite = favourite);
    }

    @Override
    public List<ItemValues> assign(List<ItemValues> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        return db.callRetryingConflicts(em -> new ItemValuesWriter(em, clock.instant(), values).assign(values));
    }

    @Override
    public int remove(Collection<Long> mediaIds) {
        if (mediaIds.isEmpty()) {
            return 0;
        }
        // The schema cascades to labels, jobs and embeddings.
        return db.call(em -> {
            SearchText.indexChanged(em, mediaIds);
            return em.createQuery("delete from MediaItemEntity m where m.id in :ids")
                    .setParameter("ids", mediaIds).executeUpdate();
        });
    }

    private void edit(long mediaId, Consumer<MediaItemEntity> change) {
        db.run(em -> applyEdit(em, mediaId, change));
    }

    /** An edit of text that free-text search reads. */
    private void editText(long mediaId, Consumer<MediaItemEntity> change) {
        db.run(em -> {
            applyEdit(em, mediaId, change);
            SearchText.refresh(em, List.of(mediaId));
        });
    }

    private void applyEdit(EntityManager em, long mediaId, Consumer<MediaItemEntity> change) {
        MediaItemEntity item = requireItem(em, mediaId);
        change.accept(item);
        item.updatedAt = clock.instant();
    }

    private static MediaItemEntity requireItem(EntityManager em, long mediaId) {
        MediaItemEntity item = em.find(MediaItemEntity.class, mediaId);
        if (item == null) {
            throw new IllegalArgumentException("no item with id " + mediaId);
        }
        return item;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
