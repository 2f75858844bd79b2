package org.pothos.ui.jobs;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.pothos.library.MediaStore;

/**
 * Gives the panel the file names of the items its jobs analyse. Jobs only carry an item id, so the
 * names come from the library; the panel asks in the background, a chunk of ids at a time, and
 * shows "Item 42" until the answer comes.
 */
@FunctionalInterface
public interface ItemNames {

    /** Names by item id; ids it cannot name are left out. Called on a background thread: may block. */
    Map<Long, String> namesOf(Collection<Long> mediaIds);

    /** For a panel shown without a library at hand: every row keeps its "Item 42". */
    ItemNames NONE = ids -> Map.of();

    /** File names from the library, one lookup per item (the store has no lookup by many ids). */
    static ItemNames from(MediaStore store) {
        return ids -> {
            Map<Long, String> names = new HashMap<>();
            for (Long id : ids) {
                store.findById(id).ifPresent(item -> names.put(id, item.fileName()));
            }
            return names;
        };
    }
}
