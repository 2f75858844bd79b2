package org.pothos.persistence;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;

/**
 * Keeps {@code media_item.search_text}, the folded text free-text search matches, in step with the
 * title, description, file name and tags it is made of. Written by SQL from the stored values (the same
 * expression as the V2 migration), so every writer only says which items it touched.
 */
final class SearchText {

    /** Line breaks separate the parts: a search box cannot hold one, so no match spans two parts. */
    private static final String REFRESH = "UPDATE media_item m SET search_text = LOWER(CONCAT_WS(CHAR(10), m.title,"
            + " m.description, m.file_name, (SELECT LISTAGG(t.norm_name, CHAR(10)) FROM media_tag l"
            + " JOIN tag t ON t.id = l.tag_id WHERE l.media_id = m.id)))";
    private static final int CHUNK = 1000;

    private SearchText() {
    }

    /** Rewrites the search text of {@code mediaIds} after the unit of work's pending changes are written. */
    static void refresh(EntityManager em, Collection<Long> mediaIds) {
        if (mediaIds.isEmpty()) {
            return;
        }
        em.flush();
        List<Long> ids = List.copyOf(mediaIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            em.createNativeQuery(REFRESH + " WHERE m.id IN (:ids)")
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .executeUpdate();
        }
    }
}
