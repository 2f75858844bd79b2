package org.pothos.review;

import java.util.Objects;
import org.pothos.library.Source;

/** A value a model proposed for a picture that is not applied: waiting for the person, or turned down. */
public record Suggestion(SuggestionField field, String value, Source source) {

    public Suggestion {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }
}
