package org.pothos.library;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The library's storage, as the services see it. The persistence adapter implements it; every call
 * is one unit of work and returns plain values. Calls block: never make them on the JavaFX thread.
 */
public interface MediaStore {

    Optional<MediaItem> findById(long id);

    /** What the library recorded for those of {@code paths} it knows. */
    Map<Path, FileStamp> findStamps(Collection<Path> paths);

    /**
     * Records scanned files in one transaction: new items, moved files, changed content,
     * duplicates and unchanged files each get their outcome. Either all of the batch is written or none.
     */
    List<ImportOutcome> recordImports(List<ScannedFile> files);

    Page<MediaItem> find(MediaQuery query, int offset, int limit);

    /**
     * The grid's page of tiles that follows {@code after} (where an earlier page ended; null for the first page) in
     * the query's order: only what a tile shows. Seeks by the sort key instead of skipping rows, so a page deep in a
     * large library costs what the first one does. The page's offset is {@link Page#UNKNOWN_OFFSET}.
     */
    Page<MediaTile> findTiles(MediaQuery query, SeekKey after, int limit);

    long count(MediaQuery query);

    /** The ids of every item the query matches, in its order (for queueing work on a selection). */
    List<Long> findIds(MediaQuery query);

    /** The items with these ids, in the order of {@code ids}; ids of items that no longer exist are left out. */
    List<MediaItem> findByIds(List<Long> ids);

    /** Those of {@code ids} (in their order) whose items also match {@code query}. */
    List<Long> retainMatching(List<Long> ids, MediaQuery query);

    List<LabelCount> labelCounts(LabelKind kind);

    /** What the items with these ids have in common (a selection the window edits together); ids that no longer exist are left out. */
    SelectionSummary summarize(Collection<Long> ids);

    LibraryStats stats();

    /** Visits every item's location in id order, a page at a time (for rescans). */
    void forEachLocation(Consumer<ItemLocation> action);

    void setAvailability(Collection<Long> ids, Availability availability);

    void setThumbnailStatus(long id, ThumbnailStatus status, String reason);

    /** Up to {@code limit} items whose thumbnail is in {@code status}, with id above {@code afterId}. */
    List<ItemLocation> itemsWithThumbnailStatus(ThumbnailStatus status, long afterId, int limit);

    /** Adds labels (cleaned, matched case-insensitively to existing ones) to an item. */
    void addLabels(long mediaId, LabelKind kind, Collection<String> names, Source source);

    void removeLabel(long mediaId, LabelKind kind, String name);

    void setTitle(long mediaId, String title, Source source);

    void setDescription(long mediaId, String description, Source source);

    void setRating(long mediaId, int rating);

    void setFavourite(long mediaId, boolean favourite);

    /**
     * Assigns values to items in one transaction (a person's edit of many items, or its undo) and returns what
     * the parts that changed were before, so that assigning the result takes the edit back. Parts already as
     * asked are left alone and are not in the result; items that no longer exist are skipped.
     */
    List<ItemValues> assign(List<ItemValues> values);

    /** Forgets items (their labels and jobs too); their files are not touched. Returns how many. */
    int remove(Collection<Long> mediaIds);
}
