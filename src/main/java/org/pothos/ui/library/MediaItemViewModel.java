package org.pothos.ui.library;

import java.nio.file.Path;
import org.pothos.library.Availability;
import org.pothos.library.MediaItem;

/** What one grid tile shows of an item: a few plain values, no image (the cell loads that). */
public final class MediaItemViewModel {

    private final long id;
    private final String fileName;
    private final String title;
    private final String contentHash;
    private final Path path;
    private final boolean missing;
    private final boolean favourite;

    public MediaItemViewModel(MediaItem item) {
        this.id = item.id();
        this.fileName = item.fileName();
        this.title = item.title();
        this.contentHash = item.contentHash();
        this.path = item.path();
        this.missing = item.availability() == Availability.MISSING;
        this.favourite = item.favourite();
    }

    public long getId() {
        return id;
    }

    /** The title when a model or the user gave one, else the file name. */
    public String getCaption() {
        return title != null ? title : fileName;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentHash() {
        return contentHash;
    }

    public Path getPath() {
        return path;
    }

    public boolean isMissing() {
        return missing;
    }

    public boolean isFavourite() {
        return favourite;
    }
}
