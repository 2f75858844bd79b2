package org.pothos.ui.review;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.pothos.review.Suggestion;
import org.pothos.review.SuggestionField;

/** One suggestion of the picture under review, as a chip or a text row shows it; {@code current} marks the keyboard's place. */
public final class SuggestionViewModel {

    private final Suggestion suggestion;
    private final ReadOnlyBooleanWrapper current = new ReadOnlyBooleanWrapper(this, "current");

    SuggestionViewModel(Suggestion suggestion) {
        this.suggestion = suggestion;
    }

    public Suggestion suggestion() {
        return suggestion;
    }

    public SuggestionField getField() {
        return suggestion.field();
    }

    public String getValue() {
        return suggestion.value();
    }

    /** Who suggested it, in words ("llava:7b"). */
    public String getSourceText() {
        return suggestion.source().toString();
    }

    public ReadOnlyBooleanProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    void setCurrent(boolean isCurrent) {
        current.set(isCurrent);
    }
}
