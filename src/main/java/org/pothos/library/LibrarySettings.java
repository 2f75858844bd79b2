package org.pothos.library;

/**
 * Settings that belong to a library, not to the person's installation: they travel with the library folder
 * and the command line and the window see the same values. Calls block: never make them on the JavaFX thread.
 */
public interface LibrarySettings {

    /** Whether a model's answers arrive as suggestions for the person to review instead of being applied. */
    boolean reviewMode();

    void setReviewMode(boolean on);

    VocabularyMode vocabularyMode();

    void setVocabularyMode(VocabularyMode mode);

    /** Whether and where labels are written into the pictures' files; off for a new library. */
    LabelWriteMode labelWriteMode();

    void setLabelWriteMode(LabelWriteMode mode);
}
