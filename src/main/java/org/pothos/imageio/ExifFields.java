package org.pothos.imageio;

import com.drew.lang.GeoLocation;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.TimeZone;

/** Interprets the EXIF tags Pothos cares about, tolerating the usual camera quirks. */
final class ExifFields {

    /** EXIF dates carry no zone; parsing and printing them in UTC keeps the camera's wall-clock time. */
    private static final TimeZone WALL_CLOCK = TimeZone.getTimeZone("UTC");
    /** Cameras with an unset clock write zeros or 1970-ish dates; nothing real predates photography. */
    private static final int EARLIEST_PLAUSIBLE_YEAR = 1826;

    private ExifFields() {
    }

    static int orientation(Metadata metadata) {
        ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        Integer value = ifd0 == null ? null : ifd0.getInteger(ExifDirectoryBase.TAG_ORIENTATION);
        return value != null && Orientation.isValid(value) ? value : Orientation.NORMAL;
    }

    /**
     * RAW files list their SubIFDs (preview and sensor directories) as EXIF sub-directories too, before the EXIF
     * IFD itself, so every one is asked.
     */
    static LocalDateTime takenAt(Metadata metadata) {
        for (ExifSubIFDDirectory directory : metadata.getDirectoriesOfType(ExifSubIFDDirectory.class)) {
            LocalDateTime original = date(directory, ExifDirectoryBase.TAG_DATETIME_ORIGINAL,
                    ExifDirectoryBase.TAG_SUBSECOND_TIME_ORIGINAL);
            if (original != null) {
                return original;
            }
        }
        return date(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class),
                ExifDirectoryBase.TAG_DATETIME, ExifDirectoryBase.TAG_SUBSECOND_TIME);
    }

    static String cameraMake(Metadata metadata) {
        return text(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class), ExifDirectoryBase.TAG_MAKE);
    }

    static String cameraModel(Metadata metadata) {
        return text(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class), ExifDirectoryBase.TAG_MODEL);
    }

    static String lens(Metadata metadata) {
        for (ExifSubIFDDirectory directory : metadata.getDirectoriesOfType(ExifSubIFDDirectory.class)) {
            String lens = text(directory, ExifDirectoryBase.TAG_LENS_MODEL);
            if (lens != null) {
                return lens;
            }
        }
        return null;
    }

    /** Null when absent; 0/0 is what many devices write without a fix, so it counts as absent too. */
    static GeoLocation location(Metadata metadata) {
        GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
        GeoLocation location = gps == null ? null : gps.getGeoLocation();
        return location == null || location.isZero() ? null : location;
    }

    private static LocalDateTime date(Directory directory, int tag, int subsecondTag) {
        if (directory == null) {
            return null;
        }
        Date date = directory.getDate(tag, directory.getString(subsecondTag), WALL_CLOCK);
        if (date == null) {
            return null;
        }
        LocalDateTime local = LocalDateTime.ofInstant(date.toInstant(), ZoneOffset.UTC);
        return local.getYear() >= EARLIEST_PLAUSIBLE_YEAR ? local : null;
    }

    private static String text(Directory directory, int tag) {
        String value = directory == null ? null : directory.getString(tag);
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
