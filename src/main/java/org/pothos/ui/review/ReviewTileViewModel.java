package org.pothos.ui.review;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.pothos.review.ReviewItem;
import org.pothos.review.SuggestionField;
import org.pothos.ui.library.MediaItemViewModel;

/** A picture in the review grid: its thumbnail's item, what waits on it, and whether it is selected. */
public final class ReviewTileViewModel {

    private final MediaItemViewModel item;
    private final int tags;
    private final int categories;
    private final boolean text;
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected");

    ReviewTileViewModel(ReviewItem review) {
        this.item = new MediaItemViewModel(review.item());
        this.tags = review.suggested(SuggestionField.TAG).size();
        this.categories = review.suggested(SuggestionField.CATEGORY).size();
        this.text = !review.suggested(SuggestionField.TITLE).isEmpty() || !review.suggested(SuggestionField.DESCRIPTION).isEmpty();
    }

    public long getId() {
        return item.getId();
    }

    public MediaItemViewModel item() {
        return item;
    }

    public int getTagCount() {
        return tags;
    }

    public int getCategoryCount() {
        return categories;
    }

    /** Whether a title or description waits too. */
    public boolean hasText() {
        return text;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }
}
