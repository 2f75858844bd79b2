package org.pothos.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pothos.library.MediaItem;
import org.pothos.library.MediaQuery;
import org.pothos.library.MediaStore;

/**
 * Searches the library by words and by meaning, within the other filters of a query: the one entry point of
 * the window's search box, {@code pothos search} and {@code pothos list --text}.
 *
 * <p>The text and the query's tags and category go to the search index, which ranks by BM25; the meaning of the
 * words goes to the embedding model and its nearest items come from the same index; the two rankings are fused
 * by reciprocal rank. Filters the index does not hold (rating, favourites, missing files, analysis state) are
 * checked in the database, on the ranked ids. While the index is not ready, the database's plain substring
 * match answers, unranked.
 */
public final class LibrarySearch {

    /** How many nearest items the meaning contributes before the similarity cut below. */
    static final int MEANING_CANDIDATES = 60;
    /**
     * Items whose similarity is this far below the best one's are left out: every item is similar to some degree,
     * and without a cut a search by meaning would list the whole library. Cosine similarity, as the models give it.
     */
    static final double MEANING_MARGIN = 0.12;

    private final SearchIndex index;
    private final MediaStore store;
    private final MeaningSource meaning;

    public LibrarySearch(SearchIndex index, MediaStore store, MeaningSource meaning) {
        this.index = index;
        this.store = store;
        this.meaning = meaning;
    }

    /** Ranked by words only: what {@code list --text} and the first answer of the search box use. */
    public SearchResults byWords(MediaQuery query) {
        return search(query, false);
    }

    /** Ranked by words and meaning when an embedding model is at hand, else by words with a note saying why. */
    public SearchResults byWordsAndMeaning(MediaQuery query) {
        return search(query, true);
    }

    private SearchResults search(MediaQuery query, boolean withMeaning) {
        ParsedSearch search = parse(query);
        Optional<List<SearchHit>> text = index.text(search);
        if (text.isEmpty()) {
            List<SearchHit> unranked = store.findIds(query).stream().map(id -> new SearchHit(id, 0)).toList();
            return new SearchResults(unranked, SearchResults.Ranking.UNRANKED, "the search index is being built");
        }
        List<SearchHit> hits = text.get();
        SearchResults.Ranking ranking = SearchResults.Ranking.WORDS;
        String note = null;
        if (withMeaning && search.hasWanted()) {
            QueryMeaning meant = meaning.embed(search.meaning());
            if (meant.available()) {
                List<SearchHit> near = closeEnough(index.nearest(meant.space(), meant.vector(), MEANING_CANDIDATES, search)
                        .orElse(List.of()));
                hits = RankFusion.fuse(hits, near);
                ranking = SearchResults.Ranking.WORDS_AND_MEANING;
            } else {
                note = meant.unavailable();
            }
        }
        return new SearchResults(retainOtherFilters(hits, query), ranking, note);
    }

    /** The search box's text, with the sidebar's tags and category as label filters. */
    static ParsedSearch parse(MediaQuery query) {
        ParsedSearch typed = SearchSyntax.parse(query.text());
        List<String> tags = new ArrayList<>(typed.tags());
        tags.addAll(query.tags());
        List<String> categories = new ArrayList<>(typed.categories());
        if (query.category() != null) {
            categories.add(query.category());
        }
        return new ParsedSearch(typed.terms(), tags, categories, typed.excludedTags(), typed.excludedCategories());
    }

    private static List<SearchHit> closeEnough(List<SearchHit> nearest) {
        if (nearest.isEmpty()) {
            return nearest;
        }
        double floor = nearest.get(0).score() - MEANING_MARGIN;
        return nearest.stream().filter(h -> h.score() >= floor).toList();
    }

    /** Checks the filters the index does not hold in the database; skipped when the query has none. */
    private List<SearchHit> retainOtherFilters(List<SearchHit> hits, MediaQuery query) {
        MediaQuery rest = query.withTags(List.of()).withCategory(null).withText(null);
        if (hits.isEmpty() || rest.equals(MediaQuery.all().withSort(rest.sort()))) {
            return hits;
        }
        java.util.Set<Long> kept = new java.util.HashSet<>(store.retainMatching(hits.stream().map(SearchHit::id).toList(), rest));
        return hits.stream().filter(h -> kept.contains(h.id())).toList();
    }

    /** The items of a page of results, in rank order. */
    public List<MediaItem> items(SearchResults results, int offset, int limit) {
        List<Long> ids = results.ids();
        if (offset >= ids.size()) {
            return List.of();
        }
        return store.findByIds(ids.subList(offset, Math.min(ids.size(), offset + limit)));
    }

    /** The index, for its status (rebuilding, ready) and to wait for it. */
    public SearchIndex index() {
        return index;
    }
}
