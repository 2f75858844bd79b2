package org.pothos.persistence;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * The one seam every change of an item's searchable values goes through, inside the transaction that makes
 * it: title, description, tags, categories, file name and folder. It keeps
 * {@code media_item.search_text} (the folded text the database's own substring search reads while the
 * search index is not ready) in step, counts a new generation of the text that embeddings are made from,
 * and records the items for the search index, which takes them once the transaction has committed.
 * Written by SQL from the stored values (the same expression as the V2 migration), so every writer only
 * says which items it touched.
 */
final class SearchText {

    /** Line breaks separate the parts: a search box cannot hold one, so no match spans two parts. */
    private static final String REFRESH = "UPDATE media_item m SET search_text = LOWER(CONCAT_WS(CHAR(10), m.title,"
            + " m.description, m.file_name, (SELECT LISTAGG(t.norm_name, CHAR(10)) FROM media_tag l"
            + " JOIN tag t ON t.id = l.tag_id WHERE l.media_id = m.id))), embed_gen = embed_gen + 1";
    private static final String RECORD = "INSERT INTO search_change (id, media_id)"
            + " SELECT NEXT VALUE FOR search_change_seq, m.id FROM media_item m";
    private static final int CHUNK = 1000;

    private SearchText() {
    }

    /** Rewrites the search text of {@code mediaIds} after the unit of work's pending changes are written. */
    static void refresh(EntityManager em, Collection<Long> mediaIds) {
        if (mediaIds.isEmpty()) {
            return;
        }
        em.flush();
        forChunks(mediaIds, chunk -> em.createNativeQuery(REFRESH + " WHERE m.id IN (:ids)")
                .setParameter("ids", chunk).executeUpdate());
        indexChanged(em, mediaIds);
    }

    /**
     * Records that the search index's documents of {@code mediaIds} changed without their text changing (a new
     * embedding), or are about to go (call it before deleting the items: it records the ones that exist).
     */
    static void indexChanged(EntityManager em, Collection<Long> mediaIds) {
        if (mediaIds.isEmpty()) {
            return;
        }
        em.flush();
        forChunks(mediaIds, chunk -> em.createNativeQuery(RECORD + " WHERE m.id IN (:ids)")
                .setParameter("ids", chunk).executeUpdate());
        Database.searchChangedOnCommit(em);
    }

    private static void forChunks(Collection<Long> mediaIds, Consumer<List<Long>> action) {
        List<Long> ids = List.copyOf(mediaIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            action.accept(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
    }
}
