package org.pothos.imageio;

import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.imaging.jpeg.JpegProcessingException;
import com.drew.imaging.tiff.TiffMetadataReader;
import com.drew.imaging.tiff.TiffProcessingException;
import com.drew.lang.ByteArrayReader;
import com.drew.lang.RandomAccessFileReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.Tag;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.xmp.XmpReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A camera RAW as Pothos reads it, without developing its sensor data: the camera's metadata, the size of the
 * picture, and its largest embedded JPEG preview (which thumbnails, the viewer and analysis show).
 *
 * @param preview null when the file embeds no usable JPEG
 */
record RawFile(Metadata metadata, int width, int height, EmbeddedJpeg preview) {

    /** Fujifilm RAF: the header names the embedded JPEG's offset and length (big-endian) at fixed places. */
    private static final int RAF_JPEG_OFFSET_AT = 84;
    private static final int RAF_HEADER_BYTES = 92;
    private static final int RAF_METADATA_BYTES = 512 * 1024;
    private static final String XMP_UUID = "be7acfcb97a942e89c71999491e3afac";

    static RawFile read(RandomAccessFile file, ImageFormat format) throws IOException, UnsupportedImageException {
        try {
            return switch (format) {
                case RAF -> raf(file);
                case CR3 -> cr3(file);
                default -> tiffBased(file);
            };
        } catch (TiffProcessingException | JpegProcessingException | RuntimeException e) {
            // metadata-extractor and the buffers report malformed structures both ways.
            throw new UnsupportedImageException("corrupt header", e);
        }
    }

    /** The largest embedded JPEG of a RAW file; empty when it has none. */
    static Optional<EmbeddedJpeg> preview(RandomAccessFile file, ImageFormat format) throws IOException {
        Optional<EmbeddedJpeg> found;
        try {
            found = switch (format) {
                case RAF -> EmbeddedJpeg.largest(file, rafSpans(file));
                case CR3 -> Cr3Container.read(file).flatMap(c -> largest(file, c.jpegs()));
                default -> EmbeddedJpeg.largest(file, tiffSpans(TiffStructure.read(file, 0).orElseThrow()));
            };
        } catch (RuntimeException e) {
            found = Optional.empty();
        }
        return found.isPresent() ? found : EmbeddedJpeg.scan(file);
    }

