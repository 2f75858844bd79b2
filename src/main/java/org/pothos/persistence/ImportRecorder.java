package org.pothos.persistence;

import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pothos.common.StoredTimes;
import org.pothos.imageio.ImageFacts;
import org.pothos.library.Availability;
import org.pothos.library.ImportOutcome;
import org.pothos.library.ScannedFile;
import org.pothos.library.ThumbnailStatus;

/** Decides, inside one transaction, what a scanned file means for the library, and writes it. */
final class ImportRecorder {

    private final EntityManager em;
    private final Instant now;
    private final FileLabelApplier fileLabels;
    private final Map<String, MediaItemEntity> byPath = new HashMap<>();
    private final Map<String, List<MediaItemEntity>> byHash = new HashMap<>();
    /** Items whose file name is new: their search text must be written. */
    private final List<Long> renamed = new ArrayList<>();

    /** Loads, in two queries, every item the batch could touch: those at its paths or with its hashes. */
    ImportRecorder(EntityManager em, Clock clock, List<ScannedFile> batch, FileLabelApplier fileLabels) {
        this.em = em;
        this.now = clock.instant();
        this.fileLabels = fileLabels;
        // A JPEG's RAW companion may be an item already (imported before the JPEG was there): it joins the JPEG.
        List<String> paths = batch.stream()
                .flatMap(f -> f.companion() == null ? java.util.stream.Stream.of(f.path()) : java.util.stream.Stream.of(f.path(), f.companion()))
                .map(Path::toString).distinct().toList();
        List<String> hashes = batch.stream().map(ScannedFile::contentHash).distinct().toList();
        em.createQuery("select m from MediaItemEntity m where m.path in :paths", MediaItemEntity.class)
                .setParameter("paths", paths)
                .getResultList()
                .forEach(m -> byPath.put(m.path, m));
        em.createQuery("select m from MediaItemEntity m where m.contentHash in :hashes order by m.id", MediaItemEntity.class)
                .setParameter("hashes", hashes)
                .getResultList()
                .forEach(this::indexByHash);
    }

    private void indexByHash(MediaItemEntity item) {
        byHash.computeIfAbsent(item.contentHash, h -> new ArrayList<>()).add(item);
    }

    ImportOutcome record(ScannedFile file) {
        String path = file.path().toString();
        MediaItemEntity atPath = byPath.get(path);
        if (atPath != null) {
            String oldHash = atPath.contentHash;
            ImportOutcome outcome = recordKnownPath(atPath, file);
            if (!oldHash.equals(atPath.contentHash)) {
                byHash.getOrDefault(oldHash, new ArrayList<>()).remove(atPath);
                indexByHash(atPath);
            }
            return outcome;
        }
        List<MediaItemEntity> sameContent = byHash.getOrDefault(file.contentHash(), List.of());
        for (MediaItemEntity existing : sameContent) {
            if (Availability.MISSING.name().equals(existing.availability) || !Files.exists(Path.of(existing.path))) {
                String oldPath = existing.path;
                byPath.remove(oldPath);
                existing.path = path;
                existing.fileName = fileName(file);
                existing.fileModifiedAt = file.modifiedAt();
                existing.availability = Availability.PRESENT.name();
                existing.updatedAt = now;
                byPath.put(path, existing);
                renamed.add(existing.id);
                applyLabels(existing, file, false);
                return new ImportOutcome(file.path(), ImportOutcome.Kind.MOVED, existing.id, "moved from " + oldPath);
            }
        }
        if (!sameContent.isEmpty()) {
            MediaItemEntity original = sameContent.get(0);
            return new ImportOutcome(file.path(), ImportOutcome.Kind.DUPLICATE, original.id,
                    "same content as item " + original.id + " (" + original.path + ")");
        }
        MediaItemEntity raw = file.companion() == null ? null : byPath.get(file.companion().toString());
        if (raw != null) {
            return joinRaw(raw, file);
        }
        MediaItemEntity item = new MediaItemEntity();
        item.path = path;
        item.fileName = fileName(file);
        item.importedAt = now;
        item.rating = 0;
        item.thumbnailState = ThumbnailStatus.PENDING.name();
        applyFileFacts(item, file);
        em.persist(item);
        applyLabels(item, file, true);
        renamed.add(item.id);
        byPath.put(path, item);
        indexByHash(item);
        return new ImportOutcome(file.path(), ImportOutcome.Kind.IMPORTED, item.id, null);
    }

