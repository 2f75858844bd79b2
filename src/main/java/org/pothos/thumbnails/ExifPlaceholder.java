package org.pothos.thumbnails;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.pothos.imageio.ExifThumbnail;
import org.pothos.imageio.ExifThumbnailReader;
import org.pothos.imageio.JpegEncoder;
import org.pothos.imageio.Orientation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The camera's embedded preview, turned upright, to show while the real thumbnail is being made. Best effort. */
final class ExifPlaceholder {

    private static final Logger LOG = LoggerFactory.getLogger(ExifPlaceholder.class);

    private final ExifThumbnailReader reader = new ExifThumbnailReader();
    private final JpegEncoder encoder;
    private final float quality;

    ExifPlaceholder(JpegEncoder encoder, float quality) {
        this.encoder = encoder;
        this.quality = quality;
    }

    Optional<byte[]> load(Path file) {
        try {
            Optional<ExifThumbnail> thumbnail = reader.read(file);
            return thumbnail.isPresent() ? upright(thumbnail.get()) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.debug("No usable EXIF preview in {}", file, e);
            return Optional.empty();
        }
    }

    /** Previews are stored unrotated like the main image; a sideways placeholder would jump when replaced. */
    private Optional<byte[]> upright(ExifThumbnail thumbnail) throws IOException {
        if (thumbnail.orientation() == Orientation.NORMAL) {
            return Optional.of(thumbnail.jpeg());
        }
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(thumbnail.jpeg()));
        if (stored == null) {
            return Optional.empty();
        }
        return Optional.of(encoder.encode(Orientation.apply(stored, thumbnail.orientation()), quality));
    }
}
