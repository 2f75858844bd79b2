package org.pothos.search;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** What the search index reads from the library's database (implemented by the persistence adapter). */
public interface SearchSource {

    /** The library's identity: an index made for another library is rebuilt. */
    String libraryId();

    /** The change counter: the number of the last change recorded for the index (never goes back). */
    long changeCounter();

    /** Up to {@code limit} recorded changes the index has not taken yet, oldest first. */
    List<Change> pendingChanges(int limit);

    /** Forgets changes the index has taken (committed). */
    void acknowledge(Collection<Long> changeIds);

    /** The documents of those of {@code ids} that still exist, with their vectors in {@code space} if given. */
    List<IndexDocument> documents(Collection<Long> ids, Optional<String> embeddingModel);

    /** Up to {@code limit} documents with ids above {@code afterId}, in id order, for a rebuild. */
    List<IndexDocument> documentsAfter(long afterId, int limit, Optional<String> embeddingModel);

    long itemCount();

    /** The embedding model whose vectors the index holds, if one is chosen. */
    Optional<String> embeddingModel();

    /**
     * The tag's normalised name and those of every tag below it in the hierarchy: filtering by a tag includes its
     * children. Just the name when no tag has it.
     */
    List<String> tagAndBelow(String name);

    /** Asks to be told after each commit that recorded changes. */
    void onChanges(Runnable listener);

    /** One recorded change: item {@code mediaId} must be indexed again, or dropped if it is gone. */
    record Change(long id, long mediaId) {
    }
}
