package org.pothos.similar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pothos.imageio.PerceptualHash;
import org.pothos.library.MediaItem;
import org.pothos.library.MediaStore;

/** Finds groups of exact copies (same content) and near-duplicates (perceptual hashes within a threshold). */
public final class DuplicateFinder {

    /** Resized, recompressed and slightly cropped copies land at 0 to 4; other photos of a similar scene beyond 20. */
    public static final int DEFAULT_THRESHOLD = 8;

    /** The copy worth keeping first: most pixels, then the largest file, then the one imported first. */
    static final Comparator<MediaItem> BEST_FIRST = Comparator
            .comparingLong((MediaItem item) -> (long) item.width() * item.height()).reversed()
            .thenComparing(Comparator.comparingLong(MediaItem::sizeBytes).reversed())
            .thenComparing(MediaItem::importedAt)
            .thenComparingLong(MediaItem::id);

    private final SimilarityStore store;
    private final MediaStore media;

    public DuplicateFinder(SimilarityStore store, MediaStore media) {
        this.store = store;
        this.media = media;
    }

    /** Every group, largest first. Pictures whose hash is not known yet take part by content only. */
    public List<DuplicateGroup> find(int threshold) {
        SimilarityStore.HashTable table = store.perceptualHashes();
        Map<Long, Long> hashById = new HashMap<>(table.size() * 2);
        for (int i = 0; i < table.size(); i++) {
            hashById.put(table.ids()[i], table.hashes()[i]);
        }
        // Near groups and same-content groups overlap (identical files have identical hashes): one joins the other.
        Map<Long, Long> parent = new HashMap<>();
        for (List<Integer> near : HammingGroups.group(table.hashes(), threshold)) {
            near.forEach(index -> join(parent, table.ids()[near.get(0)], table.ids()[index]));
        }
        for (List<Long> copies : store.sameContent()) {
            copies.forEach(id -> join(parent, copies.get(0), id));
        }
        Map<Long, List<Long>> groups = new HashMap<>();
        parent.keySet().forEach(id -> groups.computeIfAbsent(root(parent, id), r -> new ArrayList<>()).add(id));
        Map<Long, MediaItem> items = new HashMap<>();
        media.findByIds(List.copyOf(parent.keySet())).forEach(item -> items.put(item.id(), item));
        List<DuplicateGroup> result = new ArrayList<>();
        for (List<Long> ids : groups.values()) {
            List<MediaItem> members = ids.stream().map(items::get).filter(java.util.Objects::nonNull).sorted(BEST_FIRST).toList();
            if (members.size() > 1) {
                result.add(describe(members, hashById));
            }
        }
        result.sort(Comparator.comparingInt((DuplicateGroup g) -> g.members().size()).reversed()
                .thenComparingLong(g -> g.suggestedKeeper().id()));
        return result;
    }

    private static void join(Map<Long, Long> parent, long a, long b) {
        long ra = root(parent, a);
        long rb = root(parent, b);
        if (ra != rb) {
            parent.put(Math.max(ra, rb), Math.min(ra, rb));
        }
    }

    private static long root(Map<Long, Long> parent, long id) {
        long current = id;
        Long up = parent.putIfAbsent(current, current);
        while (up != null && up != current) {
            current = up;
            up = parent.get(current);
        }
        return current;
    }

    private static DuplicateGroup describe(List<MediaItem> members, Map<Long, Long> hashById) {
        MediaItem first = members.get(0);
        Long firstHash = hashById.get(first.id());
        List<DuplicateGroup.Member> described = new ArrayList<>();
        for (MediaItem item : members) {
            Long hash = hashById.get(item.id());
            int distance = firstHash == null || hash == null ? -1 : PerceptualHash.distance(firstHash, hash);
            described.add(new DuplicateGroup.Member(item, distance, item.contentHash().equals(first.contentHash())));
        }
        return new DuplicateGroup(described);
    }
}
