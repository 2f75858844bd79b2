package org.pothos.ui.jobs;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.pothos.analysis.JobStatus;
import org.pothos.ui.common.ServiceTexts;

/**
 * The panel's words, from the JobsView bundle (the same one the FXML uses), and the few formats
 * its texts need. ViewModels build their texts here so that a test can read them in any locale.
 */
public final class JobsText {

    public static final String BUNDLE = "org.pothos.ui.jobs.JobsView";

    private final ResourceBundle bundle;
    private final Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter timeOfDay;
    private final DateTimeFormatter dateAndTime;
    private final ServiceTexts service;

    public JobsText(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
        // No fallback to the machine's locale: English asked for is English shown (the base bundle).
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.timeOfDay = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        this.dateAndTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale);
        this.service = ServiceTexts.of(locale);
    }

    /** The user's language and time zone. */
    public static JobsText forDefaultLocale() {
        return new JobsText(Locale.getDefault(), ZoneId.systemDefault());
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** What the engine said (a job's step, why it failed), in the user's language as far as it is known. */
    String engine(String message) {
        return service.translate(message);
    }

    String status(JobStatus status) {
        return get("status." + status.name());
    }

    /** A finish time: the time of day when it is today, else the date as well. */
    String time(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime at = instant.atZone(zone);
        return at.toLocalDate().equals(LocalDate.now(zone)) ? timeOfDay.format(at) : dateAndTime.format(at);
    }

    String duration(Long millis) {
        if (millis == null) {
            return "";
        }
        return millis < 60_000
                ? get("duration.seconds", millis / 1000.0)
                : get("duration.minutes", millis / 60_000, (millis / 1000) % 60);
    }

    /** A time left, rounded the way people say it: seconds under a minute, then minutes, then hours. */
    String timeLeft(Duration left) {
        long seconds = Math.max(0, left.toSeconds());
        if (seconds < 60) {
            return get("left.seconds", Math.max(1, (seconds + 4) / 5 * 5));
        }
        if (seconds < 3600) {
            return get("left.minutes", (seconds + 30) / 60);
        }
        return get("left.hours", seconds / 3600, (seconds % 3600 + 30) / 60);
    }

    String itemFallback(long mediaId) {
        return get("item.fallback", mediaId);
    }
}
