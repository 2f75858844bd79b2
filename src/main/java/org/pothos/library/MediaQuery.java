package org.pothos.library;

import java.util.List;
import java.util.Locale;

/**
 * A filter over the library plus an order. Every criterion is optional; {@code tags} must all be
 * present on an item (AND). {@code text} matches title, description, file name and tag names.
 */
public record MediaQuery(
        List<String> tags,
        String category,
        String text,
        Boolean analysed,
        Integer minRating,
        Boolean favourite,
        Availability availability,
        Boolean analysisFailed,
        SortOrder sort) {

    public MediaQuery {
        tags = tags == null ? List.of() : tags.stream()
                .map(LabelNames::normalise).filter(t -> !t.isEmpty()).distinct().toList();
        category = blankToNull(category);
        text = blankToNull(text);
        sort = sort == null ? SortOrder.TAKEN : sort;
    }

    public static MediaQuery all() {
        return new MediaQuery(null, null, null, null, null, null, null, null, SortOrder.TAKEN);
    }

    public MediaQuery withTags(List<String> newTags) {
        return new MediaQuery(newTags, category, text, analysed, minRating, favourite, availability, analysisFailed, sort);
    }

    public MediaQuery withCategory(String newCategory) {
        return new MediaQuery(tags, newCategory, text, analysed, minRating, favourite, availability, analysisFailed, sort);
    }

    public MediaQuery withText(String newText) {
        return new MediaQuery(tags, category, newText, analysed, minRating, favourite, availability, analysisFailed, sort);
    }

    public MediaQuery withAnalysed(Boolean newAnalysed) {
        return new MediaQuery(tags, category, text, newAnalysed, minRating, favourite, availability, analysisFailed, sort);
    }

    public MediaQuery withMinRating(Integer newMinRating) {
        return new MediaQuery(tags, category, text, analysed, newMinRating, favourite, availability, analysisFailed, sort);
    }

    public MediaQuery withFavourite(Boolean newFavourite) {
        return new MediaQuery(tags, category, text, analysed, minRating, newFavourite, availability, analysisFailed, sort);
    }

    public MediaQuery withAvailability(Availability newAvailability) {
        return new MediaQuery(tags, category, text, analysed, minRating, favourite, newAvailability, analysisFailed, sort);
    }

    /** Only items whose last analysis failed and that no model has described yet. */
    public MediaQuery withAnalysisFailed(Boolean failed) {
        return new MediaQuery(tags, category, text, analysed, minRating, favourite, availability, failed, sort);
    }

    public MediaQuery withSort(SortOrder newSort) {
        return new MediaQuery(tags, category, text, analysed, minRating, favourite, availability, analysisFailed, newSort);
    }

    /** The search text folded for case-insensitive matching, or null. */
    public String foldedText() {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
