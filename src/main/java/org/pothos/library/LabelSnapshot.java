package org.pothos.library;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.pothos.xmp.FileLabels;

/**
 * Labels reduced to what decides whether an item and its files agree: title and description as stored (trimmed,
 * cut to their columns), tag and category names folded, the rating. Sources and the order of labels do not count.
 */
public record LabelSnapshot(String title, String description, Set<String> tags, Set<String> categories, int rating) {

    /** The longest title and description the library keeps; longer ones from files are cut to this. */
    public static final int TITLE_LIMIT = 200;
    public static final int DESCRIPTION_LIMIT = 4000;
    public static final int NAME_LIMIT = 200;

    public LabelSnapshot {
        tags = Set.copyOf(tags);
        categories = Set.copyOf(categories);
    }

    public static LabelSnapshot of(MediaItem item) {
        return of(item.title(), item.description(), item.tags().stream().map(Label::name).toList(),
                item.categories().stream().map(Label::name).toList(), item.rating());
    }

    /** From stored values: names as kept (any case), texts as kept. */
    public static LabelSnapshot of(String title, String description, Iterable<String> tags, Iterable<String> categories,
                                   int rating) {
        return new LabelSnapshot(clip(title, TITLE_LIMIT), clip(description, DESCRIPTION_LIMIT),
                folded(tags, Function.identity()), folded(categories, Function.identity()), rating);
    }

    public static LabelSnapshot of(FileLabels labels) {
        return new LabelSnapshot(clip(labels.title(), TITLE_LIMIT), clip(labels.description(), DESCRIPTION_LIMIT),
                folded(labels.tags(), FileLabels.Tag::name), folded(labels.categories(), Function.identity()),
                labels.rating());
    }

    /** Trimmed and cut to {@code limit} characters; null when blank. */
    public static String clip(String text, int limit) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() <= limit ? stripped : stripped.substring(0, limit).strip();
    }

    /** A label name as the library stores it: cleaned and cut to its column. */
    public static String name(String raw) {
        String clean = LabelNames.clean(raw);
        return clean.length() <= NAME_LIMIT ? clean : clean.substring(0, NAME_LIMIT).strip();
    }

    private static <T> Set<String> folded(Iterable<T> labels, Function<T, String> name) {
        Set<String> folded = new TreeSet<>();
        for (T label : labels) {
            String key = LabelNames.normalise(name(name.apply(label)));
            if (!key.isEmpty()) {
                folded.add(key);
            }
        }
        return folded;
    }
}
