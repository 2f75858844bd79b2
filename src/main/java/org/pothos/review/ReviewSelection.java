package org.pothos.review;

import java.util.List;

/**
 * Which of a picture's suggestions an accept or reject covers: named tags and categories, the title, the
 * description, or everything that waits ({@code all}).
 */
public record ReviewSelection(List<String> tags, List<String> categories, boolean title, boolean description,
                              boolean all) {

    public ReviewSelection {
        tags = tags == null ? List.of() : List.copyOf(tags);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    public static ReviewSelection everything() {
        return new ReviewSelection(List.of(), List.of(), false, false, true);
    }

    public static ReviewSelection of(Suggestion suggestion) {
        return switch (suggestion.field()) {
            case TITLE -> new ReviewSelection(List.of(), List.of(), true, false, false);
            case DESCRIPTION -> new ReviewSelection(List.of(), List.of(), false, true, false);
            case TAG -> new ReviewSelection(List.of(suggestion.value()), List.of(), false, false, false);
            case CATEGORY -> new ReviewSelection(List.of(), List.of(suggestion.value()), false, false, false);
        };
    }

    public boolean isEmpty() {
        return !all && !title && !description && tags.isEmpty() && categories.isEmpty();
    }
}
