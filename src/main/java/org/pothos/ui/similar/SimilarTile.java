package org.pothos.ui.similar;

import org.pothos.library.MediaItem;
import org.pothos.ui.library.MediaItemViewModel;

/** A picture in a window of similar pictures or duplicates, with the line that says how close it is. */
public record SimilarTile(MediaItemViewModel picture, MediaItem item, String closeness) {

    public long id() {
        return item.id();
    }
}
