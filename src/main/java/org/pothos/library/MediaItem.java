package org.pothos.library;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.pothos.imageio.ImageFormat;

/**
 * A picture in the library, as services hand it out: a plain value, never a database entity.
 * {@code takenAt} is the camera's local time from EXIF (it carries no zone).
 */
public record MediaItem(
        long id,
        Path path,
        String fileName,
        String contentHash,
        long sizeBytes,
        Instant fileModifiedAt,
        ImageFormat format,
        int width,
        int height,
        int orientation,
        LocalDateTime takenAt,
        String cameraMake,
        String cameraModel,
        String lens,
        Double gpsLatitude,
        Double gpsLongitude,
        String title,
        Source titleSource,
        String description,
        Source descriptionSource,
        int rating,
        boolean favourite,
        Availability availability,
        Instant importedAt,
        Instant updatedAt,
        Instant analysedAt,
        ThumbnailStatus thumbnailStatus,
        String lastError,
        List<Label> tags,
        List<Label> categories) {

    public MediaItem {
        tags = List.copyOf(tags);
        categories = List.copyOf(categories);
    }

    /** What a grid tile shows of this item. */
    public MediaTile tile() {
        return new MediaTile(id, path, fileName, contentHash, title, favourite, availability, analysedAt != null, takenAt,
                importedAt);
    }

    /** Width and height as displayed, after EXIF orientation turns the picture (5 to 8 swap them). */
    public int displayWidth() {
        return orientation >= 5 ? height : width;
    }

    public int displayHeight() {
        return orientation >= 5 ? width : height;
    }
}
