package org.pothos.persistence;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.pothos.library.LabelWriteMode;
import org.pothos.library.VocabularyMode;

/** Reads and writes {@code library_setting} inside a unit of work, so a result is applied under the settings it sees. */
final class LibrarySettingRows {

    static final String REVIEW_MODE = "review.mode";
    static final String VOCABULARY_MODE = "vocabulary.mode";
    static final String LABEL_WRITE_MODE = "labels.write_mode";

    private LibrarySettingRows() {
    }

    static Optional<String> read(EntityManager em, String name) {
        return NativeValues.column(em.createNativeQuery("SELECT setting_value FROM library_setting WHERE name = :name")
                .setParameter("name", name), String.class).stream().findFirst();
    }

    static void write(EntityManager em, String name, String value) {
        em.createNativeQuery("MERGE INTO library_setting (name, setting_value) KEY (name) VALUES (:name, :value)")
                .setParameter("name", name)
                .setParameter("value", value)
                .executeUpdate();
    }

    /** The settings that shape how an answer is applied, read in one query. */
    record Values(boolean reviewMode, VocabularyMode vocabularyMode) {
    }

    static Values values(EntityManager em) {
        Map<String, String> all = new HashMap<>();
        NativeValues.rows(em.createNativeQuery("SELECT name, setting_value FROM library_setting"))
                .forEach(row -> all.put((String) row[0], (String) row[1]));
        return new Values(reviewMode(all.get(REVIEW_MODE)), vocabularyMode(all.get(VOCABULARY_MODE)));
    }

    static boolean reviewMode(EntityManager em) {
        return reviewMode(read(em, REVIEW_MODE).orElse(null));
    }

    static VocabularyMode vocabularyMode(EntityManager em) {
        return vocabularyMode(read(em, VOCABULARY_MODE).orElse(null));
    }

    private static boolean reviewMode(String stored) {
        return "on".equals(stored);
    }

    /** A value written by a newer Pothos that this one does not know reads as off, the default. */
    private static VocabularyMode vocabularyMode(String stored) {
        try {
            return stored == null ? VocabularyMode.OFF : VocabularyMode.fromKey(stored);
        } catch (IllegalArgumentException e) {
            return VocabularyMode.OFF;
        }
    }

    /** A mode written by a newer Pothos that this one does not know reads as off: nothing is written. */
    static LabelWriteMode labelWriteMode(EntityManager em) {
        try {
            return read(em, LABEL_WRITE_MODE).map(LabelWriteMode::fromKey).orElse(LabelWriteMode.OFF);
        } catch (IllegalArgumentException e) {
            return LabelWriteMode.OFF;
        }
    }
}