    private static Optional<EmbeddedJpeg> largest(RandomAccessFile file, List<EmbeddedJpeg.Span> spans) {
        try {
            return EmbeddedJpeg.largest(file, spans);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static RawFile tiffBased(RandomAccessFile file) throws IOException, TiffProcessingException, UnsupportedImageException {
        TiffStructure structure = TiffStructure.read(file, 0)
                .orElseThrow(() -> new UnsupportedImageException("corrupt header"));
        // No whole-file scan here (see preview): import only needs the preview's size when the structure has none.
        EmbeddedJpeg preview = EmbeddedJpeg.largest(file, tiffSpans(structure)).orElse(null);
        file.seek(0);
        Metadata metadata = TiffMetadataReader.readMetadata(new RandomAccessFileReader(file));
        int[] size = sensorSize(structure);
        return withSize(metadata, size, preview);
    }

    /** Every place a TIFF-based RAW keeps a JPEG: JPEGInterchangeFormat, single JPEG strips, Panasonic's JpgFromRaw. */
    static List<EmbeddedJpeg.Span> tiffSpans(TiffStructure structure) throws IOException {
        List<EmbeddedJpeg.Span> spans = new ArrayList<>();
        for (TiffStructure.Ifd ifd : structure.ifds()) {
            if (ifd.exif()) {
                continue;
            }
            long offset = structure.number(ifd, TiffStructure.JPEG_OFFSET, 0);
            long length = structure.number(ifd, TiffStructure.JPEG_LENGTH, 0);
            if (offset > 0 && length > 0) {
                spans.add(new EmbeddedJpeg.Span(structure.position(offset), length));
            }
            long compression = structure.number(ifd, TiffStructure.COMPRESSION, 1);
            long[] strips = structure.numbers(ifd, TiffStructure.STRIP_OFFSETS, 2);
            long[] counts = structure.numbers(ifd, TiffStructure.STRIP_BYTE_COUNTS, 2);
            if ((compression == 6 || compression == 7) && strips.length == 1 && counts.length == 1) {
                spans.add(new EmbeddedJpeg.Span(structure.position(strips[0]), counts[0]));
            }
            TiffStructure.Entry jpgFromRaw = ifd.entries().get(TiffStructure.PANASONIC_JPG_FROM_RAW);
            if (jpgFromRaw != null) {
                spans.add(new EmbeddedJpeg.Span(jpgFromRaw.valueOffset(), jpgFromRaw.byteLength()));
            }
        }
        return spans;
    }

    /**
     * The picture's size as the camera took it: the EXIF pixel dimensions, else the largest sensor-data directory;
     * null when neither is there (the preview's size is used then).
     */
    private static int[] sensorSize(TiffStructure structure) throws IOException {
        long bestWidth = 0;
        long bestHeight = 0;
        for (TiffStructure.Ifd ifd : structure.ifds()) {
            if (ifd.exif()) {
                long width = structure.number(ifd, TiffStructure.PIXEL_X_DIMENSION, 0);
                long height = structure.number(ifd, TiffStructure.PIXEL_Y_DIMENSION, 0);
                if (width > 0 && height > 0) {
                    return new int[]{(int) width, (int) height};
                }
                continue;
            }
            long photometric = structure.number(ifd, TiffStructure.PHOTOMETRIC, 0);
            if (photometric == TiffStructure.PHOTOMETRIC_CFA || photometric == TiffStructure.PHOTOMETRIC_LINEAR_RAW) {
                long width = structure.number(ifd, TiffStructure.IMAGE_WIDTH, 0);
                long height = structure.number(ifd, TiffStructure.IMAGE_LENGTH, 0);
                if (width * height > bestWidth * bestHeight) {
                    bestWidth = width;
                    bestHeight = height;
                }
            }
        }
        return bestWidth > 0 && bestHeight > 0 && bestWidth <= Integer.MAX_VALUE && bestHeight <= Integer.MAX_VALUE
                ? new int[]{(int) bestWidth, (int) bestHeight} : null;
    }

    private static RawFile raf(RandomAccessFile file) throws IOException, JpegProcessingException, UnsupportedImageException {
        EmbeddedJpeg preview = EmbeddedJpeg.largest(file, rafSpans(file)).orElse(null);
        Metadata metadata = new Metadata();
        if (preview != null) {
            // The camera's EXIF travels in the embedded JPEG's APP1 segment.
            byte[] head = new byte[(int) Math.min(RAF_METADATA_BYTES, preview.length())];
            file.seek(preview.offset());
            file.readFully(head);
            metadata = JpegMetadataReader.readMetadata(new ByteArrayInputStream(head), MetadataSource.jpegReaders(true));
        }
        return withSize(metadata, null, preview);
    }

    private static List<EmbeddedJpeg.Span> rafSpans(RandomAccessFile file) throws IOException {
        if (file.length() < RAF_HEADER_BYTES) {
            return List.of();
        }
        byte[] header = new byte[8];
        file.seek(RAF_JPEG_OFFSET_AT);
        file.readFully(header);
        ByteBuffer values = ByteBuffer.wrap(header);
        return List.of(new EmbeddedJpeg.Span(values.getInt(0) & 0xFFFFFFFFL, values.getInt(4) & 0xFFFFFFFFL));
    }

    private static RawFile cr3(RandomAccessFile file) throws IOException, TiffProcessingException, UnsupportedImageException {
        Cr3Container container = Cr3Container.read(file).orElseThrow(() -> new UnsupportedImageException("corrupt header"));
        Metadata metadata = new Metadata();
        if (container.ifd0() != null) {
            metadata = TiffMetadataReader.readMetadata(new ByteArrayReader(container.ifd0()));
        }
        // CMT2 and CMT4 are TIFF blocks whose first directory is the EXIF and the GPS directory.
        if (container.exif() != null) {
            copyFirstDirectory(container.exif(), metadata, new ExifSubIFDDirectory());
        }
        if (container.gps() != null) {
            copyFirstDirectory(container.gps(), metadata, new GpsDirectory());
        }
        IsoBoxes boxes = new IsoBoxes(file);
        Optional<IsoBoxes.Box> xmp = IsoBoxes.firstUuid(boxes.top(), XMP_UUID);
        if (xmp.isPresent()) {
            new XmpReader().extract(boxes.content(xmp.get(), RAF_METADATA_BYTES), metadata);
        }
        EmbeddedJpeg preview = EmbeddedJpeg.largest(file, container.jpegs()).orElse(null);
        return withSize(metadata, null, preview);
    }

    private static void copyFirstDirectory(byte[] tiff, Metadata into, Directory target)
            throws IOException, TiffProcessingException {
        Metadata parsed = TiffMetadataReader.readMetadata(new ByteArrayReader(tiff));
        ExifIFD0Directory first = parsed.getFirstDirectoryOfType(ExifIFD0Directory.class);
        if (first == null) {
            return;
        }
        for (Tag tag : first.getTags()) {
            target.setObject(tag.getTagType(), first.getObject(tag.getTagType()));
        }
        into.addDirectory(target);
    }

    /** Size order: what the structure says, else the EXIF pixel dimensions, else the preview's. */
    private static RawFile withSize(Metadata metadata, int[] size, EmbeddedJpeg preview) throws UnsupportedImageException {
        int[] chosen = size != null ? size : exifPixelSize(metadata);
        if (chosen == null && preview != null) {
            chosen = new int[]{preview.frame().width(), preview.frame().height()};
        }
        if (chosen == null) {
            throw new UnsupportedImageException("missing dimensions");
        }
        return new RawFile(metadata, chosen[0], chosen[1], preview);
    }

    private static int[] exifPixelSize(Metadata metadata) {
        for (ExifSubIFDDirectory directory : metadata.getDirectoriesOfType(ExifSubIFDDirectory.class)) {
            Integer width = directory.getInteger(ExifDirectoryBase.TAG_EXIF_IMAGE_WIDTH);
            Integer height = directory.getInteger(ExifDirectoryBase.TAG_EXIF_IMAGE_HEIGHT);
            if (width != null && height != null && width > 0 && height > 0) {
                return new int[]{width, height};
            }
        }
        return null;
    }
}
