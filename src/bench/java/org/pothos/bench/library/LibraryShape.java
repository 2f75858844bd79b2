package org.pothos.bench.library;

/**
 * What a synthetic library looks like.
 *
 * @param items        number of media items
 * @param tags         distinct tags, used with Zipf frequencies
 * @param tagsPerItem  distinct tags on each item
 * @param categories   distinct categories; each item has one or two
 * @param analysedShare share of items a model has described (title and description)
 * @param seed         the same seed builds the same library
 */
public record LibraryShape(int items, int tags, int tagsPerItem, int categories, double analysedShare, long seed) {

    /** Zipf exponent of tag and category frequencies; about 1 for words in natural collections. */
    static final double ZIPF_EXPONENT = 1.0;

    public LibraryShape {
        if (items < 1 || tags < tagsPerItem || tagsPerItem < 1 || categories < 2) {
            throw new IllegalArgumentException("not a library: " + items + " items, " + tags + " tags, "
                    + tagsPerItem + " per item, " + categories + " categories");
        }
    }

    /** The library of the design's budgets: about 2,000 tags, 10 per item, 30 categories. */
    public static LibraryShape realistic(int items) {
        return new LibraryShape(items, 2000, 10, 30, 0.85, 42);
    }
}
