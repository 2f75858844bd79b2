package org.pothos.testsupport;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** A preferences node of its own for each test, removed afterwards, so tests never touch the user's settings. */
public final class TestPreferences implements AutoCloseable {

    public final Preferences node = Preferences.userRoot().node("pothos-test-" + UUID.randomUUID());

    @Override
    public void close() throws BackingStoreException {
        node.removeNode();
        node.flush();
    }
}
