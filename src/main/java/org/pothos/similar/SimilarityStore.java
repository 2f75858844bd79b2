package org.pothos.similar;

import java.util.Collection;
import java.util.List;
import org.pothos.library.ItemLocation;

/** What finding similar pictures and duplicates needs from the library's database. */
public interface SimilarityStore {

    /** Records the perceptual hash of every item with this content. */
    void setPerceptualHash(String contentHash, long perceptualHash);

    /** Up to {@code limit} items with ids above {@code afterId} whose perceptual hash is not known yet, in id order. */
    List<ItemLocation> withoutPerceptualHash(long afterId, int limit);

    long countWithoutPerceptualHash();

    /** Every known perceptual hash, with its item. */
    HashTable perceptualHashes();

    /** Groups of two or more items with the same content (SHA-256). */
    List<List<Long>> sameContent();

    /**
     * In one transaction: gives {@code keptId} the tags and categories of {@code removedIds} it does not have (with
     * their sources), the highest rating, favourite if any was, and a title or description where it has none; then
     * forgets the removed items. Their files are not touched.
     */
    void mergeInto(long keptId, Collection<Long> removedIds);

    /** Item ids and their hashes, in parallel arrays. */
    record HashTable(long[] ids, long[] hashes) {

        public int size() {
            return ids.length;
        }
    }
}
