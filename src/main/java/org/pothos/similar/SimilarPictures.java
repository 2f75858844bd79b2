package org.pothos.similar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pothos.embedding.EmbeddingService;
import org.pothos.imageio.PerceptualHash;
import org.pothos.library.MediaItem;
import org.pothos.library.MediaStore;
import org.pothos.search.ParsedSearch;
import org.pothos.search.QueryMeaning;
import org.pothos.search.SearchHit;
import org.pothos.search.SearchIndex;

/** Pictures like a given one: that look alike (perceptual hash) and that mean alike (embedding of their words). */
public final class SimilarPictures {

    /** Beyond this many differing bits, pictures no longer look alike (unrelated ones differ in about 32). */
    public static final int LOOK_ALIKE_DISTANCE = 20;
    /**
     * Pictures whose similarity in meaning is this far below the closest one's are left out: every picture is similar
     * to some degree, and the far end of the list would be noise (cosine similarity).
     */
    static final double MEANING_MARGIN = 0.25;

    private final SimilarityStore store;
    private final MediaStore media;
    private final SearchIndex index;
    private final EmbeddingService embeddings;

    public SimilarPictures(SimilarityStore store, MediaStore media, SearchIndex index, EmbeddingService embeddings) {
        this.store = store;
        this.media = media;
        this.index = index;
        this.embeddings = embeddings;
    }

    /**
     * A similar picture.
     *
     * @param score for looks, the number of differing bits (lower is closer); for meaning, the cosine similarity
     */
    public record Similar(MediaItem item, double score) {
    }

    /** The pictures that look most like {@code id}, closest first; nothing while its hash is not known yet. */
    public Optional<List<Similar>> byLook(long id, int limit) {
        SimilarityStore.HashTable table = store.perceptualHashes();
        Long own = null;
        for (int i = 0; i < table.size(); i++) {
            if (table.ids()[i] == id) {
                own = table.hashes()[i];
                break;
            }
        }
        if (own == null) {
            return Optional.empty();
        }
        List<SearchHit> near = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            int distance = PerceptualHash.distance(own, table.hashes()[i]);
            if (table.ids()[i] != id && distance <= LOOK_ALIKE_DISTANCE) {
                near.add(new SearchHit(table.ids()[i], distance));
            }
        }
        near.sort(Comparator.comparingDouble(SearchHit::score).thenComparingLong(SearchHit::id));
        return Optional.of(load(near.subList(0, Math.min(limit, near.size()))));
    }

    /**
     * The pictures nearest to {@code id} in meaning, closest first; nothing when it has no embedding (no model, not
     * embedded yet, no words) or the index is not ready.
     */
    public Optional<List<Similar>> byMeaning(long id, int limit) {
        Optional<QueryMeaning> meaning = embeddings.meaningOf(id);
        if (meaning.isEmpty()) {
            return Optional.empty();
        }
        return index.nearest(meaning.get().space(), meaning.get().vector(), limit + 1, ParsedSearch.empty())
                .map(hits -> {
                    List<SearchHit> others = hits.stream().filter(h -> h.id() != id).toList();
                    double floor = others.isEmpty() ? 0 : others.get(0).score() - MEANING_MARGIN;
                    return load(others.stream().filter(h -> h.score() >= floor).limit(limit).toList());
                });
    }

    private List<Similar> load(List<SearchHit> hits) {
        Map<Long, MediaItem> items = new HashMap<>();
        media.findByIds(hits.stream().map(SearchHit::id).toList()).forEach(item -> items.put(item.id(), item));
        return hits.stream().filter(h -> items.containsKey(h.id())).map(h -> new Similar(items.get(h.id()), h.score())).toList();
    }
}
