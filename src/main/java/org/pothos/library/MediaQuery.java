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
        return builder().build();
    }

    /** A query with every criterion open, newest taken first, to narrow down. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this query. */
    public Builder toBuilder() {
        return new Builder().tags(tags).category(category).text(text).analysed(analysed).minRating(minRating)
                .favourite(favourite).availability(availability).analysisFailed(analysisFailed).sort(sort);
    }

    public MediaQuery withTags(List<String> newTags) {
        return toBuilder().tags(newTags).build();
    }

    public MediaQuery withCategory(String newCategory) {
        return toBuilder().category(newCategory).build();
    }

    public MediaQuery withText(String newText) {
        return toBuilder().text(newText).build();
    }

    public MediaQuery withAnalysed(Boolean newAnalysed) {
        return toBuilder().analysed(newAnalysed).build();
    }

    public MediaQuery withMinRating(Integer newMinRating) {
        return toBuilder().minRating(newMinRating).build();
    }

    public MediaQuery withFavourite(Boolean newFavourite) {
        return toBuilder().favourite(newFavourite).build();
    }

    public MediaQuery withAvailability(Availability newAvailability) {
        return toBuilder().availability(newAvailability).build();
    }

    /** Only items whose last analysis failed and that no model has described yet. */
    public MediaQuery withAnalysisFailed(Boolean failed) {
        return toBuilder().analysisFailed(failed).build();
    }

    public MediaQuery withSort(SortOrder newSort) {
        return toBuilder().sort(newSort).build();
    }

    /** The search text folded for case-insensitive matching, or null. */
    public String foldedText() {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Sets criteria one by one; null leaves a criterion open. */
    public static final class Builder {

        private List<String> tags;
        private String category;
        private String text;
        private Boolean analysed;
        private Integer minRating;
        private Boolean favourite;
        private Availability availability;
        private Boolean analysisFailed;
        private SortOrder sort = SortOrder.TAKEN;

        private Builder() {
        }

        /** Tags that must all be on an item. */
        public Builder tags(List<String> value) {
            this.tags = value;
            return this;
        }

        public Builder category(String value) {
            this.category = value;
            return this;
        }

        /** Words to find in the title, description, file name or tags. */
        public Builder text(String value) {
            this.text = value;
            return this;
        }

        public Builder analysed(Boolean value) {
            this.analysed = value;
            return this;
        }

        public Builder minRating(Integer value) {
            this.minRating = value;
            return this;
        }

        public Builder favourite(Boolean value) {
            this.favourite = value;
            return this;
        }

        public Builder availability(Availability value) {
            this.availability = value;
            return this;
        }

        /** Only items whose last analysis failed and that no model has described yet. */
        public Builder analysisFailed(Boolean value) {
            this.analysisFailed = value;
            return this;
        }

        public Builder sort(SortOrder value) {
            this.sort = value;
            return this;
        }

        public MediaQuery build() {
            return new MediaQuery(tags, category, text, analysed, minRating, favourite, availability, analysisFailed, sort);
        }
    }
}
