package org.pothos.ui.library;

import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.pothos.library.Availability;
import org.pothos.library.ItemValues;
import org.pothos.library.MediaItem;

/**
 * What one grid tile shows of an item: a few plain values and its live analysis badge, no image
 * (the cell loads that).
 */
public final class MediaItemViewModel {

    private final long id;
    private final String fileName;
    private final StringProperty caption;
    private final String contentHash;
    private final Path path;
    private final boolean missing;
    private boolean analysed;
    private final BooleanProperty favourite;
    private final ObjectProperty<AnalysisBadge> badge;
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);

    public MediaItemViewModel(MediaItem item) {
        this.id = item.id();
        this.fileName = item.fileName();
        this.caption = new SimpleStringProperty(captionOf(item));
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
        return caption.get();
    }

    public ReadOnlyStringProperty captionProperty() {
        return caption;
    }

    private static String captionOf(MediaItem item) {
        return item.title() != null ? item.title() : item.fileName();
    }

    /** Takes what changed in the item (a model's title, a favourite) without replacing the tile. */
    public void update(MediaItem item) {
        caption.set(captionOf(item));
        favourite.set(item.favourite());
        analysed = item.analysedAt() != null;
    }

    /** Takes the values an edit stored (the parts it did not touch are null and stay as they are). */
    public void update(ItemValues stored) {
        if (stored.title() != null) {
            caption.set(stored.title().value() != null ? stored.title().value() : fileName);
        }
        if (stored.favourite() != null) {
            favourite.set(stored.favourite());
        }
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
