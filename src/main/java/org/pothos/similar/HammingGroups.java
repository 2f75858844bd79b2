package org.pothos.similar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups 64-bit hashes that lie within a Hamming distance of each other (transitively: a chain of near pictures is
 * one group), without comparing every pair. Multi-index hashing: the hash is cut into four 16-bit bands; two hashes
 * at distance d ≤ t differ in at most ⌊t/4⌋ bits in at least one band (pigeonhole), so each hash only needs
 * comparing with those whose band is within that radius of its own, looked up in one table per band.
 */
public final class HammingGroups {

    /** The largest threshold offered: beyond it, pictures that merely look alike start to group. */
    public static final int MAX_THRESHOLD = 16;

    private static final int BANDS = 4;
    private static final int BAND_BITS = 16;
    private static final int KEYS = 1 << BAND_BITS;

    private HammingGroups() {
    }

    /** Groups of two or more indexes into {@code hashes}, each sorted, in order of their first index. */
    public static List<List<Integer>> group(long[] hashes, int threshold) {
        if (threshold < 0 || threshold > MAX_THRESHOLD) {
            throw new IllegalArgumentException("the threshold must be 0 to " + MAX_THRESHOLD + ", was " + threshold);
        }
        int n = hashes.length;
        UnionFind sets = new UnionFind(n);
        int[] masks = masksUpTo(threshold / BANDS);
        for (int band = 0; band < BANDS; band++) {
            int shift = band * BAND_BITS;
            // Counting sort of the indexes by this band's key: start[key] .. start[key + 1] in members.
            int[] start = new int[KEYS + 1];
            for (long hash : hashes) {
                start[key(hash, shift) + 1]++;
            }
            for (int k = 0; k < KEYS; k++) {
                start[k + 1] += start[k];
            }
            int[] members = new int[n];
            int[] fill = start.clone();
            for (int i = 0; i < n; i++) {
                members[fill[key(hashes[i], shift)]++] = i;
            }
            for (int i = 0; i < n; i++) {
                int own = key(hashes[i], shift);
                for (int mask : masks) {
                    int k = own ^ mask;
                    for (int m = start[k]; m < start[k + 1]; m++) {
                        int j = members[m];
                        if (j > i && Long.bitCount(hashes[i] ^ hashes[j]) <= threshold) {
                            sets.union(i, j);
                        }
                    }
                }
            }
        }
        return sets.groups();
    }

    /** The baseline: every pair compared. */
    public static List<List<Integer>> groupAllPairs(long[] hashes, int threshold) {
        UnionFind sets = new UnionFind(hashes.length);
        for (int i = 0; i < hashes.length; i++) {
            for (int j = i + 1; j < hashes.length; j++) {
                if (Long.bitCount(hashes[i] ^ hashes[j]) <= threshold) {
                    sets.union(i, j);
                }
            }
        }
        return sets.groups();
    }

    private static int key(long hash, int shift) {
        return (int) ((hash >>> shift) & (KEYS - 1));
    }

    /** Every 16-bit mask with at most {@code radius} bits set (0 first). */
    private static int[] masksUpTo(int radius) {
        List<Integer> masks = new ArrayList<>();
        for (int mask = 0; mask < KEYS; mask++) {
            if (Integer.bitCount(mask) <= radius) {
                masks.add(mask);
            }
        }
        return masks.stream().mapToInt(Integer::intValue).toArray();
    }

    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }

        List<List<Integer>> groups() {
            Map<Integer, List<Integer>> byRoot = new HashMap<>();
            for (int i = 0; i < parent.length; i++) {
                byRoot.computeIfAbsent(find(i), r -> new ArrayList<>()).add(i);
            }
            List<List<Integer>> groups = new ArrayList<>();
            for (List<Integer> members : byRoot.values()) {
                if (members.size() > 1) {
                    groups.add(members);
                }
            }
            groups.sort((a, b) -> Integer.compare(a.get(0), b.get(0)));
            return groups;
        }
    }
}
