package org.pothos.xmp;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * XMP in a TIFF: tag 700 of the first directory. Nothing already in the file moves: the packet is appended at the
 * end, and the directory either gets its tag 700 pointed there (when it had one) or is copied to the end with the
 * new entry, the header pointing at the copy. Strips, tiles and every other value stay at their offsets.
 */
final class TiffContainer implements PictureContainer {

    private static final int XMP = 700;
    private static final int BYTE = 1;
    private static final int[] TYPE_SIZES = {0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4};
    /** Entries pointing at other directories (EXIF, GPS, SubIFDs), followed to check they stay the same. */
    private static final Set<Integer> DIRECTORY_POINTERS = Set.of(0x8769, 0x8825, 0x014A);
    /** Offsets and byte counts of image data (strips, tiles), compared by the data they point at. */
    private static final int[][] DATA_BLOCKS = {{0x0111, 0x0117}, {0x0144, 0x0145}};
    private static final int MAX_DIRECTORIES = 64;

    private record Entry(int tag, int type, long count, byte[] field, int position) {

        long byteLength() {
            return type < TYPE_SIZES.length ? count * TYPE_SIZES[type] : 0;
        }
    }

    private record Directory(int offset, List<Entry> entries, long next) {
    }

    @Override
    public byte[] packet(byte[] file) throws XmpFiles.XmpFileException {
        ByteOrder order = order(file);
        for (Entry entry : directory(file, order, firstOffset(file, order)).entries()) {
            if (entry.tag() == XMP) {
                return value(file, order, entry);
            }
        }
        return null;
    }

    @Override
    public byte[] withPacket(byte[] file, byte[] packet, FileLabels labels) throws XmpFiles.XmpFileException {
        ByteOrder order = order(file);
        int ifd0Offset = firstOffset(file, order);
        Directory ifd0 = directory(file, order, ifd0Offset);
        int packetAt = file.length + file.length % 2;
        Entry existing = ifd0.entries().stream().filter(e -> e.tag() == XMP).findFirst().orElse(null);
        if (existing != null) {
            ByteBuffer out = ByteBuffer.wrap(Arrays.copyOf(file, packetAt + packet.length)).order(order);
            out.position(packetAt);
            out.put(packet);
            out.putInt(existing.position() + 4, packet.length);
            out.putInt(existing.position() + 8, packetAt);
            return out.array();
        }
        TreeMap<Integer, byte[]> table = new TreeMap<>();
        for (Entry entry : ifd0.entries()) {
            table.put(entry.tag(), Arrays.copyOfRange(file, entry.position(), entry.position() + 12));
        }
        table.put(XMP, ByteBuffer.allocate(12).order(order).putShort((short) XMP).putShort((short) BYTE)
                .putInt(packet.length).putInt(packetAt).array());
        int directoryAt = packetAt + packet.length + packet.length % 2;
        ByteBuffer out = ByteBuffer.wrap(Arrays.copyOf(file, directoryAt + 2 + 12 * table.size() + 4)).order(order);
        out.position(packetAt);
        out.put(packet);
        out.position(directoryAt);
        out.putShort((short) table.size());
        table.values().forEach(out::put);
        out.putInt((int) ifd0.next());
        out.putInt(4, directoryAt);
        return out.array();
    }

    /**
     * Every directory reachable from the header with each entry's value (IFD0's XMP left out), and the strip and tile
     * data they point at: what a label write must leave as it was, wherever it sits in the file.
     */
    @Override
    public byte[] preserved(byte[] file) throws XmpFiles.XmpFileException {
        ByteOrder order = order(file);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Set<Integer> visited = new HashSet<>();
        List<Integer> pending = new ArrayList<>(List.of(firstOffset(file, order)));
        boolean first = true;
        while (!pending.isEmpty() && visited.size() < MAX_DIRECTORIES) {
            int offset = pending.remove(0);
            if (offset == 0 || !visited.add(offset)) {
                continue;
            }
            Directory directory = directory(file, order, offset);
            for (Entry entry : directory.entries()) {
                if (first && entry.tag() == XMP) {
                    continue;
                }
                out.writeBytes(ByteBuffer.allocate(8).putShort((short) entry.tag()).putShort((short) entry.type())
                        .putInt((int) entry.count()).array());
                if (DIRECTORY_POINTERS.contains(entry.tag())) {
                    for (long pointer : numbers(file, order, entry)) {
                        pending.add((int) pointer);
                    }
                } else if (!isDataOffsets(entry.tag())) {
                    out.writeBytes(value(file, order, entry));
                }
            }
            for (int[] block : DATA_BLOCKS) {
                writeData(file, order, directory, block[0], block[1], out);
            }
            pending.add((int) directory.next());
            first = false;
        }
        return out.toByteArray();
    }

