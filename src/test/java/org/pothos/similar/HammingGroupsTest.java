package org.pothos.similar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Multi-index hashing finds exactly the groups that comparing every pair finds. */
class HammingGroupsTest {

    /** Random hashes, and copies of some of them with a few bits flipped (chains included). */
    private static long[] hashes(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] hashes = new long[count];
        for (int i = 0; i < count; i++) {
            if (i > 0 && random.nextInt(3) == 0) {
                long near = hashes[random.nextInt(i)];
                int flips = random.nextInt(13);
                for (int f = 0; f < flips; f++) {
                    near ^= 1L << random.nextInt(64);
                }
                hashes[i] = near;
            } else {
                hashes[i] = random.nextLong();
            }
        }
        return hashes;
    }

    @Test
    void sameGroupsAsComparingEveryPair() {
        long[] hashes = hashes(3000, 7);
        for (int threshold = 0; threshold <= HammingGroups.MAX_THRESHOLD; threshold++) {
            assertEquals(HammingGroups.groupAllPairs(hashes, threshold), HammingGroups.group(hashes, threshold),
                    "threshold " + threshold);
        }
    }

    @Test
    void nearHashesGroupTransitivelyAndFarOnesStayApart() {
        long a = 0x0F0F_0F0F_0F0F_0F0FL;
        long b = a ^ 0b111;          // 3 bits from a
        long c = b ^ (0b111L << 40); // 3 bits from b, 6 from a
        long far = ~a;
        assertEquals(List.of(List.of(0, 1, 2)), HammingGroups.group(new long[] {a, b, c, far}, 3));
        assertEquals(List.of(), HammingGroups.group(new long[] {a, far}, 16));
        assertThrows(IllegalArgumentException.class, () -> HammingGroups.group(new long[] {a}, 17));
    }
}
