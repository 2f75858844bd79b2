package org.pothos.bench;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The line above the table that says where and how the figures were taken. */
public final class MachineFacts {

    private MachineFacts() {
    }

    public static String describe(BenchSize size, String photoSource) {
        Runtime runtime = Runtime.getRuntime();
        return String.format(Locale.ROOT,
                "Pothos bench, size %s, %s: %d cores, max heap %.1f GB, Java %s (%s), %s %s %s; photos: %s",
                size.name().toLowerCase(Locale.ROOT),
                ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
                runtime.availableProcessors(), runtime.maxMemory() / 1e9,
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"),
                photoSource);
    }
}
