package org.pothos.review;

import java.util.Locale;
import org.pothos.library.LabelKind;

/** What a suggestion would set: the title, the description, or one tag or category. */
public enum SuggestionField {
    TITLE,
    DESCRIPTION,
    TAG,
    CATEGORY;

    public boolean isLabel() {
        return this == TAG || this == CATEGORY;
    }

    /** The label kind of a tag or category suggestion. */
    public LabelKind labelKind() {
        return switch (this) {
            case TAG -> LabelKind.TAG;
            case CATEGORY -> LabelKind.CATEGORY;
            default -> throw new IllegalStateException(this + " is not a label");
        };
    }

    public static SuggestionField of(LabelKind kind) {
        return kind == LabelKind.TAG ? TAG : CATEGORY;
    }

    /** Lower-case name for the command line and JSON. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
