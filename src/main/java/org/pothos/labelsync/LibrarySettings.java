package org.pothos.labelsync;

import java.util.Optional;

/**
 * Settings that belong to a library rather than to the person using the program (who may open several
 * libraries): kept in the library's own database. Calls block: never make them on the JavaFX thread.
 */
public interface LibrarySettings {

    Optional<String> get(String name);

    void put(String name, String value);
}
