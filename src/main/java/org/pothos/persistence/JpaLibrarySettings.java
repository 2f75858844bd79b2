package org.pothos.persistence;

import org.pothos.library.LabelWriteMode;
import org.pothos.library.LibrarySettings;
import org.pothos.library.VocabularyMode;

/** {@link LibrarySettings} in the library's own database, one row per setting. */
public final class JpaLibrarySettings implements LibrarySettings {

    private final Database db;

    public JpaLibrarySettings(Database db) {
        this.db = db;
    }

    @Override
    public boolean reviewMode() {
        return db.call(LibrarySettingRows::reviewMode);
    }

    @Override
    public void setReviewMode(boolean on) {
        db.run(em -> LibrarySettingRows.write(em, LibrarySettingRows.REVIEW_MODE, on ? "on" : "off"));
    }

    @Override
    public VocabularyMode vocabularyMode() {
        return db.call(LibrarySettingRows::vocabularyMode);
    }

    @Override
    public void setVocabularyMode(VocabularyMode mode) {
        db.run(em -> LibrarySettingRows.write(em, LibrarySettingRows.VOCABULARY_MODE, mode.key()));
    }

    @Override
    public LabelWriteMode labelWriteMode() {
        return db.call(LibrarySettingRows::labelWriteMode);
    }

    @Override
    public void setLabelWriteMode(LabelWriteMode mode) {
        db.run(em -> LibrarySettingRows.write(em, LibrarySettingRows.LABEL_WRITE_MODE, mode.key()));
    }
}
