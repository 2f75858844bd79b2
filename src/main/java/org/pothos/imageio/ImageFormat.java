package org.pothos.imageio;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Picture formats Pothos can import, recognised by their content (never by file name): leading magic bytes, and
 * for TIFF-structured camera RAWs their first directories. RAW files are shown through their embedded JPEG
 * preview, HEIF and AVIF through libheif.
 */
public enum ImageFormat {
    JPEG("jpeg", "jpg", "jpeg", "jpe"),
    PNG("png", "png"),
    GIF("gif", "gif"),
    BMP("bmp", "bmp", "dib"),
    WEBP("webp", "webp"),
    TIFF("tiff", "tif", "tiff"),
    /** HEIF pictures (HEVC-coded), as phones write them. */
    HEIC(null, "heic", "heif", "hif"),
    AVIF(null, "avif"),
    DNG(null, "dng"),
    /** Canon. */
    CR2(null, "cr2"),
    CR3(null, "cr3"),
    /** Nikon. */
    NEF(null, "nef", "nrw"),
    /** Sony. */
    ARW(null, "arw", "srf", "sr2"),
    /** Olympus / OM System. */
    ORF(null, "orf"),
    /** Fujifilm. */
    RAF(null, "raf"),
    /** Panasonic. */
    RW2(null, "rw2", "rwl"),
    /** Pentax. */
    PEF(null, "pef"),
    /** Another maker's TIFF-based RAW (sensor data in a TIFF structure). */
    RAW(null, "raw", "srw", "3fr", "iiq", "kdc", "dcr", "mef", "erf");

    /** Enough leading bytes for every signature below, the BMP plausibility checks and an ISO file type box. */
    public static final int HEADER_LENGTH = 64;

    private static final int BMP_HEADER_LENGTH = 18;
    private static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "hevm", "hevs");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final String imageIoName;
    private final List<String> extensions;

    ImageFormat(String imageIoName, String... extensions) {
        this.imageIoName = imageIoName;
        this.extensions = List.of(extensions);
    }

    /**
     * The file name extensions this format usually has, lower case and without the dot. Only file choosers and
     * the pairing of a RAW with its JPEG look at names; import recognises content.
     */
    public List<String> extensions() {
        return extensions;
    }

    /** The format name ImageIO registers its readers and writers under; null for formats ImageIO does not read. */
    public String imageIoName() {
        return imageIoName;
    }

    /** A camera RAW: shown through its embedded JPEG preview. */
    public boolean isRaw() {
        return ordinal() >= DNG.ordinal();
    }

    /** HEIF or AVIF: decoded by libheif when the system has it. */
    public boolean isHeif() {
        return this == HEIC || this == AVIF;
    }

    /** Recognises the file by its content, reading the first TIFF directories where the header alone cannot tell. */
    public static Optional<ImageFormat> sniff(Path file) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            return sniff(in);
        }
    }

    static Optional<ImageFormat> sniff(RandomAccessFile in) throws IOException {
        byte[] header = new byte[(int) Math.min(HEADER_LENGTH, in.length())];
        in.seek(0);
        in.readFully(header);
        Optional<ImageFormat> format = sniff(header);
        return format.isPresent() && format.get() == TIFF ? Optional.of(TiffRawProbe.refine(in)) : format;
    }

    /**
     * Recognises a format from the file's first bytes alone. TIFF-based RAWs whose header is a plain TIFF's (DNG,
     * NEF, ARW, PEF) come out as TIFF here; {@link #sniff(Path)} tells them apart.
     */
    public static Optional<ImageFormat> sniff(byte[] header) {
        if (startsWith(header, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(header, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(header, 0, 'G', 'I', 'F', '8') && (startsWith(header, 4, '7', 'a') || startsWith(header, 4, '9', 'a'))) {
            return Optional.of(GIF);
        }
        if (startsWith(header, 0, 'R', 'I', 'F', 'F') && startsWith(header, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP);
        }
        if (startsWith(header, 0, 'I', 'I', 0x2A, 0x00) || startsWith(header, 0, 'M', 'M', 0x00, 0x2A)) {
            // Canon CR2 is a TIFF with "CR", version 2, right after the header.
            return Optional.of(startsWith(header, 8, 'C', 'R', 2, 0) ? CR2 : TIFF);
        }
        if (startsWith(header, 0, 'I', 'I', 'R', 'O') || startsWith(header, 0, 'I', 'I', 'R', 'S')
                || startsWith(header, 0, 'M', 'M', 'O', 'R')) {
            return Optional.of(ORF);
        }
        if (startsWith(header, 0, 'I', 'I', 'U', 0)) {
            return Optional.of(RW2);
        }
        if (startsWith(header, 0, "FUJIFILMCCD-RAW".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(RAF);
        }
        if (startsWith(header, 4, 'f', 't', 'y', 'p')) {
            return isoBrand(header);
        }
        if (looksLikeBmp(header)) {
            return Optional.of(BMP);
        }
        return Optional.empty();
    }

    /**
     * An ISO base media file: its major brand and compatible brands say HEIC, AVIF or Canon CR3. Videos (MP4,
     * QuickTime) share the container and are not pictures.
     */
    private static Optional<ImageFormat> isoBrand(byte[] header) {
        String major = new String(header, 8, 4, StandardCharsets.ISO_8859_1);
        if (major.equals("crx ")) {
            return Optional.of(CR3);
        }
        if (major.equals("avif") || major.equals("avis")) {
            return Optional.of(AVIF);
        }
        if (HEIC_BRANDS.contains(major)) {
            return Optional.of(HEIC);
        }
        if (major.equals("mif1") || major.equals("msf1")) {
            // A generic HEIF brand: the compatible brands (within the header) say which coding it holds.
            long boxSize = (header[0] & 0xFFL) << 24 | (header[1] & 0xFF) << 16 | (header[2] & 0xFF) << 8 | header[3] & 0xFF;
            int end = (int) Math.min(header.length, boxSize);
            for (int at = 16; at + 4 <= end; at += 4) {
                String brand = new String(header, at, 4, StandardCharsets.ISO_8859_1);
                if (brand.equals("avif") || brand.equals("avis")) {
                    return Optional.of(AVIF);
                }
            }
            return Optional.of(HEIC);
        }
        return Optional.empty();
    }

    /**
     * "BM" alone would match any text starting with those letters, so also require the zero reserved
     * fields and a known DIB header size.
     */
    private static boolean looksLikeBmp(byte[] header) {
        if (header.length < BMP_HEADER_LENGTH || !startsWith(header, 0, 'B', 'M') || !startsWith(header, 6, 0, 0, 0, 0)) {
            return false;
        }
        int dibHeaderSize = (header[14] & 0xFF) | (header[15] & 0xFF) << 8 | (header[16] & 0xFF) << 16 | (header[17] & 0xFF) << 24;
        return switch (dibHeaderSize) {
            case 12, 16, 40, 52, 56, 64, 108, 124 -> true;
            default -> false;
        };
    }

    private static boolean startsWith(byte[] data, int offset, byte[] expected) {
        if (data.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (data[offset + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] data, int offset, int... expected) {
        byte[] bytes = new byte[expected.length];
        for (int i = 0; i < expected.length; i++) {
            bytes[i] = (byte) expected[i];
        }
        return startsWith(data, offset, bytes);
    }
}
