package org.pothos.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion: each list gives an item {@code 1 / (k + rank)}, and the sums decide. It needs no
 * common scale between BM25 scores and cosine similarities, and an item high in both lists beats one that is
 * first in only one of them.
 */
public final class RankFusion {

    /** The constant of the original paper (Cormack, Clarke and Büttcher, 2009): damps the weight of the very top. */
    public static final int K = 60;

    private RankFusion() {
    }

    @SafeVarargs
    public static List<SearchHit> fuse(List<SearchHit>... rankings) {
        Map<Long, Double> scores = new HashMap<>();
        Map<Long, Integer> firstSeen = new HashMap<>();
        int order = 0;
        for (List<SearchHit> ranking : rankings) {
            for (int rank = 0; rank < ranking.size(); rank++) {
                long id = ranking.get(rank).id();
                scores.merge(id, 1.0 / (K + rank + 1), Double::sum);
                firstSeen.putIfAbsent(id, order++);
            }
        }
        List<SearchHit> fused = new ArrayList<>(scores.size());
        scores.forEach((id, score) -> fused.add(new SearchHit(id, score)));
        // Ties (same ranks in different lists) keep the order of the earlier list.
        fused.sort(Comparator.comparingDouble(SearchHit::score).reversed().thenComparing(h -> firstSeen.get(h.id())));
        return fused;
    }
}
