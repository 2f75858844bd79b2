package org.pothos.bench.library;

import java.util.List;
import java.util.SplittableRandom;

/** The drawn contents of one synthetic item: its labels, texts and flags. */
record SyntheticItem(String folder, String fileName, int[] tagRanks, int[] categoryRanks, String title,
                     String description, int rating, boolean favourite, boolean undated) {

    static SyntheticItem draw(long id, SplittableRandom random, ZipfSampler tags, ZipfSampler categories,
                              LibraryShape shape, List<String> tagNames) {
        int[] tagRanks = tags.distinct(random, shape.tagsPerItem());
        int[] categoryRanks = categories.distinct(random, random.nextInt(4) == 0 ? 2 : 1);
        boolean analysed = random.nextDouble() < shape.analysedShare();
        String title = analysed ? title(tagNames, tagRanks) : null;
        String description = analysed ? description(random, tagNames, tagRanks) : null;
        return new SyntheticItem(Long.toString(2010 + id % 15), String.format("IMG_%06d.JPG", id), tagRanks,
                categoryRanks, title, description, random.nextInt(10) == 0 ? 1 + random.nextInt(5) : 0,
                random.nextInt(20) == 0, random.nextInt(30) == 0);
    }

    /** Like a model's title: the item's two most common tags. */
    private static String title(List<String> tagNames, int[] ranks) {
        String first = tagNames.get(Math.min(ranks[0], ranks[1]));
        String second = tagNames.get(Math.max(ranks[0], ranks[1]));
        return Character.toUpperCase(first.charAt(0)) + first.substring(1) + " with " + second;
    }

    /** A sentence of 12 to 20 words mixing the item's tags with filler. */
    private static String description(SplittableRandom random, List<String> tagNames, int[] ranks) {
        int words = 12 + random.nextInt(9);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ");
            if (random.nextInt(3) == 0) {
                text.append(tagNames.get(ranks[random.nextInt(ranks.length)]));
            } else {
                text.append(Vocabulary.FILLER.get(random.nextInt(Vocabulary.FILLER.size())));
            }
        }
        return text.append('.').toString();
    }
}
