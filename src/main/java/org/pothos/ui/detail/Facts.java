package org.pothos.ui.detail;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.pothos.library.MediaItem;

/**
 * Puts an item's file and camera facts into short display strings; an empty string means "not known", which
 * the view hides. Numbers follow the given locale, coordinates do not (they are copied into maps).
 */
public final class Facts {

    private static final String[] SIZE_UNITS = {"KB", "MB", "GB", "TB"};

    private Facts() {
    }

    /** Make and model, without the make twice when the model already starts with it ("Canon Canon EOS R6"). */
    static String camera(MediaItem item) {
        String make = trimmed(item.cameraMake());
        String model = trimmed(item.cameraModel());
        if (model.isEmpty()) {
            return make;
        }
        if (make.isEmpty() || model.toLowerCase(Locale.ROOT).startsWith(make.toLowerCase(Locale.ROOT))) {
            return model;
        }
        return make + " " + model;
    }

    static String lens(MediaItem item) {
        return trimmed(item.lens());
    }

    public static String takenAt(MediaItem item, Locale locale) {
        return item.takenAt() == null ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).format(item.takenAt());
    }

    /** Decimal units, as file managers on most systems show them. */
    public static String fileSize(long bytes, Locale locale) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1000 && unit < SIZE_UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(locale, value < 10 ? "%.1f %s" : "%.0f %s", value, SIZE_UNITS[unit]);
    }

    /** As the picture is seen, after EXIF orientation, with its megapixels. */
    public static String dimensions(MediaItem item, Locale locale) {
        int width = item.displayWidth();
        int height = item.displayHeight();
        if (width <= 0 || height <= 0) {
            return "";
        }
        double megapixels = (double) width * height / 1_000_000;
        return String.format(locale, "%d × %d px · %.1f MP", width, height, megapixels);
    }

    static String format(MediaItem item) {
        return item.format() == null ? "" : item.format().name();
    }

    static String gps(MediaItem item) {
        if (item.gpsLatitude() == null || item.gpsLongitude() == null) {
            return "";
        }
        return String.format(Locale.ROOT, "%.5f, %.5f", item.gpsLatitude(), item.gpsLongitude());
    }

    static String path(MediaItem item) {
        return item.path() == null ? "" : item.path().toString();
    }

    private static String trimmed(String s) {
        return s == null ? "" : s.strip();
    }
}
