package org.pothos.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import org.pothos.imageio.ImageFacts;
import org.pothos.imageio.ImageInspector;
import org.pothos.imageio.UnsupportedImageException;

/**
 * Reads one file for import, on a worker thread: its stamp, image facts and content hash.
 * Nothing is written here, so a failure leaves no trace in the library.
 */
final class FileIndexer {

    /** Either a scanned file to record, or an outcome already known (unchanged or skipped). */
    record Indexed(ScannedFile scanned, ImportOutcome outcome) {
    }

    private final ImageInspector inspector;
    private final ContentHasher hasher;

    FileIndexer(ImageInspector inspector, ContentHasher hasher) {
        this.inspector = inspector;
        this.hasher = hasher;
    }

    /** {@code known} is what the library recorded for this path, or null for a path it has not seen. */
    Indexed index(Path file, FileStamp known) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            long size = attrs.size();
            Instant modified = attrs.lastModifiedTime().toInstant();
            if (known != null && known.matches(size, modified) && known.availability() == Availability.PRESENT) {
                return new Indexed(null, new ImportOutcome(file, ImportOutcome.Kind.UNCHANGED, known.mediaId(), null));
            }
            ImageFacts facts = inspector.inspect(file);
            String hash = hasher.sha256(file);
            return new Indexed(new ScannedFile(file, hash, size, modified, facts), null);
        } catch (UnsupportedImageException e) {
            return new Indexed(null, ImportOutcome.skipped(file, e.getMessage()));
        } catch (IOException e) {
            return new Indexed(null, ImportOutcome.skipped(file, FileReasons.of(e)));
        } catch (RuntimeException e) {
            // A decoder library choking on hostile bytes must not end the batch.
            return new Indexed(null, ImportOutcome.skipped(file, "could not be read: " + e));
        }
    }
}
