package org.pothos.imageio;

import com.drew.imaging.png.PngChunkType;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.bmp.BmpHeaderDirectory;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.gif.GifHeaderDirectory;
import com.drew.metadata.jpeg.JpegDirectory;
import com.drew.metadata.png.PngDirectory;
import com.drew.metadata.webp.WebpDirectory;
import java.util.Optional;

/** Stored pixel dimensions as each format's own header declares them (JPEG SOF, PNG IHDR, ...). */
final class HeaderDimensions {

    record Size(int width, int height) {
    }

    private HeaderDimensions() {
    }

    static Optional<Size> of(ImageFormat format, Metadata metadata) {
        return switch (format) {
            case JPEG -> read(metadata.getFirstDirectoryOfType(JpegDirectory.class),
                    JpegDirectory.TAG_IMAGE_WIDTH, JpegDirectory.TAG_IMAGE_HEIGHT);
            case PNG -> read(ihdr(metadata), PngDirectory.TAG_IMAGE_WIDTH, PngDirectory.TAG_IMAGE_HEIGHT);
            case GIF -> read(metadata.getFirstDirectoryOfType(GifHeaderDirectory.class),
                    GifHeaderDirectory.TAG_IMAGE_WIDTH, GifHeaderDirectory.TAG_IMAGE_HEIGHT);
            case BMP -> read(metadata.getFirstDirectoryOfType(BmpHeaderDirectory.class),
                    BmpHeaderDirectory.TAG_IMAGE_WIDTH, BmpHeaderDirectory.TAG_IMAGE_HEIGHT);
            case WEBP -> read(metadata.getFirstDirectoryOfType(WebpDirectory.class),
                    WebpDirectory.TAG_IMAGE_WIDTH, WebpDirectory.TAG_IMAGE_HEIGHT);
            case TIFF -> read(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class),
                    ExifIFD0Directory.TAG_IMAGE_WIDTH, ExifIFD0Directory.TAG_IMAGE_HEIGHT);
            default -> Optional.empty(); // RAW and HEIF sizes come from their containers
        };
    }

    /** Says what was missing, in each format's own terms. */
    static String missing(ImageFormat format) {
        return "missing dimensions: " + switch (format) {
            case JPEG -> "no frame header (SOF marker) gives the picture's size";
            case PNG -> "the IHDR chunk gives no size";
            case GIF -> "no logical screen size in the GIF header";
            case BMP -> "no width and height in the bitmap header";
            case WEBP -> "no width and height in the WebP header (VP8, VP8L or VP8X chunk)";
            case TIFF -> "no ImageWidth and ImageLength tags in the first directory";
            default -> "the container gives no size";
        };
    }

    /** Bits per pixel as the header declares them (for PNG: depth times channels); 1 when unknown. */
    static int bitsPerPixel(ImageFormat format, Metadata metadata) {
        if (format != ImageFormat.PNG) {
            return 1;
        }
        Directory header = ihdr(metadata);
        Integer depth = header == null ? null : header.getInteger(PngDirectory.TAG_BITS_PER_SAMPLE);
        Integer colourType = header == null ? null : header.getInteger(PngDirectory.TAG_COLOR_TYPE);
        int channels = colourType == null ? 1 : switch (colourType) {
            case 2 -> 3;
            case 4 -> 2;
            case 6 -> 4;
            default -> 1;
        };
        return (depth == null ? 1 : depth) * channels;
    }

    /** metadata-extractor makes one PNG directory per chunk type; the size lives in the IHDR one. */
    private static Directory ihdr(Metadata metadata) {
        for (PngDirectory directory : metadata.getDirectoriesOfType(PngDirectory.class)) {
            if (PngChunkType.IHDR.equals(directory.getPngChunkType())) {
                return directory;
            }
        }
        return null;
    }

    private static Optional<Size> read(Directory directory, int widthTag, int heightTag) {
        if (directory == null) {
            return Optional.empty();
        }
        Integer width = directory.getInteger(widthTag);
        Integer height = directory.getInteger(heightTag);
        if (width == null || height == null) {
            return Optional.empty();
        }
        // Bottom-up BMPs store a negative height.
        int w = Math.abs(width);
        int h = Math.abs(height);
        return w > 0 && h > 0 ? Optional.of(new Size(w, h)) : Optional.empty();
    }
}
