package org.pothos.ui.library;

import java.util.List;
import java.util.concurrent.Executor;
import org.pothos.library.MediaItem;
import org.pothos.library.MediaQuery;
import org.pothos.search.LibrarySearch;
import org.pothos.search.SearchResults;

/**
 * The grid's pages for a search with words, best match first: ranked by words at once (the index answers in
 * milliseconds), then, a moment later and only if the person has stopped typing, ranked again by words and meaning
 * when an embedding model answers (it takes a request to Ollama).
 */
final class RankedPages {

    /** What the grid does with the pages. Called on the background thread. */
    interface Pages {
        /** False once a newer load has started: this one stops. */
        boolean current();

        /** A page of items in rank order; {@code first} starts the grid afresh, {@code done} says no page follows. */
        void page(List<MediaItem> items, boolean first, boolean done);

        /** How the results are ranked and what the person should know about it (null when nothing). */
        void ranked(SearchResults results);

        /**
         * How many items the pages held: fewer than the results when some left the library after the index answered
         * (the index follows a moment after the database).
         */
        void loaded(int count);
    }

    private final LibrarySearch search;
    private final int pageSize;
    private final Executor meaningLater;

    /** @param meaningLater runs the search by meaning after a short pause in typing (on a background thread) */
    RankedPages(LibrarySearch search, int pageSize, Executor meaningLater) {
        this.search = search;
        this.pageSize = pageSize;
        this.meaningLater = meaningLater;
    }

    void load(MediaQuery query, Pages pages) {
        SearchResults words = search.byWords(query);
        deliver(words, pages);
        if (words.ranking() == SearchResults.Ranking.WORDS && pages.current()) {
            meaningLater.execute(() -> {
                if (!pages.current()) {
                    return;
                }
                SearchResults fused = search.byWordsAndMeaning(query);
                if (fused.ranking() == SearchResults.Ranking.WORDS_AND_MEANING && !fused.ids().equals(words.ids())) {
                    deliver(fused, pages);
                } else if (pages.current()) {
                    pages.ranked(fused);
                }
            });
        }
    }

    private void deliver(SearchResults results, Pages pages) {
        pages.ranked(results);
        int size = results.size();
        int loaded = 0;
        for (int offset = 0; offset == 0 || offset < size; offset += pageSize) {
            if (!pages.current()) {
                return;
            }
            List<MediaItem> page = search.items(results, offset, pageSize);
            loaded += page.size();
            pages.page(page, offset == 0, offset + pageSize >= size);
        }
        if (loaded != size) {
            pages.loaded(loaded);
        }
    }
}
