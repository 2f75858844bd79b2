package org.pothos.analysis;

import java.util.List;

/**
 * What the library tells the model about one picture besides the image: the person's most used labels to
 * prefer (with a controlled vocabulary), the categories an answer may use (a strict vocabulary with a short
 * list, sent as the schema's enum), and what the person rejected for this picture, so that asking again
 * brings something new.
 *
 * @param strict labels outside the vocabulary are discarded, so the prompt says so
 */
public record PromptHints(List<String> preferredTags, List<String> preferredCategories, boolean strict,
                          List<String> allowedCategories, List<String> rejectedTags, List<String> rejectedCategories,
                          String rejectedTitle, String rejectedDescription) {

    public static final PromptHints NONE = new PromptHints(List.of(), List.of(), false, List.of(), List.of(), List.of(),
            null, null);

    public PromptHints {
        preferredTags = List.copyOf(preferredTags);
        preferredCategories = List.copyOf(preferredCategories);
        allowedCategories = List.copyOf(allowedCategories);
        rejectedTags = List.copyOf(rejectedTags);
        rejectedCategories = List.copyOf(rejectedCategories);
    }

    /** Where the hints for a picture come from (the library); calls block. */
    @FunctionalInterface
    public interface Source {

        Source NONE = mediaId -> PromptHints.NONE;

        PromptHints forItem(long mediaId);
    }
}
