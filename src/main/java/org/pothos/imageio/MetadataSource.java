package org.pothos.imageio;

import com.drew.imaging.FileType;
import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.imaging.jpeg.JpegSegmentMetadataReader;
import com.drew.imaging.tiff.TiffMetadataReader;
import com.drew.lang.RandomAccessFileReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifReader;
import com.drew.metadata.jpeg.JpegReader;
import com.drew.metadata.photoshop.PhotoshopReader;
import com.drew.metadata.xmp.XmpReader;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.channels.Channels;
import java.util.List;

/** Reads the metadata-extractor view of a file whose format is already known. */
final class MetadataSource {

    /** Only the segments Pothos uses: parsing ICC profiles or maker notes would dominate the import time. */
    private static final List<JpegSegmentMetadataReader> JPEG_READERS = List.of(new JpegReader(), new ExifReader());
    /** With the segments other programs keep labels in: XMP (APP1) and Photoshop's IPTC block (APP13). */
    private static final List<JpegSegmentMetadataReader> JPEG_LABEL_READERS =
            List.of(new JpegReader(), new ExifReader(), new XmpReader(), new PhotoshopReader());

    private MetadataSource() {
    }

    static List<JpegSegmentMetadataReader> jpegReaders(boolean withLabels) {
        return withLabels ? JPEG_LABEL_READERS : JPEG_READERS;
    }

    /** The metadata of the ImageIO-readable formats; {@code withLabels} also reads the XMP and IPTC of JPEGs. */
    static Metadata read(ImageFormat format, RandomAccessFile file, boolean withLabels) throws IOException, UnsupportedImageException {
        try {
            file.seek(0);
            if (format == ImageFormat.TIFF) {
                // TIFF directories may sit anywhere, so read them by seeking instead of streaming the whole file.
                return TiffMetadataReader.readMetadata(new RandomAccessFileReader(file));
            }
            // Deliberately left open: closing it would close the caller's file.
            InputStream in = new BufferedInputStream(Channels.newInputStream(file.getChannel()), 16 * 1024);
            return format == ImageFormat.JPEG
                    ? JpegMetadataReader.readMetadata(in, jpegReaders(withLabels))
                    : ImageMetadataReader.readMetadata(in, file.length(), fileType(format));
        } catch (ImageProcessingException | EOFException e) {
            throw new UnsupportedImageException("corrupt header", e);
        } catch (RuntimeException e) {
            // metadata-extractor reports some malformed structures as unchecked exceptions.
            throw new UnsupportedImageException("corrupt header", e);
        }
    }

    private static FileType fileType(ImageFormat format) {
        return switch (format) {
            case JPEG -> FileType.Jpeg;
            case PNG -> FileType.Png;
            case GIF -> FileType.Gif;
            case BMP -> FileType.Bmp;
            case WEBP -> FileType.WebP;
            case TIFF -> FileType.Tiff;
            default -> throw new IllegalArgumentException("not read through metadata-extractor's readers: " + format);
        };
    }
}
