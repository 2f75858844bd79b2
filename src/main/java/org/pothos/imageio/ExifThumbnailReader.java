package org.pothos.imageio;

import com.drew.imaging.jpeg.JpegProcessingException;
import com.drew.imaging.jpeg.JpegSegmentData;
import com.drew.imaging.jpeg.JpegSegmentReader;
import com.drew.imaging.jpeg.JpegSegmentType;
import com.drew.lang.ByteArrayReader;
import com.drew.lang.StreamReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifReader;
import com.drew.metadata.exif.ExifThumbnailDirectory;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Extracts the embedded EXIF preview of a JPEG by reading only its metadata segments. Thread-safe. */
public final class ExifThumbnailReader {

    public Optional<ExifThumbnail> read(Path file) throws IOException {
        JpegSegmentData segments;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            // Stops at the start of the compressed image data, so the main picture is never read.
            segments = JpegSegmentReader.readSegments(new StreamReader(in), List.of(JpegSegmentType.APP1));
        } catch (JpegProcessingException e) {
            return Optional.empty();
        }
        for (byte[] segment : segments.getSegments(JpegSegmentType.APP1)) {
            if (ExifReader.startsWithJpegExifPreamble(segment)) {
                Optional<ExifThumbnail> thumbnail = thumbnailIn(segment);
                if (thumbnail.isPresent()) {
                    return thumbnail;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<ExifThumbnail> thumbnailIn(byte[] exifSegment) {
        Metadata metadata = new Metadata();
        new ExifReader().extract(new ByteArrayReader(exifSegment), metadata, ExifReader.JPEG_SEGMENT_PREAMBLE.length());
        ExifThumbnailDirectory directory = metadata.getFirstDirectoryOfType(ExifThumbnailDirectory.class);
        if (directory == null) {
            return Optional.empty();
        }
        // The adjusted offset counts from the start of the segment, preamble included.
        Integer offset = directory.getAdjustedThumbnailOffset();
        Integer length = directory.getInteger(ExifThumbnailDirectory.TAG_THUMBNAIL_LENGTH);
        if (offset == null || length == null || offset < 0 || length < 4 || (long) offset + length > exifSegment.length) {
            return Optional.empty();
        }
        byte[] jpeg = Arrays.copyOfRange(exifSegment, offset, offset + length);
        boolean isJpeg = (jpeg[0] & 0xFF) == 0xFF && (jpeg[1] & 0xFF) == 0xD8;
        return isJpeg ? Optional.of(new ExifThumbnail(jpeg, ExifFields.orientation(metadata))) : Optional.empty();
    }
}
