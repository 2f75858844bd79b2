package org.pothos.library;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FileStampTest {

    @Test
    void aTimeTheDatabaseRoundedUpToTheMicrosecondStillMatchesTheFile() {
        // H2 keeps 00.123456789 as 00.123457: truncating both sides would call the file changed.
        FileStamp stored = new FileStamp(1, "h", 10, Instant.parse("2024-01-01T00:00:00.123457Z"), Availability.PRESENT);

        assertTrue(stored.matches(10, Instant.parse("2024-01-01T00:00:00.123456789Z")));
        assertFalse(stored.matches(10, Instant.parse("2024-01-01T00:00:00.123459Z")), "two microseconds apart");
        assertFalse(stored.matches(11, Instant.parse("2024-01-01T00:00:00.123457Z")), "another size");
    }
}
