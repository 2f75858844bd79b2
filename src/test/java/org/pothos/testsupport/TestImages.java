package org.pothos.testsupport;

import com.twelvemonkeys.imageio.color.ColorSpaces;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferInt;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.pothos.simulation.CameraExif;
import org.pothos.simulation.CameraRaws;

/** Writes real image files for tests, built with java.awt and ImageIO or byte by byte; nothing is checked in. */
public final class TestImages {

    public static final Color TOP_LEFT = Color.RED;
    public static final Color TOP_RIGHT = Color.GREEN;
    public static final Color BOTTOM_LEFT = Color.BLUE;
    public static final Color BOTTOM_RIGHT = Color.YELLOW;
    /** Camera-style EXIF previews are 160x120 regardless of the main image. */
    public static final int EXIF_THUMBNAIL_WIDTH = 160;
    public static final int EXIF_THUMBNAIL_HEIGHT = 120;

    private TestImages() {
    }

    /** EXIF content for {@link #jpegWithExif}; null fields are left out of the file. */
    public record ExifSpec(int orientation, LocalDateTime takenAt, LocalDateTime modifiedAt, String make,
                           String model, String lens, Double gpsLatitude, Double gpsLongitude,
                           boolean thumbnail, ByteOrder byteOrder) {

        public static ExifSpec empty() {
            return new ExifSpec(1, null, null, null, null, null, null, null, false, ByteOrder.BIG_ENDIAN);
        }

        public ExifSpec orientation(int value) {
            return new ExifSpec(value, takenAt, modifiedAt, make, model, lens, gpsLatitude, gpsLongitude, thumbnail, byteOrder);
        }

        public ExifSpec takenAt(LocalDateTime value) {
            return new ExifSpec(orientation, value, modifiedAt, make, model, lens, gpsLatitude, gpsLongitude, thumbnail, byteOrder);
        }

        /** IFD0 DateTime, the fallback when DateTimeOriginal is missing. */
        public ExifSpec modifiedAt(LocalDateTime value) {
            return new ExifSpec(orientation, takenAt, value, make, model, lens, gpsLatitude, gpsLongitude, thumbnail, byteOrder);
        }

        public ExifSpec camera(String cameraMake, String cameraModel) {
            return new ExifSpec(orientation, takenAt, modifiedAt, cameraMake, cameraModel, lens, gpsLatitude, gpsLongitude, thumbnail, byteOrder);
        }

        public ExifSpec lens(String value) {
            return new ExifSpec(orientation, takenAt, modifiedAt, make, model, value, gpsLatitude, gpsLongitude, thumbnail, byteOrder);
        }

        public ExifSpec gps(double latitude, double longitude) {
            return new ExifSpec(orientation, takenAt, modifiedAt, make, model, lens, latitude, longitude, thumbnail, byteOrder);
        }

        public ExifSpec withThumbnail() {
            return new ExifSpec(orientation, takenAt, modifiedAt, make, model, lens, gpsLatitude, gpsLongitude, true, byteOrder);
        }

        /** The EXIF fields as the file writer takes them. */
        public CameraExif camera() {
            return new CameraExif(orientation, takenAt, modifiedAt, make, model, lens, gpsLatitude, gpsLongitude, byteOrder);
        }

        /** Intel byte order ("II"), as most phones write; the default is Motorola ("MM"). */
        public ExifSpec littleEndian() {
            return new ExifSpec(orientation, takenAt, modifiedAt, make, model, lens, gpsLatitude, gpsLongitude, thumbnail, ByteOrder.LITTLE_ENDIAN);
        }
    }

    // ---- pictures ----

