package org.pothos.common;

import java.time.Duration;
import java.time.Instant;

/** Compares a file time the library stored with one read from the file system. */
public final class StoredTimes {

    private StoredTimes() {
    }

    /**
     * The library keeps times to the microsecond, rounded (H2 rounds 0.1234567 s to 0.123457 s); file systems
     * report nanoseconds. Two times less than a microsecond apart are the same time.
     */
    public static boolean same(Instant stored, Instant onDisk) {
        return Duration.between(stored, onDisk).abs().toNanos() < 1000;
    }
}
