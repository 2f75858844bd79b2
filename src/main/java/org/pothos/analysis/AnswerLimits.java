package org.pothos.analysis;

/** Bounds on what a model may write; answers are clamped to them. */
public record AnswerLimits(int maxTitleLength, int maxDescriptionLength, int maxTags, int maxCategories) {

    public static final int DEFAULT_MAX_TAGS = 10;
    public static final int DEFAULT_MAX_CATEGORIES = 3;

    public static AnswerLimits defaults() {
        return new AnswerLimits(80, 1000, DEFAULT_MAX_TAGS, DEFAULT_MAX_CATEGORIES);
    }

    public AnswerLimits {
        if (maxTitleLength < 1 || maxDescriptionLength < 1 || maxTags < 1 || maxCategories < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
