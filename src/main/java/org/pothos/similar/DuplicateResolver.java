package org.pothos.similar;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.pothos.library.MediaItem;

/**
 * Keeps one picture of a group of duplicates: the others' tags and categories, best rating, favourite mark and any
 * missing title or description go to the kept one, and the others leave the library. Their files stay where they
 * are, or, on request, go to the system's trash; a file that cannot be moved there keeps its picture in the library.
 */
public final class DuplicateResolver {

    private final SimilarityStore store;
    private final FileTrash trash;

    public DuplicateResolver(SimilarityStore store, FileTrash trash) {
        this.store = store;
        this.trash = trash;
    }

    public boolean trashAvailable() {
        return trash.available();
    }

    /**
     * What keeping one did.
     *
     * @param notTrashed files that could not be moved to the trash, with the reason; their pictures stay
     */
    public record Outcome(long keptId, List<Long> removedIds, int trashed, Map<Path, String> notTrashed) {
    }

    public Outcome keep(MediaItem kept, Collection<MediaItem> others, boolean moveFilesToTrash) {
        List<Long> removed = new ArrayList<>();
        Map<Path, String> notTrashed = new java.util.LinkedHashMap<>();
        int trashed = 0;
        for (MediaItem other : others) {
            if (other.id() == kept.id()) {
                continue;
            }
            if (moveFilesToTrash && !kept.path().equals(other.path())) {
                try {
                    trash.moveToTrash(other.path());
                    trashed++;
                } catch (IOException | RuntimeException e) {
                    notTrashed.put(other.path(), e.getMessage() == null ? e.toString() : e.getMessage());
                    continue;
                }
            }
            removed.add(other.id());
        }
        if (!removed.isEmpty()) {
            store.mergeInto(kept.id(), removed);
        }
        return new Outcome(kept.id(), removed, trashed, notTrashed);
    }
}
