package org.pothos.cli;

import java.time.Duration;

/** Short human durations for progress lines: "45 s", "3 min", "1 h 20 min". */
final class Durations {

    private Durations() {
    }

    static String describe(Duration d) {
        long seconds = Math.max(0, d.toSeconds());
        if (seconds < 90) {
            return seconds + " s";
        }
        long minutes = Math.round(seconds / 60.0);
        return minutes < 90 ? minutes + " min" : minutes / 60 + " h " + minutes % 60 + " min";
    }
}
