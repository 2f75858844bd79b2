package org.pothos.ui.library;

import java.util.Locale;
import org.pothos.library.Availability;
import org.pothos.library.MediaQuery;

/** The fixed views of the sidebar, each a filter over the whole library. */
public enum LibraryFilter {
    ALL("mdi2i-image-multiple-outline"),
    UNANALYSED("mdi2r-robot-outline"),
    FAILED("mdi2a-alert-circle-outline"),
    FAVOURITES("mdi2h-heart-outline"),
    MISSING("mdi2f-file-question-outline");

    private final String icon;

    LibraryFilter(String icon) {
        this.icon = icon;
    }

    public String icon() {
        return icon;
    }

    /** Resource bundle key of the filter's name. */
    public String labelKey() {
        return "filter." + name().toLowerCase(Locale.ROOT);
    }

    MediaQuery applyTo(MediaQuery query) {
        return switch (this) {
            case ALL -> query;
            case UNANALYSED -> query.withAnalysed(false);
            case FAILED -> query.withAnalysisFailed(true);
            case FAVOURITES -> query.withFavourite(true);
            case MISSING -> query.withAvailability(Availability.MISSING);
        };
    }
}