    /** Gradient, shapes and sensor-like grain, so encoded sizes resemble photos rather than flat drawings. */
    public static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, new Color(30, 90, 160), width, height, new Color(240, 200, 80)));
            g.fillRect(0, 0, width, height);
            g.setColor(new Color(200, 40, 60, 180));
            g.fillOval(width / 8, height / 6, width / 3, height / 2);
            g.setColor(new Color(40, 160, 90, 160));
            g.fillRect(width / 2, height / 3, width / 3, height / 3);
            g.setColor(new Color(250, 250, 250, 200));
            g.setStroke(new BasicStroke(Math.max(1, width / 200f)));
            g.drawLine(0, height - 1, width - 1, 0);
            g.drawOval(width / 3, height / 8, width / 4, height / 4);
        } finally {
            g.dispose();
        }
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        Random random = new Random(31L * width + height);
        for (int i = 0; i < pixels.length; i++) {
            int noise = random.nextInt();
            int p = pixels[i];
            int r = clamp(((p >> 16) & 0xFF) + (noise & 0x1F) - 16);
            int gr = clamp(((p >> 8) & 0xFF) + ((noise >> 8) & 0x1F) - 16);
            int b = clamp((p & 0xFF) + ((noise >> 16) & 0x1F) - 16);
            pixels[i] = r << 16 | gr << 8 | b;
        }
        return image;
    }

    /** Four flat quadrants (see the corner constants), to tell where a corner ends up after orientation. */
    public static BufferedImage quadrants(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            int halfWidth = width / 2;
            int halfHeight = height / 2;
            fill(g, TOP_LEFT, 0, 0, halfWidth, halfHeight);
            fill(g, TOP_RIGHT, halfWidth, 0, width - halfWidth, halfHeight);
            fill(g, BOTTOM_LEFT, 0, halfHeight, halfWidth, height - halfHeight);
            fill(g, BOTTOM_RIGHT, halfWidth, halfHeight, width - halfWidth, height - halfHeight);
        } finally {
            g.dispose();
        }
        return image;
    }

    // ---- valid files ----

    /** {@code count} JPEGs p0.jpg, p1.jpg, … in {@code dir}, each one pixel wider than the last so none is a duplicate. */
    public static void distinctJpegs(Path dir, int count, int width, int height) {
        for (int i = 0; i < count; i++) {
            jpeg(dir, "p" + i + ".jpg", width + i, height);
        }
    }

    public static Path jpeg(Path dir, String name, int width, int height) {
        return write(dir, name, jpegBytes(picture(width, height)));
    }

    public static Path jpegWithExif(Path dir, String name, int width, int height, ExifSpec exif) {
        return jpegWithExif(dir, name, picture(width, height), exif);
    }

    /** A JPEG whose APP1 EXIF segment, hand-built to the TIFF 6.0 / EXIF 2.3 layout, follows right after SOI. */
    public static Path jpegWithExif(Path dir, String name, BufferedImage image, ExifSpec exif) {
        byte[] thumbnail = exif.thumbnail() ? exifThumbnail(image) : null;
        return write(dir, name, exif.camera().insertInto(jpegBytes(image), thumbnail));
    }

    /** A one-component (greyscale) JPEG of one flat grey level. */
    public static Path grayJpeg(Path dir, String name, int width, int height, int gray) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            fill(g, new Color(gray, gray, gray), 0, 0, width, height);
        } finally {
            g.dispose();
        }
        return write(dir, name, jpegBytes(image));
    }

    /** A progressive JPEG (SOF2), as web tools and some phones write. */
    public static Path progressiveJpeg(Path dir, String name, BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        byte[] jpeg = bytes.toByteArray();
        if (indexOf(jpeg, new byte[]{(byte) 0xFF, (byte) 0xC2}) < 0) {
            throw new IllegalStateException("the JPEG writer did not write a progressive JPEG");
        }
        return write(dir, name, jpeg);
    }

    public static Path png(Path dir, String name, int width, int height) {
        return write(dir, name, encode(picture(width, height), "png"));
    }

    /** Transparent everywhere except an opaque black square in the middle. */
    public static Path pngWithAlpha(Path dir, String name, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            fill(g, Color.BLACK, width / 4, height / 4, width / 2, height / 2);
        } finally {
            g.dispose();
        }
        return write(dir, name, encode(image, "png"));
    }

    public static Path grayPng(Path dir, String name, int width, int height, int gray) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            fill(g, new Color(gray, gray, gray), 0, 0, width, height);
        } finally {
            g.dispose();
        }
        return write(dir, name, encode(image, "png"));
    }

    /** 16 bits per channel, filled with the given 16-bit RGB values. */
    public static Path png16bit(Path dir, String name, int width, int height, int red16, int green16, int blue16) {
        ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB),
                false, false, Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        WritableRaster raster = model.createCompatibleWritableRaster(width, height);
        int[] samples = new int[width * height * 3];
        for (int i = 0; i < samples.length; i += 3) {
            samples[i] = red16;
            samples[i + 1] = green16;
            samples[i + 2] = blue16;
        }
        raster.setPixels(0, 0, width, height, samples);
        return write(dir, name, encode(new BufferedImage(model, raster, false, null), "png"));
    }

    /** Two frames: the first all {@code first}, the second all {@code second}. */
    public static Path gif(Path dir, String name, int width, int height, Color first, Color second) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            writer.writeToSequence(new IIOImage(flat(width, height, first), null, null), null);
            writer.writeToSequence(new IIOImage(flat(width, height, second), null, null), null);
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return write(dir, name, bytes.toByteArray());
    }

    public static Path bmp(Path dir, String name, int width, int height) {
        return write(dir, name, encode(picture(width, height), "bmp"));
    }

    public static Path tiff(Path dir, String name, int width, int height) {
        return write(dir, name, encode(picture(width, height), "tiff"));
    }

    public static Path tiff(Path dir, String name, BufferedImage image) {
        return write(dir, name, encode(image, "tiff"));
    }

    /**
     * A four-channel CMYK JPEG with an Adobe APP14 marker, as Photoshop writes for print, filled with the given
     * ink values (0..255 each).
     */
    public static Path cmykJpeg(Path dir, String name, int width, int height, int cyan, int magenta, int yellow, int black) {
        ColorSpace cmyk = ColorSpaces.getColorSpace(ColorSpaces.CS_GENERIC_CMYK);
        ComponentColorModel model = new ComponentColorModel(cmyk, false, false, Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
        WritableRaster raster = model.createCompatibleWritableRaster(width, height);
        int[] ink = {cyan, magenta, yellow, black};
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setPixel(x, y, ink);
            }
        }
        byte[] jpeg = encode(new BufferedImage(model, raster, false, null), "jpeg");
        if (indexOf(jpeg, new byte[]{(byte) 0xFF, (byte) 0xEE}) < 0) {
            throw new IllegalStateException("the JPEG writer did not write an Adobe CMYK JPEG");
        }
        return write(dir, name, jpeg);
    }

    /**
     * A lossless (VP8L) WebP of one flat colour, encoded bit by bit: every prefix code is a "simple code" with a
     * single symbol, so the pixel data takes zero bits. Verified to decode with libwebp.
     */
    public static Path webp(Path dir, String name, int width, int height, Color color) {
        LsbBitWriter bits = new LsbBitWriter();
        bits.write(0x2F, 8);                 // VP8L signature
        bits.write(width - 1, 14);
        bits.write(height - 1, 14);
        bits.write(0, 1);                    // alpha_is_used
        bits.write(0, 3);                    // version
        bits.write(0, 1);                    // no transform
        bits.write(0, 1);                    // no colour cache
        bits.write(0, 1);                    // no meta prefix codes
        for (int symbol : new int[]{color.getGreen(), color.getRed(), color.getBlue(), 255}) {
            bits.write(1, 1);                // simple code
            bits.write(0, 1);                // one symbol
            bits.write(1, 1);                // symbol is 8 bits wide
            bits.write(symbol, 8);
        }
        bits.write(1, 1);                    // distance code: simple, one 1-bit symbol 0
        bits.write(0, 1);
        bits.write(0, 1);
        bits.write(0, 1);
        // Trailing zeros inside the chunk are ignored by decoders; some read ahead in 8-byte words.
        byte[] encoded = bits.toByteArray();
        byte[] vp8l = Arrays.copyOf(encoded, encoded.length + 8);
        int padding = vp8l.length % 2;
        ByteBuffer file = ByteBuffer.allocate(20 + vp8l.length + padding).order(ByteOrder.LITTLE_ENDIAN);
        file.put(ascii("RIFF")).putInt(12 + vp8l.length + padding).put(ascii("WEBP"));
        file.put(ascii("VP8L")).putInt(vp8l.length).put(vp8l);
        return write(dir, name, file.array());
    }

    /**
     * A camera RAW of the given format (its usual extension: dng, cr2, cr3, nef, arw, orf, raf, rw2, pef) whose
     * embedded preview is a 320 × 240 quadrant picture, with a 160 px thumbnail beside it.
     */
    public static Path raw(Path dir, String name, String format, CameraRaws.Spec spec) {
        return write(dir, name, CameraRaws.build(format, spec, quadrants(320, 240)));
    }

    /** A HEIC (or AVIF) made by heif-enc from a quadrant JPEG with this EXIF. */
    public static Path heif(Path dir, String name, int width, int height, ExifSpec exif, boolean avif) {
        Path jpeg = jpegWithExif(dir, name + ".source.jpg", quadrants(width, height), exif);
        try {
            return ExternalTools.heifEnc(jpeg, dir.resolve(name), avif);
        } finally {
            try {
                Files.delete(jpeg);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    // ---- broken files ----

    public static Path zeroBytes(Path dir, String name) {
        return write(dir, name, new byte[0]);
    }

    /** A valid JPEG cut in half, as an interrupted copy leaves it. */
    public static Path truncatedJpeg(Path dir, String name, int width, int height) {
        byte[] jpeg = jpegBytes(picture(width, height));
        return write(dir, name, Arrays.copyOf(jpeg, jpeg.length / 2));
    }

    public static Path textNamedJpg(Path dir, String name) {
        return write(dir, name, "These are my holiday notes, not a picture.\n".repeat(20).getBytes(StandardCharsets.UTF_8));
    }

    /** Starts and ends like a JPEG, but its first segment declares an impossible length of 1. */
    public static Path jpegWithCorruptHeader(Path dir, String name) {
        return write(dir, name, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x01,
                0x12, 0x34, 0x56, (byte) 0xFF, (byte) 0xD9});
    }

    /** A well-formed JPEG skeleton (SOI, JFIF APP0, EOI) with no frame header, so no dimensions. */
    public static Path jpegWithoutFrame(Path dir, String name) {
        ByteBuffer jpeg = ByteBuffer.allocate(22);
        jpeg.put(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x10});
        jpeg.put(ascii("JFIF")).put((byte) 0).put((byte) 1).put((byte) 1).put((byte) 0);
        jpeg.putShort((short) 1).putShort((short) 1).put((byte) 0).put((byte) 0);
        jpeg.put((byte) 0xFF).put((byte) 0xD9);
        return write(dir, name, jpeg.array());
    }

    /** A complete-looking JPEG whose quantization tables were cut out: header readers accept it, decoders cannot. */
    public static Path jpegWithoutQuantizationTables(Path dir, String name, int width, int height) {
        byte[] jpeg = jpegBytes(picture(width, height));
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
        int pos = 2;
        out.write(jpeg, 0, 2);
        while (pos < jpeg.length && (jpeg[pos + 1] & 0xFF) != 0xDA) {
            int length = ((jpeg[pos + 2] & 0xFF) << 8) | (jpeg[pos + 3] & 0xFF);
            if ((jpeg[pos + 1] & 0xFF) != 0xDB) {
                out.write(jpeg, pos, 2 + length);
            }
            pos += 2 + length;
        }
        out.write(jpeg, pos, jpeg.length - pos);
        return write(dir, name, out.toByteArray());
    }

    /** A small valid JPEG whose frame header claims the given size, as a decompression bomb would. */
    public static Path jpegWithLyingFrame(Path dir, String name, int width, int height) {
        byte[] jpeg = jpegBytes(picture(16, 16));
        int sof = indexOf(jpeg, new byte[]{(byte) 0xFF, (byte) 0xC0});
        jpeg[sof + 5] = (byte) (height >> 8);
        jpeg[sof + 6] = (byte) height;
        jpeg[sof + 7] = (byte) (width >> 8);
        jpeg[sof + 8] = (byte) width;
        return write(dir, name, jpeg);
    }

    /**
     * A PNG whose IHDR (with a correct CRC) claims the given size, followed by a tiny IDAT and IEND: a decoder that
     * trusted it would try to allocate width*height pixels.
     */
    public static Path pngWithLyingHeader(Path dir, String name, int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        png.writeBytes(pngChunk("IHDR", ihdr.array()));
        png.writeBytes(pngChunk("IDAT", deflate(new byte[64])));
        png.writeBytes(pngChunk("IEND", new byte[0]));
        return write(dir, name, png.toByteArray());
    }

    /**
     * A real decompression bomb: a valid black 1-bit PNG of the given size whose rows deflate to almost nothing, so
     * that the file is small (about a thousandth of its pixel data) and every check of its structure passes.
     */
    public static Path pngBomb(Path dir, String name, int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 1).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        return pngOfZeroRows(dir, name, ihdr.array(), 1 + (width + 7) / 8, height);
    }

    /** A PNG with this header whose every row (filter byte included) is zeros, deflated a row at a time. */
    private static Path pngOfZeroRows(Path dir, String name, byte[] ihdr, int rowBytes, int height) {
        byte[] row = new byte[rowBytes];
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int y = 0; y < height; y++) {
            deflater.setInput(row);
            while (!deflater.needsInput()) {
                idat.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            idat.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        png.writeBytes(pngChunk("IHDR", ihdr));
        png.writeBytes(pngChunk("IDAT", idat.toByteArray()));
        png.writeBytes(pngChunk("IEND", new byte[0]));
        return write(dir, name, png.toByteArray());
    }

    /** A good PNG with one byte of its pixel data flipped, so its IDAT checksum no longer matches. */
    public static Path pngWithBadChecksum(Path dir, String name, int width, int height) {
        byte[] png = encode(picture(width, height), "png");
        int idat = indexOf(png, ascii("IDAT"));
        png[idat + 8] ^= 0x55;
        return write(dir, name, png);
    }

    /**
     * A black PNG whose rows deflate to almost nothing: any size, bit depth (8 or 16) and colour type (0 grey, 2 RGB,
     * 6 RGBA) in a small file, cheap to make.
     */
    public static Path flatPng(Path dir, String name, int width, int height, int bitDepth, int colourType) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) bitDepth).put((byte) colourType).put((byte) 0).put((byte) 0).put((byte) 0);
        int channels = switch (colourType) {
            case 2 -> 3;
            case 4 -> 2;
            case 6 -> 4;
            default -> 1;
        };
        return pngOfZeroRows(dir, name, ihdr.array(), 1 + (int) (((long) width * channels * bitDepth + 7) / 8), height);
    }

    /**
     * A grey 8-bit TIFF of any size in strips of 16 rows, each compressed with PackBits (two bytes per 128 pixels):
     * a 100 MP picture in about 1.6 MB.
     */
    public static Path flatTiff(Path dir, String name, int width, int height) {
        int rowsPerStrip = 16;
        ByteArrayOutputStream row = new ByteArrayOutputStream();
        for (int left = width; left > 0; left -= 128) {
            int run = Math.min(128, left);
            row.write(run == 1 ? 0 : 1 - run); // PackBits: -(n - 1) repeats the next byte n times
            row.write(0x80);
        }
        byte[] packedRow = row.toByteArray();
        int strips = (height + rowsPerStrip - 1) / rowsPerStrip;
        int entries = 9;
        int ifdSize = 2 + entries * 12 + 4;
        int offsetsAt = 8 + ifdSize;
        int countsAt = offsetsAt + 4 * strips;
        int dataAt = countsAt + 4 * strips;
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        ByteBuffer offsets = ByteBuffer.allocate(4 * strips).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer counts = ByteBuffer.allocate(4 * strips).order(ByteOrder.LITTLE_ENDIAN);
        for (int strip = 0; strip < strips; strip++) {
            int rows = Math.min(rowsPerStrip, height - strip * rowsPerStrip);
            offsets.putInt(dataAt + data.size());
            counts.putInt(rows * packedRow.length);
            for (int r = 0; r < rows; r++) {
                data.writeBytes(packedRow);
            }
        }
        ByteBuffer head = ByteBuffer.allocate(8 + ifdSize).order(ByteOrder.LITTLE_ENDIAN);
        head.put(ascii("II")).putShort((short) 42).putInt(8).putShort((short) entries);
        tiffEntry(head, 256, 4, 1, width);          // ImageWidth
        tiffEntry(head, 257, 4, 1, height);         // ImageLength
        tiffEntry(head, 258, 3, 1, 8);              // BitsPerSample
        tiffEntry(head, 259, 3, 1, 32773);          // Compression: PackBits
        tiffEntry(head, 262, 3, 1, 1);              // PhotometricInterpretation: black is zero
        tiffEntry(head, 273, 4, strips, offsetsAt); // StripOffsets
        tiffEntry(head, 277, 3, 1, 1);              // SamplesPerPixel
        tiffEntry(head, 278, 4, 1, rowsPerStrip);   // RowsPerStrip
        tiffEntry(head, 279, 4, strips, countsAt);  // StripByteCounts
        head.putInt(0);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(head.array());
        file.writeBytes(offsets.array());
        file.writeBytes(counts.array());
        file.writeBytes(data.toByteArray());
        return write(dir, name, file.toByteArray());
    }

    private static void tiffEntry(ByteBuffer ifd, int tag, int type, int count, int value) {
        ifd.putShort((short) tag).putShort((short) type).putInt(count);
        if (type == 3 && count == 1) {
            ifd.putShort((short) value).putShort((short) 0);
        } else {
            ifd.putInt(value);
        }
    }

    /**
     * A mid-grey baseline JPEG of any size whose scan spends two bits per 8 × 8 block (one Huffman code for "no
     * difference", one for "end of block"): a 50 MP picture in about 800 KB, made in milliseconds.
     */
    public static byte[] flatJpeg(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0xFF, (byte) 0xD8});
        jpegSegment(out, 0xDB, concatenated(new byte[]{0}, filled(64, 1)));
        jpegSegment(out, 0xC0, new byte[]{8, (byte) (height >> 8), (byte) height, (byte) (width >> 8), (byte) width,
                1, 1, 0x11, 0});
        jpegSegment(out, 0xC4, oneCodeTable(0x00));
        jpegSegment(out, 0xC4, oneCodeTable(0x10));
        jpegSegment(out, 0xDA, new byte[]{1, 1, 0x00, 0, 63, 0});
        long blocks = (long) ((width + 7) / 8) * ((height + 7) / 8);
        long bits = 2 * blocks;
        byte[] scan = new byte[(int) ((bits + 7) / 8)];
        int padding = (int) (scan.length * 8L - bits);
        scan[scan.length - 1] = (byte) ((1 << padding) - 1); // the last byte is padded with one-bits
        out.writeBytes(scan);
        out.writeBytes(new byte[]{(byte) 0xFF, (byte) 0xD9});
        return out.toByteArray();
    }

    private static byte[] oneCodeTable(int classAndId) {
        byte[] table = new byte[1 + 16 + 1];
        table[0] = (byte) classAndId;
        table[1] = 1; // one code of length 1
        table[17] = 0; // its symbol: 0 (DC: difference 0; AC: end of block)
        return table;
    }

    private static void jpegSegment(ByteArrayOutputStream out, int marker, byte[] body) {
        int length = body.length + 2;
        out.writeBytes(new byte[]{(byte) 0xFF, (byte) marker, (byte) (length >> 8), (byte) length});
        out.writeBytes(body);
    }

    private static byte[] filled(int count, int value) {
        byte[] bytes = new byte[count];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    private static byte[] concatenated(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    // ---- encoding helpers ----

    public static byte[] jpegBytes(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    public static int indexOf(byte[] data, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= data.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] exifThumbnail(BufferedImage image) {
        BufferedImage small = new BufferedImage(EXIF_THUMBNAIL_WIDTH, EXIF_THUMBNAIL_HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, EXIF_THUMBNAIL_WIDTH, EXIF_THUMBNAIL_HEIGHT, null);
        } finally {
            g.dispose();
        }
        return jpegBytes(small);
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Path write(Path dir, String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage flat(int width, int height, Color color) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            fill(g, color, 0, 0, width, height);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void fill(Graphics2D g, Color color, int x, int y, int width, int height) {
        g.setColor(color);
        g.fillRect(x, y, width, height);
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] pngChunk(String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(ascii(type));
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(ascii(type)).put(data)
                .putInt((int) crc.getValue()).array();
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater();
        deflater.setInput(data);
        deflater.finish();
        byte[] buffer = new byte[data.length + 64];
        int length = deflater.deflate(buffer);
        deflater.end();
        return Arrays.copyOf(buffer, length);
    }

    /** Packs bit fields least-significant bit first, as WebP lossless requires. */
    private static final class LsbBitWriter {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private int current;
        private int used;

        void write(int value, int bitCount) {
            for (int i = 0; i < bitCount; i++) {
                current |= ((value >> i) & 1) << used;
                if (++used == 8) {
                    bytes.write(current);
                    current = 0;
                    used = 0;
                }
            }
        }

        byte[] toByteArray() {
            ByteArrayOutputStream copy = new ByteArrayOutputStream();
            copy.writeBytes(bytes.toByteArray());
            if (used > 0) {
                copy.write(current);
            }
            return copy.toByteArray();
        }
    }
}
