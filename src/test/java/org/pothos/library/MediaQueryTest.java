package org.pothos.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A query is built criterion by criterion; a copy changes one and keeps the others. */
class MediaQueryTest {

    @Test
    void aBuiltQueryHoldsItsCriteriaCleaned() {
        MediaQuery query = MediaQuery.builder().tags(List.of(" Beach ", "beach", "")).category("  ").text(" sunset ")
                .favourite(true).minRating(3).sort(SortOrder.NAME).build();

        assertEquals(List.of("beach"), query.tags());
        assertEquals(null, query.category());
        assertEquals("sunset", query.text());
        assertEquals(Boolean.TRUE, query.favourite());
        assertEquals(3, query.minRating());
        assertEquals(SortOrder.NAME, query.sort());
        assertEquals(SortOrder.TAKEN, MediaQuery.builder().sort(null).build().sort(), "newest taken first unless told");
    }

    @Test
    void aCopyChangesOneCriterionAndKeepsTheRest() {
        MediaQuery query = MediaQuery.builder().tags(List.of("beach")).availability(Availability.MISSING).build();

        MediaQuery byName = query.withSort(SortOrder.NAME);

        assertEquals(query.toBuilder().sort(SortOrder.NAME).build(), byName);
        assertEquals(List.of("beach"), byName.tags());
        assertEquals(Availability.MISSING, byName.availability());
        assertEquals(MediaQuery.all(), MediaQuery.builder().build());
    }
}
