package org.pothos.library;

import java.util.Locale;

/**
 * How a library treats the labels a model proposes. {@link #OFF}: the model writes freely (aliases still
 * apply). {@link #PREFER}: the prompt offers the person's most used labels and asks the model to prefer
 * them; new ones are kept. {@link #STRICT}: as PREFER, and a label the library does not know is mapped to
 * the nearest known one by its normalised form or an alias, or else dropped and recorded on the job.
 */
public enum VocabularyMode {
    OFF,
    PREFER,
    STRICT;

    /** The word the command line and the settings store use: {@code off}, {@code prefer}, {@code strict}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static VocabularyMode fromKey(String key) {
        for (VocabularyMode mode : values()) {
            if (mode.key().equals(key == null ? "" : key.strip().toLowerCase(Locale.ROOT))) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown vocabulary mode '" + key + "': use off, prefer or strict");
    }
}
