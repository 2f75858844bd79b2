package org.pothos.simulation;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * The test server's embedding model: deterministic and meaningful enough for tests. Each word is mapped to a
 * concept through a small thesaurus ("puppy" and "dog" are one concept, "shore" and "beach", "evening" and
 * "sunset"), each concept spreads over a few dimensions chosen by hashing, and the sum is scaled to unit length.
 * Texts sharing concepts are near each other; texts sharing none are orthogonal or nearly so. Task prefixes
 * such as {@code search_query:} are ignored, as real models treat them as instructions.
 */
public final class SimulatedEmbeddings {

    private static final Map<String, String> CONCEPTS = Map.ofEntries(
            Map.entry("puppy", "dog"), Map.entry("puppies", "dog"), Map.entry("dogs", "dog"), Map.entry("hound", "dog"),
            Map.entry("shore", "beach"), Map.entry("seaside", "beach"), Map.entry("beaches", "beach"),
            Map.entry("coast", "beach"), Map.entry("sand", "beach"),
            Map.entry("evening", "sunset"), Map.entry("dusk", "sunset"), Map.entry("sundown", "sunset"),
            Map.entry("sunsets", "sunset"), Map.entry("kitten", "cat"), Map.entry("cats", "cat"),
            Map.entry("automobile", "car"), Map.entry("cars", "car"), Map.entry("mountains", "mountain"),
            Map.entry("peak", "mountain"), Map.entry("woods", "forest"), Map.entry("trees", "forest"),
            Map.entry("狗", "dog"), Map.entry("海滩", "beach"), Map.entry("日落", "sunset"));
    private static final Set<String> STOP = Set.of("a", "an", "the", "on", "at", "in", "of", "and", "with", "by", "is",
            "are", "to", "for", "from", "tags", "categories", "title", "description", "query", "document", "text", "none");
    private static final int SPREAD = 3;

    private SimulatedEmbeddings() {
    }

    public static float[] embed(String text, int dimension) {
        float[] vector = new float[dimension];
        String cleaned = text.toLowerCase(Locale.ROOT).replaceAll("search_(query|document):", " ");
        for (String word : cleaned.split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty() || STOP.contains(word)) {
                continue;
            }
            String concept = CONCEPTS.getOrDefault(word, word);
            for (int i = 0; i < SPREAD; i++) {
                long hash = hash(concept + "#" + i);
                int slot = (int) Math.floorMod(hash, (long) dimension);
                vector[slot] += (hash & 0x100000000L) == 0 ? 1f : -1f;
            }
        }
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        if (norm == 0) {
            vector[0] = 1f;
            return vector;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < dimension; i++) {
            vector[i] *= scale;
        }
        return vector;
    }

    private static long hash(String s) {
        CRC32 crc = new CRC32();
        crc.update(s.getBytes(StandardCharsets.UTF_8));
        long low = crc.getValue();
        crc.update(new byte[] {42});
        return low | (crc.getValue() << 32);
    }
}
