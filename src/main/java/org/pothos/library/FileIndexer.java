package org.pothos.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pothos.imageio.ImageFormat;
import org.pothos.imageio.ImageInspector;
import org.pothos.imageio.UnsupportedImageException;
import org.pothos.xmp.FileLabelReader;
import org.pothos.xmp.FileLabels;
import org.pothos.xmp.Sidecars;

/**
 * Reads one file for import, on a worker thread: its stamp, image facts, the labels its files hold (embedded and in
 * sidecars) and content hash. Nothing is written here, so a failure leaves no trace in the library.
 */
final class FileIndexer {

    /** Either a scanned file to record, or an outcome already known (unchanged, paired or skipped). */
    record Indexed(ScannedFile scanned, ImportOutcome outcome) {
    }

    private final ImageInspector inspector;
    private final ContentHasher hasher;
    private final FileLabelReader labelReader = new FileLabelReader();

    FileIndexer(ImageInspector inspector, ContentHasher hasher) {
        this.inspector = inspector;
        this.hasher = hasher;
    }

    /**
     * {@code known} is what the library recorded for this path, or null for a path it has not seen. An unchanged
     * file is read again only when its sidecars changed or its labels were never read.
     */
    Indexed index(Path file, FileStamp known, CompanionFiles companions) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            long size = attrs.size();
            Instant modified = attrs.lastModifiedTime().toInstant();
            Optional<Path> jpeg = companions.jpegOf(file);
            if (jpeg.isPresent()) {
                return new Indexed(null, new ImportOutcome(file, ImportOutcome.Kind.PAIRED, 0,
                        "kept with " + jpeg.get().getFileName()));
            }
            Path companion = companions.rawOf(file).orElse(null);
            String sidecars = Sidecars.fingerprint(pictures(file, companion));
            boolean sameFile = known != null && known.matches(size, modified) && known.availability() == Availability.PRESENT;
            if (sameFile && known.labelsRead() && Objects.equals(sidecars, known.sidecarStamp())) {
                return new Indexed(null, new ImportOutcome(file, ImportOutcome.Kind.UNCHANGED, known.mediaId(), null));
            }
            ImageInspector.Inspection inspection = inspector.inspectWithLabels(file);
            if (companion != null && inspection.facts().format() != ImageFormat.JPEG) {
                // Named like a JPEG, but is not one: no pair.
                companion = null;
                sidecars = Sidecars.fingerprint(pictures(file, null));
            }
            List<Path> pictures = pictures(file, companion);
            FileLabels labels = labelReader.read(inspection.embedded(), pictures);
            String hash = sameFile ? known.contentHash() : hasher.sha256(file);
            return new Indexed(new ScannedFile(file, hash, size, modified, inspection.facts(), labels, sidecars, companion), null);
        } catch (UnsupportedImageException e) {
            return new Indexed(null, ImportOutcome.skipped(file, e.getMessage()));
        } catch (IOException e) {
            return new Indexed(null, ImportOutcome.skipped(file, FileReasons.of(e)));
        } catch (RuntimeException e) {
            // A decoder library choking on hostile bytes must not end the batch.
            return new Indexed(null, ImportOutcome.skipped(file, "could not be read: " + e));
        }
    }

    private static List<Path> pictures(Path file, Path companion) {
        List<Path> pictures = new ArrayList<>(List.of(file));
        if (companion != null) {
            pictures.add(companion);
        }
        return pictures;
    }
}
