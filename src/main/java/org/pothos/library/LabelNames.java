package org.pothos.library;

import java.util.Locale;

/** How tag and category names are cleaned and compared: one place, so storage and queries agree. */
public final class LabelNames {

    private LabelNames() {
    }

    /** Trims and collapses inner white space; keeps the user's case for display. */
    public static String clean(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ");
    }

    /** The key two names share when they are the same label: cleaned and case-folded. */
    public static String normalise(String name) {
        return clean(name).toLowerCase(Locale.ROOT);
    }
}
