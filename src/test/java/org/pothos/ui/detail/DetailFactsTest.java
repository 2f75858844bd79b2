package org.pothos.ui.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.pothos.imageio.ImageFormat;
import org.pothos.library.Availability;
import org.pothos.library.MediaItem;
import org.pothos.library.ThumbnailStatus;

class DetailFactsTest {

    private static MediaItem item(String make, String model, int width, int height, int orientation, Double lat, Double lon) {
        return new MediaItem(1, Path.of("pictures", "a.jpg"), "a.jpg", "ab", 3_700_000, Instant.EPOCH, ImageFormat.JPEG,
                width, height, orientation, LocalDateTime.of(2024, 5, 17, 18, 30), make, model, null, lat, lon,
                null, null, null, null, 0, false, Availability.PRESENT, Instant.EPOCH, Instant.EPOCH, null,
                ThumbnailStatus.READY, null, List.of(), List.of());
    }

    @Test
    void cameraNamesTheMakeOnce() {
        assertEquals("Canon EOS R6", Facts.camera(item("Canon", "Canon EOS R6", 1, 1, 1, null, null)));
        assertEquals("NIKON CORPORATION D750", Facts.camera(item("NIKON CORPORATION", "D750", 1, 1, 1, null, null)));
        assertEquals("Apple", Facts.camera(item("Apple", null, 1, 1, 1, null, null)));
        assertEquals("", Facts.camera(item(null, " ", 1, 1, 1, null, null)));
    }

    @Test
    void dimensionsAreAsDisplayed() {
        assertEquals("3000 × 4000 px · 12.0 MP", Facts.dimensions(item(null, null, 4000, 3000, 6, null, null), Locale.ROOT));
        assertEquals("4000 × 3000 px · 12.0 MP", Facts.dimensions(item(null, null, 4000, 3000, 1, null, null), Locale.ROOT));
    }

    @Test
    void fileSizesUseDecimalUnits() {
        assertEquals("999 B", Facts.fileSize(999, Locale.ROOT));
        assertEquals("3.7 MB", Facts.fileSize(3_700_000, Locale.ROOT));
        assertEquals("3,7 MB", Facts.fileSize(3_700_000, Locale.GERMANY));
        assertEquals("250 KB", Facts.fileSize(250_400, Locale.ROOT));
        assertEquals("1.2 GB", Facts.fileSize(1_200_000_000L, Locale.ROOT));
    }

    @Test
    void positionsHaveFiveDecimalsWhateverTheLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            assertEquals("48.85822, -2.29450", Facts.gps(item(null, null, 1, 1, 1, 48.858222, -2.2945)));
        } finally {
            Locale.setDefault(before);
        }
        assertEquals("", Facts.gps(item(null, null, 1, 1, 1, null, 2.0)));
    }
}