    private static boolean isDataOffsets(int tag) {
        for (int[] block : DATA_BLOCKS) {
            if (block[0] == tag) {
                return true;
            }
        }
        return false;
    }

    private static void writeData(byte[] file, ByteOrder order, Directory directory, int offsetsTag, int countsTag,
                                  ByteArrayOutputStream out) throws XmpFiles.XmpFileException {
        Entry offsets = null;
        Entry counts = null;
        for (Entry entry : directory.entries()) {
            if (entry.tag() == offsetsTag) {
                offsets = entry;
            } else if (entry.tag() == countsTag) {
                counts = entry;
            }
        }
        if (offsets == null || counts == null) {
            return;
        }
        long[] starts = numbers(file, order, offsets);
        long[] lengths = numbers(file, order, counts);
        for (int i = 0; i < Math.min(starts.length, lengths.length); i++) {
            if (starts[i] < 0 || starts[i] + lengths[i] > file.length) {
                throw new XmpFiles.XmpFileException("the TIFF's image data lies outside the file");
            }
            out.write(file, (int) starts[i], (int) lengths[i]);
        }
    }

    private static ByteOrder order(byte[] file) throws XmpFiles.XmpFileException {
        if (file.length < 8) {
            throw new XmpFiles.XmpFileException("not a TIFF");
        }
        ByteOrder order;
        if (file[0] == 'I' && file[1] == 'I') {
            order = ByteOrder.LITTLE_ENDIAN;
        } else if (file[0] == 'M' && file[1] == 'M') {
            order = ByteOrder.BIG_ENDIAN;
        } else {
            throw new XmpFiles.XmpFileException("not a TIFF");
        }
        int magic = ByteBuffer.wrap(file, 2, 2).order(order).getShort() & 0xFFFF;
        if (magic != 42) {
            throw new XmpFiles.XmpFileException(magic == 43 ? "BigTIFF files are not written to" : "not a TIFF");
        }
        return order;
    }

    private static int firstOffset(byte[] file, ByteOrder order) {
        return ByteBuffer.wrap(file, 4, 4).order(order).getInt();
    }

    private static Directory directory(byte[] file, ByteOrder order, int offset) throws XmpFiles.XmpFileException {
        if (offset < 8 || offset + 2 > file.length) {
            throw new XmpFiles.XmpFileException("damaged TIFF directory");
        }
        ByteBuffer buffer = ByteBuffer.wrap(file).order(order);
        int count = buffer.getShort(offset) & 0xFFFF;
        if (offset + 2 + 12L * count + 4 > file.length) {
            throw new XmpFiles.XmpFileException("damaged TIFF directory");
        }
        List<Entry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int at = offset + 2 + 12 * i;
            entries.add(new Entry(buffer.getShort(at) & 0xFFFF, buffer.getShort(at + 2) & 0xFFFF,
                    buffer.getInt(at + 4) & 0xFFFFFFFFL, Arrays.copyOfRange(file, at + 8, at + 12), at));
        }
        return new Directory(offset, entries, buffer.getInt(offset + 2 + 12 * count) & 0xFFFFFFFFL);
    }

    private static byte[] value(byte[] file, ByteOrder order, Entry entry) throws XmpFiles.XmpFileException {
        long length = entry.byteLength();
        if (length <= 4) {
            return Arrays.copyOf(entry.field(), (int) length);
        }
        long at = ByteBuffer.wrap(entry.field()).order(order).getInt() & 0xFFFFFFFFL;
        if (at + length > file.length) {
            throw new XmpFiles.XmpFileException("a TIFF value lies outside the file");
        }
        return Arrays.copyOfRange(file, (int) at, (int) (at + length));
    }

    private static long[] numbers(byte[] file, ByteOrder order, Entry entry) throws XmpFiles.XmpFileException {
        int size = entry.type() < TYPE_SIZES.length ? TYPE_SIZES[entry.type()] : 0;
        if (size != 2 && size != 4 || entry.type() == 8 || entry.type() == 9 || entry.type() == 11) {
            return new long[0];
        }
        ByteBuffer values = ByteBuffer.wrap(value(file, order, entry)).order(order);
        long[] numbers = new long[(int) entry.count()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = size == 2 ? values.getShort(2 * i) & 0xFFFF : values.getInt(4 * i) & 0xFFFFFFFFL;
        }
        return numbers;
    }
}
