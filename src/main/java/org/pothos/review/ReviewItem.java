package org.pothos.review;

import java.util.List;
import org.pothos.library.MediaItem;

/**
 * A picture under review: its applied values (in {@code item}), what a model suggests and waits for the
 * person, and what the person turned down before (remembered so it is never suggested again).
 */
public record ReviewItem(MediaItem item, List<Suggestion> suggested, List<Suggestion> rejected) {

    public ReviewItem {
        suggested = List.copyOf(suggested);
        rejected = List.copyOf(rejected);
    }

    public long id() {
        return item.id();
    }

    public boolean hasPending() {
        return !suggested.isEmpty();
    }

    public List<Suggestion> suggested(SuggestionField field) {
        return suggested.stream().filter(s -> s.field() == field).toList();
    }
}
