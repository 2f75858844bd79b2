package org.pothos.ui.library;

import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.pothos.library.Availability;
import org.pothos.library.MediaItem;

/**
 * What one grid tile shows of an item: a few plain values and its live analysis badge, no image
 * (the cell loads that).
 */
public final class MediaItemViewModel {

    private final long id;
    private final String fileName;
    private final String title;
    private final String contentHash;
    private final Path path;
    private final boolean missing;
    private final boolean analysed;
    private final BooleanProperty favourite;
    private final ObjectProperty<AnalysisBadge> badge;
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);

    public MediaItemViewModel(MediaItem item) {
        this.id = item.id();
        this.fileName = item.fileName();
        this.title = item.title();
        this.contentHash = item.contentHash();
        this.path = item.path();
        this.missing = item.availability() == Availability.MISSING;
        this.analysed = item.analysedAt() != null;
        this.favourite = new SimpleBooleanProperty(item.favourite());
        this.badge = new SimpleObjectProperty<>(analysed ? AnalysisBadge.DONE : AnalysisBadge.NONE);
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

    public boolean isAnalysed() {
        return analysed;
    }

    public BooleanProperty favouriteProperty() {
        return favourite;
    }

    public ObjectProperty<AnalysisBadge> badgeProperty() {
        return badge;
    }

    /** Progress of a running analysis from 0 to 1, or -1 when unknown. */
    public DoubleProperty progressProperty() {
        return progress;
    }
}
