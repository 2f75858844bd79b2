package org.pothos.imageio;

import com.drew.imaging.tiff.TiffMetadataReader;
import com.drew.imaging.tiff.TiffProcessingException;
import com.drew.lang.ByteArrayReader;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.xmp.XmpReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;

/**
 * Reads format, dimensions and EXIF facts of an image from its header and metadata only, and rejects files
 * that cannot be shown: cut short, with a broken PNG chunk, without a size, or with a size no real picture has.
 * Runs for every imported file, so it never decodes pixels. Stateless and thread-safe.
 */
public final class ImageInspector {

    /** What a file says about itself: its image facts and the labels other programs left in it. */
    public record Inspection(ImageFacts facts, EmbeddedMetadata embedded) {
    }

    public ImageFacts inspect(Path file) throws IOException, UnsupportedImageException {
        return read(file, false).facts();
    }

    /** Like {@link #inspect}, also reading the XMP, IPTC and Windows labels in the file (for import). */
    public Inspection inspectWithLabels(Path file) throws IOException, UnsupportedImageException {
        return read(file, true);
    }

    private static Inspection read(Path file, boolean withLabels) throws IOException, UnsupportedImageException {
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
            if (format.isRaw()) {
                RawFile raw = RawFile.read(in, format);
                return inspection(format, raw.width(), raw.height(), ExifFields.orientation(raw.metadata()), raw.metadata());
            }
            if (format.isHeif()) {
                return heif(format, in);
            }
            Metadata metadata = MetadataSource.read(format, in, withLabels);
            HeaderDimensions.Size size = HeaderDimensions.of(format, metadata)
                    .orElseThrow(() -> new UnsupportedImageException(HeaderDimensions.missing(format)));
            String absurd = HeaderSanity.problem(format, size.width(), size.height(), HeaderDimensions.bitsPerPixel(format, metadata),
                    in.length()).orElse(null);
            if (absurd != null) {
                throw new UnsupportedImageException(absurd);
            }
            return inspection(format, size.width(), size.height(), ExifFields.orientation(metadata), metadata);
        }
    }

    /**
     * HEIF keeps its size in the container and its EXIF in an item. libheif turns the picture by the container's
     * rotation when it decodes, so the size reported is the upright one and EXIF orientation does not apply.
     */
    private static Inspection heif(ImageFormat format, RandomAccessFile in) throws IOException, UnsupportedImageException {
        try {
            HeifContainer container = HeifContainer.read(in)
                    .orElseThrow(() -> new UnsupportedImageException("missing dimensions"));
            Metadata metadata = container.exif() == null ? new Metadata()
                    : TiffMetadataReader.readMetadata(new ByteArrayReader(container.exif()));
            if (container.xmp() != null) {
                new XmpReader().extract(container.xmp(), metadata);
            }
            return inspection(format, container.width(), container.height(), Orientation.NORMAL, metadata);
        } catch (TiffProcessingException | RuntimeException e) {
            throw new UnsupportedImageException("corrupt header", e);
        }
    }

    private static Inspection inspection(ImageFormat format, int width, int height, int orientation, Metadata metadata) {
        GeoLocation location = ExifFields.location(metadata);
        ImageFacts facts = new ImageFacts(format, width, height, orientation, ExifFields.takenAt(metadata),
                ExifFields.cameraMake(metadata), ExifFields.cameraModel(metadata), ExifFields.lens(metadata),
                location == null ? null : location.getLatitude(),
                location == null ? null : location.getLongitude());
        return new Inspection(facts, EmbeddedMetadata.from(metadata));
    }

    private static ImageFormat format(RandomAccessFile in) throws IOException, UnsupportedImageException {
        if (in.length() == 0) {
            throw new UnsupportedImageException("empty file");
        }
        return ImageFormat.sniff(in)
                .orElseThrow(() -> new UnsupportedImageException("not an image (text or unknown format)"));
    }
}
