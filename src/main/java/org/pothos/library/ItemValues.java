package org.pothos.library;

import java.util.List;
import java.util.Objects;

/**
 * Some of one item's editable values: what an edit assigns, or what those values were before it (so that
 * assigning them again undoes it). A null part is not touched; {@code labels} names only the labels concerned.
 */
public record ItemValues(long id, Text title, Text description, Integer rating, Boolean favourite, List<LabelState> labels) {

    public ItemValues {
        labels = labels == null ? List.of() : List.copyOf(labels);
        if (rating != null && (rating < 0 || rating > 5)) {
            throw new IllegalArgumentException("rating must be 0 to 5, was " + rating);
        }
    }

    /** True when no part is set: assigning it changes nothing. */
    public boolean isEmpty() {
        return title == null && description == null && rating == null && favourite == null && labels.isEmpty();
    }

    /** A title or description with who wrote it; a null or blank value means none. */
    public record Text(String value, Source source) {

        public Text {
            value = value == null || value.isBlank() ? null : value.strip();
            source = value == null ? null : Objects.requireNonNull(source, "source");
        }

        public static Text byUser(String value) {
            return new Text(value, Source.USER);
        }
    }

    /** Whether an item carries a tag or category, and from whom: a null source means it does not carry it. */
    public record LabelState(LabelKind kind, String name, Source source) {

        public LabelState {
            Objects.requireNonNull(kind, "kind");
            name = LabelNames.clean(name);
            if (name.isEmpty()) {
                throw new IllegalArgumentException("a label needs a name");
            }
        }

        public boolean present() {
            return source != null;
        }
    }
}
