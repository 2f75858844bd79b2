package org.pothos.imageio;

import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;

/**
 * Reads format, dimensions and EXIF facts of an image from its header and metadata only, and rejects files
 * that cannot be shown. Runs for every imported file, so it never decodes pixels. Stateless and thread-safe.
 */
public final class ImageInspector {

    public ImageFacts inspect(Path file) throws IOException, UnsupportedImageException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            ImageFormat format = format(in);
            if (!TruncationCheck.looksComplete(format, in)) {
                throw new UnsupportedImageException("truncated file");
            }
            Metadata metadata = MetadataSource.read(format, in);
            HeaderDimensions.Size size = HeaderDimensions.of(format, metadata)
                    .orElseThrow(() -> new UnsupportedImageException("missing dimensions"));
            GeoLocation location = ExifFields.location(metadata);
            return new ImageFacts(format, size.width(), size.height(),
                    ExifFields.orientation(metadata), ExifFields.takenAt(metadata),
                    ExifFields.cameraMake(metadata), ExifFields.cameraModel(metadata), ExifFields.lens(metadata),
                    location == null ? null : location.getLatitude(),
                    location == null ? null : location.getLongitude());
        }
    }

    private static ImageFormat format(RandomAccessFile in) throws IOException, UnsupportedImageException {
        if (in.length() == 0) {
            throw new UnsupportedImageException("empty file");
        }
        byte[] header = new byte[(int) Math.min(ImageFormat.HEADER_LENGTH, in.length())];
        in.readFully(header);
        return ImageFormat.sniff(header)
                .orElseThrow(() -> new UnsupportedImageException("not an image (text or unknown format)"));
    }
}
