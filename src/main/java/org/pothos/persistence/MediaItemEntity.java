package org.pothos.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;

/** Row of {@code media_item}. Package-private: entities never leave persistence. */
@Entity
@Table(name = "media_item")
class MediaItemEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "media_item_seq")
    @SequenceGenerator(name = "media_item_seq", sequenceName = "media_item_seq", allocationSize = 50)
    Long id;

    @Column(nullable = false, length = 4096)
    String path;
    @Column(name = "file_name", nullable = false, length = 1024)
    String fileName;
    @Column(name = "content_hash", nullable = false, length = 64, columnDefinition = "CHAR(64)")
    String contentHash;
    @Column(name = "size_bytes", nullable = false)
    long sizeBytes;
    @Column(name = "file_modified_at", nullable = false)
    Instant fileModifiedAt;
    @Column(nullable = false, length = 8)
    String format;
    int width;
    int height;
    int orientation;
    @Column(name = "taken_at")
    LocalDateTime takenAt;
    @Column(name = "camera_make")
    String cameraMake;
    @Column(name = "camera_model")
    String cameraModel;
    String lens;
    @Column(name = "gps_latitude")
    Double gpsLatitude;
    @Column(name = "gps_longitude")
    Double gpsLongitude;
    @Column(length = 200)
    String title;
    @Column(name = "title_source", length = 300)
    String titleSource;
    @Column(length = 4000)
    String description;
    @Column(name = "description_source", length = 300)
    String descriptionSource;
    /** The person accepted the model's title or description in review: a later analysis keeps it. */
    @Column(name = "title_confirmed")
    boolean titleConfirmed;
    @Column(name = "description_confirmed")
    boolean descriptionConfirmed;
    int rating;
    boolean favourite;
    @Column(nullable = false, length = 16)
    String availability;
    @Column(name = "imported_at", nullable = false)
    Instant importedAt;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
    @Column(name = "analysed_at")
    Instant analysedAt;
    @Column(name = "thumbnail_state", nullable = false, length = 16)
    String thumbnailState;
    @Column(name = "last_error", length = 1000)
    String lastError;
    /** The RAW file of a RAW+JPEG pair whose JPEG is {@link #path}. */
    @Column(name = "companion_path", length = 4096)
    String companionPath;
    @Column(name = "sidecar_stamp", length = 64, columnDefinition = "CHAR(64)")
    String sidecarStamp;
    /** The labels the files held when last read or written, as JSON (see {@link FileLabelsJson}). */
    @Column(name = "file_labels")
    String fileLabels;
    @Column(name = "file_labels_at")
    Instant fileLabelsAt;
    @Column(name = "file_write_error", length = 1000)
    String fileWriteError;
    /** Read-only here: written by {@link SearchText} from the stored values, never through the entity. */
    @Column(name = "search_text", insertable = false, updatable = false)
    String searchText;
    @Version
    long version;
}
