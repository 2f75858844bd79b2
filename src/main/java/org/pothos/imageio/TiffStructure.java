package org.pothos.imageio;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The image file directories of a TIFF-structured file (TIFF itself and the camera RAW formats built on it: DNG,
 * CR2, NEF, ARW, ORF, RW2, PEF): the IFD chain, the SubIFDs and the EXIF IFD, each as its entries. Only the
 * structure is read, never pixel data; values are fetched from the file when asked for. Hostile files are bounded:
 * at most {@link #MAX_IFDS} directories of {@link #MAX_ENTRIES} entries, each directory visited once.
 */
final class TiffStructure {

    static final int NEW_SUBFILE_TYPE = 0x00FE;
    static final int IMAGE_WIDTH = 0x0100;
    static final int IMAGE_LENGTH = 0x0101;
    static final int COMPRESSION = 0x0103;
    static final int PHOTOMETRIC = 0x0106;
    static final int MAKE = 0x010F;
    static final int STRIP_OFFSETS = 0x0111;
    static final int STRIP_BYTE_COUNTS = 0x0117;
    static final int SUB_IFDS = 0x014A;
    static final int JPEG_OFFSET = 0x0201;
    static final int JPEG_LENGTH = 0x0202;
    static final int XMP = 0x02BC;
    static final int EXIF_IFD = 0x8769;
    static final int PIXEL_X_DIMENSION = 0xA002;
    static final int PIXEL_Y_DIMENSION = 0xA003;
    static final int DNG_VERSION = 0xC612;
    /** Panasonic RW2: a whole JPEG (with the camera's EXIF) stored as the value of an IFD0 tag. */
    static final int PANASONIC_JPG_FROM_RAW = 0x002E;

    static final int PHOTOMETRIC_CFA = 32803;
    static final int PHOTOMETRIC_LINEAR_RAW = 34892;

    private static final int MAX_IFDS = 64;
    private static final int MAX_ENTRIES = 1000;
    private static final int[] TYPE_SIZES = {0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4};

    /** One directory entry; {@code valueOffset} is where its value starts in the file (inline values included). */
    record Entry(int tag, int type, long count, long valueOffset) {

        long byteLength() {
            return type < TYPE_SIZES.length ? count * TYPE_SIZES[type] : 0;
        }
    }

    /** A directory: where it was found ({@code EXIF} for the EXIF IFD, else an image) and its entries by tag. */
    record Ifd(boolean exif, Map<Integer, Entry> entries) {

        boolean has(int tag) {
            return entries.containsKey(tag);
        }
    }

    private final RandomAccessFile file;
    private final long base;
    private final ByteOrder order;
    private final List<Ifd> ifds = new ArrayList<>();
    private final Set<Long> visited = new HashSet<>();

    private TiffStructure(RandomAccessFile file, long base, ByteOrder order) {
        this.file = file;
        this.base = base;
        this.order = order;
    }

    /** Reads the header at {@code base} (usually 0) and every directory it leads to; empty when no TIFF starts there. */
    static Optional<TiffStructure> read(RandomAccessFile file, long base) throws IOException {
        if (file.length() < base + 8) {
            return Optional.empty();
        }
        byte[] header = new byte[8];
        file.seek(base);
        file.readFully(header);
        ByteOrder order;
        if (header[0] == 'I' && header[1] == 'I') {
            order = ByteOrder.LITTLE_ENDIAN;
        } else if (header[0] == 'M' && header[1] == 'M') {
            order = ByteOrder.BIG_ENDIAN;
        } else {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(header).order(order);
        // 42 for TIFF; Olympus ORF uses 0x4F52 or 0x5352, Panasonic RW2 0x55. BigTIFF (43) is not read.
        int magic = buffer.getShort(2) & 0xFFFF;
        if (magic != 42 && magic != 0x4F52 && magic != 0x5352 && magic != 0x55) {
            return Optional.empty();
        }
        TiffStructure structure = new TiffStructure(file, base, order);
        structure.readChain(buffer.getInt(4) & 0xFFFFFFFFL);
        return Optional.of(structure);
    }

    List<Ifd> ifds() {
        return ifds;
    }

    ByteOrder order() {
        return order;
    }

    /** The first directory of the chain, which holds the camera's make and the DNG version. */
    Optional<Ifd> ifd0() {
        return ifds.stream().filter(ifd -> !ifd.exif()).findFirst();
    }

    /** Absolute file position of an offset stored in the file (offsets count from the TIFF header). */
    long position(long storedOffset) {
        return base + storedOffset;
    }

    /** Numeric values (BYTE, SHORT, LONG) of an entry, at most {@code limit} of them; empty when absent or not numeric. */
    long[] numbers(Ifd ifd, int tag, int limit) throws IOException {
        Entry entry = ifd.entries().get(tag);
        if (entry == null || entry.count() < 1) {
            return new long[0];
        }
        int size = switch (entry.type()) {
            case 1, 7 -> 1;
            case 3 -> 2;
            case 4, 13 -> 4;
            default -> 0;
        };
        if (size == 0) {
            return new long[0];
        }
        int count = (int) Math.min(entry.count(), limit);
        ByteBuffer values = readAt(entry.valueOffset(), count * size);
        long[] result = new long[count];
        for (int i = 0; i < count; i++) {
            result[i] = switch (size) {
                case 1 -> values.get(i) & 0xFF;
                case 2 -> values.getShort(i * 2) & 0xFFFF;
                default -> values.getInt(i * 4) & 0xFFFFFFFFL;
            };
        }
        return result;
    }

    /** The first numeric value of an entry, or {@code fallback}. */
    long number(Ifd ifd, int tag, long fallback) throws IOException {
        long[] values = numbers(ifd, tag, 1);
        return values.length == 0 ? fallback : values[0];
    }

    /** An ASCII entry's text without its terminating NULs and surrounding blanks; empty when absent. */
    String text(Ifd ifd, int tag) throws IOException {
        Entry entry = ifd.entries().get(tag);
        if (entry == null || entry.type() != 2 || entry.count() < 1 || entry.count() > 4096) {
            return "";
        }
        ByteBuffer value = readAt(entry.valueOffset(), (int) entry.count());
        String text = new String(value.array(), 0, value.limit(), StandardCharsets.ISO_8859_1);
        int nul = text.indexOf('\0');
        return (nul >= 0 ? text.substring(0, nul) : text).strip();
    }

    private void readChain(long offset) throws IOException {
        long next = offset;
        while (next != 0 && ifds.size() < MAX_IFDS) {
            next = readIfd(next, false);
        }
    }

    /** Reads the directory at {@code offset} and those it points to; returns the next one in its chain (0 for none). */
    private long readIfd(long offset, boolean exif) throws IOException {
        long position = position(offset);
        if (offset < 8 || !visited.add(position) || position + 2 > file.length()) {
            return 0;
        }
        int count = readAt(position, 2).getShort(0) & 0xFFFF;
        if (count == 0 || count > MAX_ENTRIES || position + 2 + 12L * count > file.length()) {
            return 0;
        }
        ByteBuffer table = readAt(position + 2, 12 * count + 4);
        Map<Integer, Entry> entries = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            int at = 12 * i;
            int tag = table.getShort(at) & 0xFFFF;
            int type = table.getShort(at + 2) & 0xFFFF;
            long values = table.getInt(at + 4) & 0xFFFFFFFFL;
            Entry probe = new Entry(tag, type, values, 0);
            long inline = position + 2 + at + 8;
            long valueOffset = probe.byteLength() <= 4 ? inline : position(table.getInt(at + 8) & 0xFFFFFFFFL);
            entries.put(tag, new Entry(tag, type, values, valueOffset));
        }
        long next = table.getInt(12 * count) & 0xFFFFFFFFL;
        Ifd ifd = new Ifd(exif, entries);
        ifds.add(ifd);
        for (long sub : numbers(ifd, SUB_IFDS, 16)) {
            if (ifds.size() < MAX_IFDS) {
                readChain(sub);
            }
        }
        long exifOffset = number(ifd, EXIF_IFD, 0);
        if (exifOffset != 0 && ifds.size() < MAX_IFDS) {
            readIfd(exifOffset, true);
        }
        return next;
    }

    private ByteBuffer readAt(long positionInFile, int length) throws IOException {
        if (positionInFile < 0 || positionInFile + length > file.length()) {
            return ByteBuffer.allocate(length).order(order);
        }
        byte[] bytes = new byte[length];
        file.seek(positionInFile);
        file.readFully(bytes);
        return ByteBuffer.wrap(bytes).order(order);
    }
}
