package org.pothos.analysis;

import java.util.List;

/**
 * What a model said about an image once parsed, clamped and normalised. A field that was not asked
 * for, or that the model left out, is null (text) or empty (lists).
 */
public record ModelAnswer(String title, String description, List<String> tags, List<String> categories) {

    public ModelAnswer {
        tags = tags == null ? List.of() : List.copyOf(tags);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
