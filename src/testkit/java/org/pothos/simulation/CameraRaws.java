package org.pothos.simulation;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Small files with the structure of each camera RAW format Pothos reads, since no camera files can be fetched
 * for tests: the container (TIFF-based for DNG, CR2, NEF, ARW, ORF, RW2 and PEF; Fujifilm's RAF header; ISO
 * boxes for CR3) with the camera's EXIF, a small 160 px JPEG thumbnail, a larger JPEG preview of {@code picture},
 * and a stand-in for the sensor data (a few bytes described as a colour-filter-array image of the sensor's size).
 * Each format keeps its preview where that maker's cameras do.
 */
public final class CameraRaws {

    /** What the camera recorded. {@code sensorWidth} and {@code sensorHeight} are the size the files announce. */
    public record Spec(String make, String model, LocalDateTime takenAt, int orientation, int sensorWidth, int sensorHeight) {

        public static Spec of(String make, String model) {
            return new Spec(make, model, LocalDateTime.of(2023, 6, 1, 12, 30, 15), 1, 6000, 4000);
        }

        public Spec orientation(int value) {
            return new Spec(make, model, takenAt, value, sensorWidth, sensorHeight);
        }
    }

    private static final DateTimeFormatter EXIF_DATE = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");
    private static final int MAKE = 0x010F;
    private static final int MODEL = 0x0110;
    private static final int ORIENTATION = 0x0112;
    private static final int NEW_SUBFILE_TYPE = 0x00FE;
    private static final int WIDTH = 0x0100;
    private static final int HEIGHT = 0x0101;
    private static final int COMPRESSION = 0x0103;
    private static final int PHOTOMETRIC = 0x0106;
    private static final int SUB_IFDS = 0x014A;
    private static final int EXIF_IFD = 0x8769;
    private static final int CFA = 32803;
    private static final byte[] SENSOR_STAND_IN = new byte[64];

    private CameraRaws() {
    }

    /** Builds the format named by its usual extension (dng, cr2, cr3, nef, arw, orf, raf, rw2, pef). */
    public static byte[] build(String format, Spec spec, BufferedImage picture) {
        byte[] preview = jpeg(picture);
        byte[] thumbnail = jpeg(scaled(picture, 160));
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "dng" -> dng(spec, preview, thumbnail);
            case "cr2" -> cr2(spec, preview, thumbnail);
            case "cr3" -> cr3(spec, preview, thumbnail);
            case "nef" -> tiffWithSubIfdPreview(spec, preview, thumbnail);
            case "arw" -> arw(spec, preview, thumbnail);
            case "orf" -> orf(spec, preview);
            case "raf" -> raf(spec, preview);
            case "rw2" -> rw2(spec, preview);
            case "pef" -> pef(spec, preview, thumbnail);
            default -> throw new IllegalArgumentException("no such RAW format: " + format);
        };
    }

    /** DNG: IFD0 is the thumbnail and names the DNG version; SubIFDs hold the sensor data and a JPEG preview strip. */
    private static byte[] dng(Spec spec, byte[] preview, byte[] thumbnail) {
        TiffBuilder tiff = new TiffBuilder();
        TiffBuilder.Ifd ifd0 = camera(tiff.ifd(), spec).longs(NEW_SUBFILE_TYPE, 1).bytes(0xC612, TiffBuilder.BYTE, new byte[]{1, 4, 0, 0})
                .shorts(COMPRESSION, 7).strip(thumbnail);
        TiffBuilder.Ifd sensor = sensor(tiff.ifd(), spec);
        TiffBuilder.Ifd jpegPreview = tiff.ifd().longs(NEW_SUBFILE_TYPE, 1).shorts(COMPRESSION, 7).shorts(PHOTOMETRIC, 6).strip(preview);
        ifd0.pointsTo(SUB_IFDS, sensor, jpegPreview).pointsTo(EXIF_IFD, exif(tiff.ifd(), spec));
        return tiff.build();
    }

    /** CR2: a TIFF with "CR" and version 2 after the header; IFD0 holds the big JPEG as a strip, IFD1 the thumbnail. */
    private static byte[] cr2(Spec spec, byte[] preview, byte[] thumbnail) {
        byte[] cr = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).put((byte) 'C').put((byte) 'R').put((byte) 2)
                .put((byte) 0).putInt(0).array();
        TiffBuilder tiff = new TiffBuilder(ByteOrder.LITTLE_ENDIAN, 42, cr);
        TiffBuilder.Ifd ifd0 = camera(tiff.ifd(), spec).shorts(COMPRESSION, 6).strip(preview);
        TiffBuilder.Ifd ifd1 = tiff.ifd().shorts(COMPRESSION, 6).jpeg(thumbnail);
        TiffBuilder.Ifd raw = sensor(tiff.ifd(), spec);
        ifd0.pointsTo(EXIF_IFD, exif(tiff.ifd(), spec)).next(ifd1);
        ifd1.next(raw);
        return tiff.build();
    }

    /** NEF: IFD0 is the thumbnail; SubIFDs hold a JPEG preview (JPEGInterchangeFormat) and the sensor data. */
    private static byte[] tiffWithSubIfdPreview(Spec spec, byte[] preview, byte[] thumbnail) {
        TiffBuilder tiff = new TiffBuilder(ByteOrder.BIG_ENDIAN, 42, new byte[0]);
        TiffBuilder.Ifd ifd0 = camera(tiff.ifd(), spec).longs(NEW_SUBFILE_TYPE, 1).shorts(COMPRESSION, 6).jpeg(thumbnail);
        TiffBuilder.Ifd jpegPreview = tiff.ifd().longs(NEW_SUBFILE_TYPE, 1).shorts(COMPRESSION, 6).jpeg(preview);
        ifd0.pointsTo(SUB_IFDS, jpegPreview, sensor(tiff.ifd(), spec)).pointsTo(EXIF_IFD, exif(tiff.ifd(), spec));
        return tiff.build();
    }

    /** ARW: IFD0 carries the JPEG preview, IFD1 the thumbnail, a SubIFD the sensor data. */
    private static byte[] arw(Spec spec, byte[] preview, byte[] thumbnail) {
        TiffBuilder tiff = new TiffBuilder();
        TiffBuilder.Ifd ifd0 = camera(tiff.ifd(), spec).shorts(COMPRESSION, 6).jpeg(preview);
        TiffBuilder.Ifd ifd1 = tiff.ifd().shorts(COMPRESSION, 6).jpeg(thumbnail);
        ifd0.pointsTo(SUB_IFDS, sensor(tiff.ifd(), spec)).pointsTo(EXIF_IFD, exif(tiff.ifd(), spec)).next(ifd1);
        return tiff.build();
    }

    /** PEF: the sensor data in IFD0, the JPEG preview in the next directory of the chain. */
    private static byte[] pef(Spec spec, byte[] preview, byte[] thumbnail) {
        TiffBuilder tiff = new TiffBuilder();
        TiffBuilder.Ifd ifd0 = sensor(camera(tiff.ifd(), spec), spec);
        TiffBuilder.Ifd ifd1 = tiff.ifd().shorts(COMPRESSION, 6).jpeg(thumbnail);
        TiffBuilder.Ifd ifd2 = tiff.ifd().shorts(COMPRESSION, 6).jpeg(preview);
        ifd0.pointsTo(EXIF_IFD, exif(tiff.ifd(), spec)).next(ifd1);
        ifd1.next(ifd2);
        return tiff.build();
    }

    /**
     * ORF: Olympus's own magic number ("RO"), the sensor data in IFD0, and the preview inside the maker note, where
     * no TIFF directory points at it.
     */
    private static byte[] orf(Spec spec, byte[] preview) {
        TiffBuilder tiff = new TiffBuilder(ByteOrder.LITTLE_ENDIAN, 0x4F52, new byte[0]);
        TiffBuilder.Ifd ifd0 = sensor(camera(tiff.ifd(), spec), spec);
        byte[] makerNote = TiffBuilder.concat("OLYMPUS\0II\3\0".getBytes(StandardCharsets.ISO_8859_1), new byte[32], preview);
        TiffBuilder.Ifd exif = exif(tiff.ifd(), spec).bytes(0x927C, TiffBuilder.UNDEFINED, makerNote);
        ifd0.pointsTo(EXIF_IFD, exif);
        return tiff.build();
    }

    /** RW2: Panasonic's magic number (0x55) and the preview JPEG, carrying the camera's EXIF, as an IFD0 value. */
    private static byte[] rw2(Spec spec, byte[] preview) {
        byte[] withExif = exifJpeg(spec, preview);
        TiffBuilder tiff = new TiffBuilder(ByteOrder.LITTLE_ENDIAN, 0x55, new byte[0]);
        tiff.ifd().shorts(0x0002, spec.sensorWidth()).shorts(0x0003, spec.sensorHeight())
                .bytes(0x002E, TiffBuilder.UNDEFINED, withExif).strip(SENSOR_STAND_IN);
        return tiff.build();
    }

    /** RAF: Fujifilm's header names the offset and length of a JPEG (with the camera's EXIF) at bytes 84 and 88. */
    private static byte[] raf(Spec spec, byte[] preview) {
        byte[] jpeg = exifJpeg(spec, preview);
        int jpegOffset = 160;
        ByteBuffer header = ByteBuffer.allocate(jpegOffset).order(ByteOrder.BIG_ENDIAN);
        header.put("FUJIFILMCCD-RAW 0201FF383501".getBytes(StandardCharsets.US_ASCII));
        header.position(84);
        header.putInt(jpegOffset).putInt(jpeg.length);
        return TiffBuilder.concat(header.array(), jpeg, SENSOR_STAND_IN);
    }

    /**
     * CR3: an ISO base media file of brand "crx ": Canon's moov/uuid box with the TIFF blocks CMT1 (IFD0) and CMT2
     * (EXIF) and the THMB thumbnail, a preview uuid box with PRVW, and the full JPEG as the first sample of a track.
     */
    private static byte[] cr3(Spec spec, byte[] preview, byte[] thumbnail) {
        TiffBuilder ifd0 = new TiffBuilder();
        camera(ifd0.ifd(), spec);
        TiffBuilder exif = new TiffBuilder();
        exif(exif.ifd(), spec);
        byte[] thmb = IsoBoxBuilder.box("THMB", TiffBuilder.concat(new byte[16], thumbnail));
        byte[] canon = IsoBoxBuilder.uuid("85c0b687820f11e08111f4ce462b6a48", TiffBuilder.concat(
                IsoBoxBuilder.box("CMT1", ifd0.build()), IsoBoxBuilder.box("CMT2", exif.build()), thmb));
        byte[] prvw = IsoBoxBuilder.uuid("eaf42b5e1c984b88b9fbb7dc406e4d16",
                TiffBuilder.concat(new byte[8], IsoBoxBuilder.box("PRVW", TiffBuilder.concat(new byte[16], thumbnail))));
        byte[] ftyp = IsoBoxBuilder.box("ftyp", "crx \0\0\0\1crx isom".getBytes(StandardCharsets.ISO_8859_1));
        // The track's chunk offset points into mdat, which comes after moov: lay out once to learn moov's size.
        byte[] moovProbe = IsoBoxBuilder.box("moov", TiffBuilder.concat(canon, track(0, preview.length)));
        long mdatData = ftyp.length + prvw.length + moovProbe.length + 8;
        byte[] moov = IsoBoxBuilder.box("moov", TiffBuilder.concat(canon, track(mdatData, preview.length)));
        return TiffBuilder.concat(ftyp, prvw, moov, IsoBoxBuilder.box("mdat", TiffBuilder.concat(preview, SENSOR_STAND_IN)));
    }

    private static byte[] track(long offset, int size) {
        byte[] stsz = IsoBoxBuilder.box("stsz", ByteBuffer.allocate(16).putInt(0).putInt(size).putInt(1).putInt(0).array());
        byte[] co64 = IsoBoxBuilder.box("co64", ByteBuffer.allocate(16).putInt(0).putInt(1).putLong(offset).array());
        byte[] stbl = IsoBoxBuilder.box("stbl", TiffBuilder.concat(stsz, co64));
        return IsoBoxBuilder.box("trak", IsoBoxBuilder.box("mdia", IsoBoxBuilder.box("minf", stbl)));
    }

    private static TiffBuilder.Ifd camera(TiffBuilder.Ifd ifd, Spec spec) {
        return ifd.ascii(MAKE, spec.make()).ascii(MODEL, spec.model()).shorts(ORIENTATION, spec.orientation());
    }

    private static TiffBuilder.Ifd sensor(TiffBuilder.Ifd ifd, Spec spec) {
        return ifd.longs(NEW_SUBFILE_TYPE, 0).longs(WIDTH, spec.sensorWidth()).longs(HEIGHT, spec.sensorHeight())
                .shorts(COMPRESSION, 1).shorts(PHOTOMETRIC, CFA).strip(SENSOR_STAND_IN);
    }

    private static TiffBuilder.Ifd exif(TiffBuilder.Ifd ifd, Spec spec) {
        return ifd.ascii(0x9003, EXIF_DATE.format(spec.takenAt()))
                .longs(0xA002, spec.sensorWidth()).longs(0xA003, spec.sensorHeight());
    }

    /** A JPEG with the camera's EXIF block, as RW2 and RAF embed it. */
    private static byte[] exifJpeg(Spec spec, byte[] jpeg) {
        return new CameraExif(spec.orientation(), spec.takenAt(), null, spec.make(), spec.model(), null, null, null,
                ByteOrder.BIG_ENDIAN).insertInto(jpeg, null);
    }

    private static BufferedImage scaled(BufferedImage picture, int width) {
        int height = Math.max(1, picture.getHeight() * width / picture.getWidth());
        BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        small.createGraphics().drawImage(picture, 0, 0, width, height, null);
        return small;
    }

    private static byte[] jpeg(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, "jpg", out)) {
                throw new IllegalStateException("no JPEG writer");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
