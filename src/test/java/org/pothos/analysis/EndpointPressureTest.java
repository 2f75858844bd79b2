package org.pothos.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Busy answers lower the window by half and pause the endpoint; successes raise it again slowly. */
class EndpointPressureTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aBusySpellHalvesTheWindowAndBusyAnswersDuringItCountOnce() {
        EndpointPressure pressure = new EndpointPressure(8);
        assertEquals(8, pressure.allowed(8));

        Instant until = pressure.onBusy(null, Duration.ofMillis(400), START);
        assertEquals(4, pressure.allowed(8));
        assertTrue(pressure.waiting(START.plusMillis(100)));
        assertEquals(until, pressure.onBusy(null, Duration.ofMillis(400), START.plusMillis(100)), "the same spell");
        assertEquals(4, pressure.allowed(8));
        assertFalse(pressure.waiting(until));
    }

    @Test
    void retryAfterIsHonouredAndWaitsGrowUpToAMinute() {
        EndpointPressure pressure = new EndpointPressure(2);
        assertEquals(START.plusSeconds(7), pressure.onBusy(Duration.ofSeconds(7), Duration.ofMillis(400), START));

        Instant now = START.plusSeconds(7);
        Duration last = Duration.ZERO;
        for (int spell = 0; spell < 12; spell++) {
            Instant until = pressure.onBusy(null, Duration.ofSeconds(10), now);
            last = Duration.between(now, until);
            now = until;
        }
        assertTrue(last.compareTo(EndpointPressure.LONGEST_WAIT) <= 0 && last.compareTo(Duration.ofSeconds(45)) >= 0, last.toString());
        assertEquals(1, pressure.allowed(2), "never below one request");
    }

    @Test
    void successesRaiseTheWindowByOneEveryFourRoundsUpToTheLimit() {
        EndpointPressure pressure = new EndpointPressure(4);
        pressure.onBusy(null, Duration.ofMillis(10), START);
        pressure.onBusy(null, Duration.ofMillis(10), START.plusSeconds(1));
        assertEquals(1, pressure.allowed(4));
        int successes = 0;
        while (pressure.allowed(4) == 1) {
            pressure.onSuccess(4);
            successes++;
        }
        assertTrue(successes >= 4 && successes <= 6, "one more request after about four rounds, not " + successes);
        assertEquals(2, pressure.allowed(4));
        for (int i = 0; i < 100; i++) {
            pressure.onSuccess(4);
        }
        assertEquals(4, pressure.allowed(4));
        assertEquals(3, pressure.allowed(3), "a lower limit set meanwhile holds");
    }
}
