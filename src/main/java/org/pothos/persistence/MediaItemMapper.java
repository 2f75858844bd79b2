package org.pothos.persistence;

import java.nio.file.Path;
import java.util.List;
import org.pothos.imageio.ImageFormat;
import org.pothos.library.Availability;
import org.pothos.library.Label;
import org.pothos.library.MediaItem;
import org.pothos.library.Source;
import org.pothos.library.ThumbnailStatus;

/** Turns rows into the plain values services hand out. */
final class MediaItemMapper {

    private MediaItemMapper() {
    }

    static MediaItem toItem(MediaItemEntity e, List<Label> tags, List<Label> categories) {
        return new MediaItem(
                e.id, Path.of(e.path), e.fileName, e.contentHash, e.sizeBytes, e.fileModifiedAt,
                ImageFormat.valueOf(e.format), e.width, e.height, e.orientation, e.takenAt,
                e.cameraMake, e.cameraModel, e.lens, e.gpsLatitude, e.gpsLongitude,
                e.title, e.title == null ? null : Source.decode(e.titleSource),
                e.description, e.description == null ? null : Source.decode(e.descriptionSource),
                e.rating, e.favourite, Availability.valueOf(e.availability),
                e.importedAt, e.updatedAt, e.analysedAt, ThumbnailStatus.valueOf(e.thumbnailState),
                e.lastError, tags, categories);
    }
}
