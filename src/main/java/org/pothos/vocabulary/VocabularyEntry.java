package org.pothos.vocabulary;

import java.time.Instant;
import java.util.List;

/**
 * One tag or category as the tag manager shows it.
 *
 * @param parent     the parent tag's name, or null (categories have none)
 * @param count      pictures that carry this label itself
 * @param totalCount pictures that carry it or any label below it (equal to {@code count} for a leaf)
 * @param lastUsed   when it was last put on a picture, or null when no picture has it
 * @param byUser     pictures on which the person set it
 * @param byModel    pictures on which a model set it
 * @param byFile     pictures on which it was read from the file's own metadata
 * @param aliases    the other names that map onto it
 */
public record VocabularyEntry(String name, String parent, long count, long totalCount, Instant lastUsed,
                              long byUser, long byModel, long byFile, List<String> aliases) {

    public VocabularyEntry {
        aliases = List.copyOf(aliases);
    }
}
