package org.pothos.imageio;

import java.time.LocalDateTime;

/**
 * What the header and metadata of an image file tell without decoding pixels.
 *
 * @param width       stored pixel width, before applying {@code orientation}
 * @param height      stored pixel height, before applying {@code orientation}
 * @param orientation EXIF orientation 1..8, 1 when absent
 * @param takenAt     DateTimeOriginal (falling back to DateTime), null when absent
 */
public record ImageFacts(ImageFormat format, int width, int height, int orientation, LocalDateTime takenAt,
                         String cameraMake, String cameraModel, String lens, Double gpsLatitude, Double gpsLongitude) {

    public long pixelCount() {
        return (long) width * height;
    }

    /** Width as shown to the user: orientations 5..8 turn the picture by a quarter. */
    public int displayWidth() {
        return Orientation.swapsAxes(orientation) ? height : width;
    }

    public int displayHeight() {
        return Orientation.swapsAxes(orientation) ? width : height;
    }
}
