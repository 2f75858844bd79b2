package org.pothos.imageio;

import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;

/**
 * Reads format, dimensions and EXIF facts of an image from its header and metadata only, and rejects files
 * that cannot be shown: cut short, with a broken PNG chunk, without a size, or with a size no real picture has.
 * Runs for every imported file, so it never decodes pixels. Stateless and thread-safe.
 */
public final class ImageInspector {

    public ImageFacts inspect(Path file) throws IOException, UnsupportedImageException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            ImageFormat format = format(in);
            if (format == ImageFormat.PNG) {
                String problem = PngChunks.problem(in).orElse(null);
                if (problem != null) {
                    throw new UnsupportedImageException(problem);
                }
            } else if (!TruncationCheck.looksComplete(format, in)) {
                throw new UnsupportedImageException("truncated file");
            }
            Metadata metadata = MetadataSource.read(format, in);
            HeaderDimensions.Size size = HeaderDimensions.of(format, metadata)
                    .orElseThrow(() -> new UnsupportedImageException(HeaderDimensions.missing(format)));
            String absurd = HeaderSanity.problem(format, size.width(), size.height(), HeaderDimensions.bitsPerPixel(format, metadata),
                    in.length()).orElse(null);
            if (absurd != null) {
                throw new UnsupportedImageException(absurd);
            }
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
