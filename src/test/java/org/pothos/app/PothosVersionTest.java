package org.pothos.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Run from classes (as tests and {@code mvn javafx:run} are), the version is the pom's, not "development". */
class PothosVersionTest {

    @Test
    void aRunFromClassesKnowsThePomsVersion() {
        String version = PothosVersion.get();
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+([.-].+)?"), version);
    }
}
