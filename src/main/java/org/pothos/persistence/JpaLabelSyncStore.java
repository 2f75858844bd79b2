package org.pothos.persistence;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.pothos.labelsync.LabelSyncStore;
import org.pothos.labelsync.SyncItem;
import org.pothos.library.Availability;
import org.pothos.library.LabelSnapshot;
import org.pothos.library.MediaStore;
import org.pothos.xmp.FileLabels;

/** {@link LabelSyncStore} over Hibernate: the file-related columns of {@code media_item}, and tags' hierarchies. */
public final class JpaLabelSyncStore implements LabelSyncStore {

    private static final int PAGE = 500;

    private final Database db;
    private final MediaStore media;
    private final Clock clock;
    private final FileLabelApplier fileLabels;

    public JpaLabelSyncStore(Database db, MediaStore media, Clock clock) {
        this.db = db;
        this.media = media;
        this.clock = clock;
        this.fileLabels = new FileLabelApplier(new LabelWriter(clock));
    }

    @Override
    public Optional<SyncItem> find(long id) {
        return media.findById(id).flatMap(item -> db.call(em -> {
            List<Object[]> rows = em.createQuery("select m.companionPath, m.sidecarStamp, m.fileLabels, m.fileWriteError from MediaItemEntity m"
                    + " where m.id = :id", Object[].class).setParameter("id", id).getResultList();
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            Object[] row = rows.get(0);
            Map<String, String> hierarchy = new HashMap<>();
            em.createQuery("select n.normName, n.hierarchy from MediaTagEntity l, TagEntity n where n.id = l.labelId"
                            + " and l.mediaId = :id and n.hierarchy is not null", Object[].class)
                    .setParameter("id", id)
                    .getResultList()
                    .forEach(r -> hierarchy.put((String) r[0], (String) r[1]));
            return Optional.of(new SyncItem(item, row[0] == null ? null : Path.of((String) row[0]), (String) row[1],
                    FileLabelsJson.read((String) row[2]), hierarchy, (String) row[3]));
        }));
    }

    @Override
    public void forEachState(Consumer<State> visitor) {
        long afterId = 0;
        while (true) {
            long from = afterId;
            List<State> page = db.call(em -> statesAfter(em, from));
            page.forEach(visitor);
            if (page.size() < PAGE) {
                return;
            }
            afterId = page.get(page.size() - 1).id();
        }
    }

    private static List<State> statesAfter(EntityManager em, long afterId) {
        List<Object[]> rows = em.createQuery("select m.id, m.path, m.title, m.description, m.rating, m.fileLabels,"
                        + " m.fileWriteError from MediaItemEntity m where m.id > :after and m.availability = :present"
                        + " order by m.id", Object[].class)
                .setParameter("after", afterId)
                .setParameter("present", Availability.PRESENT.name())
                .setMaxResults(PAGE)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
        Map<Long, List<String>> tags = names(em, LabelTable.TAG, ids);
        Map<Long, List<String>> categories = names(em, LabelTable.CATEGORY, ids);
        List<State> states = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            long id = (Long) row[0];
            FileLabels files = FileLabelsJson.read((String) row[5]);
            states.add(new State(id, Path.of((String) row[1]),
                    LabelSnapshot.of((String) row[2], (String) row[3], tags.getOrDefault(id, List.of()),
                            categories.getOrDefault(id, List.of()), (Integer) row[4]),
                    files == null ? null : LabelSnapshot.of(files), (String) row[6]));
        }
        return states;
    }

    private static Map<Long, List<String>> names(EntityManager em, LabelTable table, List<Long> ids) {
        Map<Long, List<String>> byItem = new HashMap<>();
        em.createQuery("select l.mediaId, n.name from " + table.linkEntity + " l, " + table.labelEntity
                        + " n where n.id = l.labelId and l.mediaId in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> byItem.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]));
        return byItem;
    }

    @Override
    public List<Long> changedBetween(Instant after, Instant until) {
        return db.call(em -> em.createQuery("select m.id from MediaItemEntity m where m.updatedAt > :after"
                        + " and m.updatedAt <= :until and m.availability = :present order by m.updatedAt, m.id", Long.class)
                .setParameter("after", after)
                .setParameter("until", until)
                .setParameter("present", Availability.PRESENT.name())
                .getResultList());
    }

    @Override
    public void recordWritten(long id, FileLabels written, String sidecarStamp, PictureRewrite rewrite) {
        // A bulk update, so that the entity's change time (which the writer watches) stays as it was.
        db.run(em -> {
            em.createQuery("update MediaItemEntity m set m.fileLabels = :labels, m.fileLabelsAt = :now,"
                            + " m.sidecarStamp = :stamp, m.fileWriteError = null, m.version = m.version + 1 where m.id = :id")
                    .setParameter("labels", FileLabelsJson.write(written))
                    .setParameter("now", clock.instant())
                    .setParameter("stamp", sidecarStamp)
                    .setParameter("id", id)
                    .executeUpdate();
            if (rewrite != null) {
                em.createQuery("update MediaItemEntity m set m.sizeBytes = :size, m.fileModifiedAt = :modified,"
                                + " m.contentHash = :hash where m.id = :id")
                        .setParameter("size", rewrite.sizeBytes())
                        .setParameter("modified", rewrite.modifiedAt())
                        .setParameter("hash", rewrite.contentHash())
                        .setParameter("id", id)
                        .executeUpdate();
            }
        });
    }

    @Override
    public void recordWriteError(long id, String reason) {
        String clipped = reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 1000);
        db.run(em -> em.createQuery("update MediaItemEntity m set m.fileWriteError = :reason, m.version = m.version + 1"
                        + " where m.id = :id")
                .setParameter("reason", clipped)
                .setParameter("id", id)
                .executeUpdate());
    }

    @Override
    public void applyFileLabels(long id, FileLabels theirs, String sidecarStamp) {
        db.callRetryingConflicts(em -> {
            MediaItemEntity item = em.find(MediaItemEntity.class, id);
            if (item != null) {
                item.sidecarStamp = sidecarStamp;
                fileLabels.apply(em, item, theirs, false, clock.instant());
            }
            return null;
        });
    }
}