    /** A RAW imported on its own becomes the item of its JPEG, keeping its labels and analysis. */
    private ImportOutcome joinRaw(MediaItemEntity raw, ScannedFile jpeg) {
        byPath.remove(raw.path);
        byHash.getOrDefault(raw.contentHash, new ArrayList<>()).remove(raw);
        raw.path = jpeg.path().toString();
        raw.fileName = fileName(jpeg);
        applyFileFacts(raw, jpeg);
        raw.thumbnailState = ThumbnailStatus.PENDING.name();
        raw.lastError = null;
        byPath.put(raw.path, raw);
        indexByHash(raw);
        renamed.add(raw.id);
        applyLabels(raw, jpeg, false);
        return new ImportOutcome(jpeg.path(), ImportOutcome.Kind.UPDATED, raw.id,
                "joined with its RAW file " + jpeg.companion().getFileName());
    }

    /** The items recorded so far that are new or moved to a file of another name. */
    List<Long> renamedIds() {
        return renamed;
    }

    private ImportOutcome recordKnownPath(MediaItemEntity item, ScannedFile file) {
        boolean sameContent = item.contentHash.equals(file.contentHash());
        boolean wasMissing = Availability.MISSING.name().equals(item.availability);
        if (sameContent) {
            if (wasMissing || item.sizeBytes != file.sizeBytes() || !StoredTimes.same(item.fileModifiedAt, file.modifiedAt())) {
                item.availability = Availability.PRESENT.name();
                item.sizeBytes = file.sizeBytes();
                item.fileModifiedAt = file.modifiedAt();
                item.updatedAt = now;
            }
            if (applyLabels(item, file, false)) {
                return new ImportOutcome(file.path(), ImportOutcome.Kind.UPDATED, item.id, ImportOutcome.LABELS_CHANGED);
            }
            return new ImportOutcome(file.path(), ImportOutcome.Kind.UNCHANGED, item.id, wasMissing ? ImportOutcome.FOUND_AGAIN : null);
        }
        applyFileFacts(item, file);
        applyLabels(item, file, false);
        // New pixels: the cached thumbnail belongs to the old content.
        item.thumbnailState = ThumbnailStatus.PENDING.name();
        item.lastError = null;
        return new ImportOutcome(file.path(), ImportOutcome.Kind.UPDATED, item.id, "content changed");
    }

    /** The labels the files hold, when they were read this time; returns whether the item's labels changed. */
    private boolean applyLabels(MediaItemEntity item, ScannedFile file, boolean fresh) {
        if (file.labels() == null) {
            return false;
        }
        item.sidecarStamp = file.sidecarStamp();
        item.companionPath = file.companion() == null ? null : file.companion().toString();
        if (fresh && !file.labels().isEmpty()) {
            // Label links refer to the item's row, and the batch otherwise writes only at commit.
            em.flush();
        }
        return fileLabels.apply(em, item, file.labels(), fresh, now);
    }

    private void applyFileFacts(MediaItemEntity item, ScannedFile file) {
        ImageFacts facts = file.facts();
        item.contentHash = file.contentHash();
        item.sizeBytes = file.sizeBytes();
        item.fileModifiedAt = file.modifiedAt();
        item.format = facts.format().name();
        item.width = facts.width();
        item.height = facts.height();
        item.orientation = facts.orientation();
        item.takenAt = facts.takenAt();
        item.cameraMake = truncate(facts.cameraMake());
        item.cameraModel = truncate(facts.cameraModel());
        item.lens = truncate(facts.lens());
        item.gpsLatitude = facts.gpsLatitude();
        item.gpsLongitude = facts.gpsLongitude();
        item.availability = Availability.PRESENT.name();
        item.updatedAt = now;
    }

    private static String fileName(ScannedFile file) {
        return String.valueOf(file.path().getFileName());
    }

    /** EXIF strings are untrusted: keep them within the column. */
    private static String truncate(String s) {
        return s == null || s.length() <= 255 ? s : s.substring(0, 255);
    }
}
