package org.pothos.persistence;

import java.util.Optional;
import org.pothos.labelsync.LibrarySettings;

/** {@link LibrarySettings} in the library's {@code library_setting} table. */
public final class JpaLibrarySettings implements LibrarySettings {

    private final Database db;

    public JpaLibrarySettings(Database db) {
        this.db = db;
    }

    @Override
    public Optional<String> get(String name) {
        return db.call(em -> Optional.ofNullable(em.find(LibrarySettingEntity.class, name)).map(s -> s.value));
    }

    @Override
    public void put(String name, String value) {
        db.run(em -> {
            LibrarySettingEntity setting = em.find(LibrarySettingEntity.class, name);
            if (setting == null) {
                setting = new LibrarySettingEntity();
                setting.name = name;
                setting.value = value;
                em.persist(setting);
            } else {
                setting.value = value;
            }
        });
    }
}
