package org.pothos.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.hibernate.Session;
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
import org.pothos.library.MediaTile;
import org.pothos.library.Page;
import org.pothos.library.ScannedFile;
import org.pothos.library.SeekKey;
import org.pothos.library.SelectionSummary;
import org.pothos.library.Source;
import org.pothos.library.ThumbnailStatus;

/**
 * {@link MediaStore} over the library database: reads through JDBC into plain records (a first screen or a quick
 * command never waits for Hibernate), writes as one Hibernate unit of work per call.
 */
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
        this.labels = new LabelWriter(clock, new LabelCreator(db));
        this.fileLabels = new FileLabelApplier(labels);
    }

    @Override
    public Optional<MediaItem> findById(long id) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + MediaRows.ITEM_COLUMNS + " FROM media_item m WHERE m.id = ?")) {
                select.setLong(1, id);
                return MediaRows.items(c, select).stream().findFirst();
            }
        });
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
        return db.read(c -> {
            try (PreparedStatement select = MediaQuerySql.of(query, c).select(c, MediaRows.ITEM_COLUMNS, offset, limit + 1)) {
                return page(MediaRows.items(c, select), offset, limit);
            }
        });
    }

    @Override
    public Page<MediaTile> findTiles(MediaQuery query, SeekKey after, int limit) {
        return db.read(c -> {
            List<MediaTile> rows = new ArrayList<>();
            for (MediaQuerySql part : MediaQuerySql.of(query, c).after(after)) {
                if (rows.size() > limit) {
                    break;
                }
                try (PreparedStatement select = part.select(c, MediaRows.TILE_COLUMNS, 0, limit + 1 - rows.size())) {
                    rows.addAll(MediaRows.tiles(select));
                }
            }
            return page(rows, Page.UNKNOWN_OFFSET, limit);
        });
    }

    private static <T> Page<T> page(List<T> rows, int offset, int limit) {
        boolean hasMore = rows.size() > limit;
        return new Page<>(hasMore ? rows.subList(0, limit) : rows, offset, hasMore);
    }

    @Override
    public List<Long> findIds(MediaQuery query) {
        return db.read(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement select = MediaQuerySql.of(query, c).selectIds(c); ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        });
    }

    @Override
    public List<MediaItem> findByIds(List<Long> ids) {
        Map<Long, MediaItem> byId = new HashMap<>();
        db.read(c -> readItems(c, ids)).forEach(item -> byId.put(item.id(), item));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    @Override
    public List<Long> retainMatching(List<Long> ids, MediaQuery query) {
        Set<Long> matching = new HashSet<>();
        db.read(c -> {
            for (List<Long> chunk : InList.chunks(ids)) {
                try (PreparedStatement select = MediaQuerySql.of(query, c).among(chunk).selectIds(c);
                     ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        matching.add(rows.getLong(1));
                    }
                }
            }
            return null;
        });
        return ids.stream().filter(matching::contains).toList();
    }

    @Override
    public long count(MediaQuery query) {
        return db.read(c -> {
            try (PreparedStatement count = MediaQuerySql.of(query, c).count(c); ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    /** These items with their labels, read inside a unit of work (the review queue), as the grid reads them. */
    static List<MediaItem> itemsOf(EntityManager em, List<Long> ids) {
        return em.unwrap(Session.class).doReturningWork(c -> readItems(c, ids));
    }

    private static List<MediaItem> readItems(Connection c, List<Long> ids) throws SQLException {
        List<MediaItem> items = new ArrayList<>();
        for (List<Long> chunk : InList.chunks(ids)) {
            try (PreparedStatement select = c.prepareStatement("SELECT " + MediaRows.ITEM_COLUMNS
                    + " FROM media_item m WHERE m.id IN (" + InList.placeholders(chunk) + ")")) {
                InList.bind(select, 1, chunk);
                items.addAll(MediaRows.items(c, select));
            }
        }
        return items;
    }

    /** The labels of these items inside a unit of work (for the search index and embeddings), read as the grid reads them. */
    static Map<Long, List<Label>> labelsOf(EntityManager em, LabelTable table, List<Long> ids) {
        return em.unwrap(Session.class).doReturningWork(c -> MediaRows.labels(c, table, ids));
    }

    @Override
    public List<LabelCount> labelCounts(LabelKind kind) {
        LabelTable table = LabelTable.of(kind);
        return db.read(c -> {
            List<LabelCount> counts = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT n.name, COUNT(l.media_id) FROM " + table.labelTable
                    + " n JOIN " + table.linkTable + " l ON l." + table.labelColumn + " = n.id GROUP BY n.id, n.name"
                    + " ORDER BY COUNT(l.media_id) DESC, n.norm_name"); ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.add(new LabelCount(rows.getString(1), rows.getLong(2)));
                }
            }
            return counts;
        });
    }

    @Override
    public SelectionSummary summarize(Collection<Long> ids) {
        return ids.isEmpty() ? SelectionSummary.empty() : db.call(em -> SelectionSummaries.summarize(em, List.copyOf(ids)));
    }

    @Override
    public LibraryStats stats() {
        return db.read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet items = s.executeQuery("SELECT COUNT(*),"
                         + " COUNT(CASE WHEN availability = 'MISSING' THEN 1 END),"
                         + " COUNT(analysed_at),"
                         + " COUNT(CASE WHEN favourite THEN 1 END),"
                         + " COALESCE(SUM(size_bytes), 0),"
                         + " COUNT(CASE WHEN thumbnail_state = 'READY' THEN 1 END),"
                         + " COUNT(CASE WHEN thumbnail_state IN ('FAILED', 'RETRY', 'TOO_LARGE') THEN 1 END)"
                         + " FROM media_item")) {
                items.next();
                long[] totals = new long[7];
                for (int i = 0; i < totals.length; i++) {
                    totals[i] = items.getLong(i + 1);
                }
                return new LibraryStats(totals[0], totals[1], totals[2], totals[3], totals[4],
                        countRows(c, "tag"), countRows(c, "category"), totals[5], totals[6]);
            }
        });
    }

    private static long countRows(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet row = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            row.next();
            return row.getLong(1);
        }
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
        db.runRetrying(em -> em.createQuery("update MediaItemEntity m set m.thumbnailState = :s, m.lastError = :e,"
                        + " m.version = m.version + 1 where m.id = :id")
                .setParameter("s", status.name())
                .setParameter("e", reason)
                .setParameter("id", id)
                .executeUpdate());
    }

    @Override
    public void addLabels(long mediaId, LabelKind kind, Collection<String> names, Source source) {
        db.callRetrying(em -> {
            MediaItemEntity item = requireItem(em, mediaId);
            labels.add(em, mediaId, LabelTable.of(kind), names, source);
            item.updatedAt = clock.instant();
            return null;
        });
    }

    @Override
    public void removeLabel(long mediaId, LabelKind kind, String name) {
        db.runRetrying(em -> {
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
        return db.callRetrying(em -> new ItemValuesWriter(em, clock.instant(), values).assign(values));
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

    /** Edits retry when they meet a result being saved for the same item at that moment. */
    private void edit(long mediaId, Consumer<MediaItemEntity> change) {
        db.runRetrying(em -> applyEdit(em, mediaId, change));
    }

    /** An edit of text that free-text search reads. */
    private void editText(long mediaId, Consumer<MediaItemEntity> change) {
        db.runRetrying(em -> {
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
