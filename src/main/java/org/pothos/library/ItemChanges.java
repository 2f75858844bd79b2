package org.pothos.library;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One change a person makes to any number of items at once (add or remove labels, set rating, favourite,
 * title or description). Everything it sets is the user's value, so analysis keeps it unless told to overwrite.
 */
public final class ItemChanges {

    private final ItemValues.Text title;
    private final ItemValues.Text description;
    private final Integer rating;
    private final Boolean favourite;
    private final List<ItemValues.LabelState> labels;

    private ItemChanges(Builder builder) {
        this.title = builder.title;
        this.description = builder.description;
        this.rating = builder.rating;
        this.favourite = builder.favourite;
        this.labels = List.copyOf(builder.labels.values());
        forItem(0); // checks the values once, before any item is touched
    }

    public static Builder builder() {
        return new Builder();
    }

    /** What the change assigns to item {@code id}. */
    public ItemValues forItem(long id) {
        return new ItemValues(id, title, description, rating, favourite, labels);
    }

    public boolean isEmpty() {
        return forItem(0).isEmpty();
    }

    public List<ItemValues.LabelState> labels() {
        return labels;
    }

    public static final class Builder {

        private ItemValues.Text title;
        private ItemValues.Text description;
        private Integer rating;
        private Boolean favourite;
        /** By kind and folded name: the last word on a label wins, so adding then removing one removes it. */
        private final Map<String, ItemValues.LabelState> labels = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder addLabels(LabelKind kind, Collection<String> names) {
            names.forEach(name -> label(new ItemValues.LabelState(kind, name, Source.USER)));
            return this;
        }

        public Builder removeLabels(LabelKind kind, Collection<String> names) {
            names.forEach(name -> label(new ItemValues.LabelState(kind, name, null)));
            return this;
        }

        private void label(ItemValues.LabelState state) {
            labels.put(state.kind() + ":" + LabelNames.normalise(state.name()), state);
        }

        /** Sets the title of every item; blank clears it. */
        public Builder title(String value) {
            this.title = ItemValues.Text.byUser(value);
            return this;
        }

        /** Sets the description of every item; blank clears it. */
        public Builder description(String value) {
            this.description = ItemValues.Text.byUser(value);
            return this;
        }

        public Builder rating(int value) {
            this.rating = value;
            return this;
        }

        public Builder favourite(boolean value) {
            this.favourite = value;
            return this;
        }

        public ItemChanges build() {
            return new ItemChanges(this);
        }
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        labels.forEach(l -> parts.add((l.present() ? "+" : "-") + l.kind() + ":" + l.name()));
        if (rating != null) {
            parts.add("rating=" + rating);
        }
        if (favourite != null) {
            parts.add("favourite=" + favourite);
        }
        if (title != null) {
            parts.add("title");
        }
        if (description != null) {
            parts.add("description");
        }
        return "ItemChanges" + parts;
    }
}
