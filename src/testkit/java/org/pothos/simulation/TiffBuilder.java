package org.pothos.simulation;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lays out a TIFF structure byte by byte, as cameras write RAW files: a header (with an optional magic number and
 * extra header bytes, as in ORF, RW2 and CR2), an IFD chain, SubIFDs and EXIF IFDs pointed to by entries, and data
 * blocks (strips, JPEG previews) that entries point to. Directories come first, then every data block, in the
 * order they were added.
 */
public final class TiffBuilder {

    public static final short BYTE = 1;
    public static final short ASCII = 2;
    public static final short SHORT = 3;
    public static final short LONG = 4;
    public static final short UNDEFINED = 7;

    private final ByteOrder order;
    private final int magic;
    private final byte[] extraHeader;
    private final List<Ifd> ifds = new ArrayList<>();
    private final List<byte[]> blocks = new ArrayList<>();

    /** @param extraHeader bytes right after the 8-byte header (CR2 puts "CR", version and an offset there) */
    public TiffBuilder(ByteOrder order, int magic, byte[] extraHeader) {
        this.order = order;
        this.magic = magic;
        this.extraHeader = extraHeader.clone();
    }

    /** A plain little-endian TIFF. */
    public TiffBuilder() {
        this(ByteOrder.LITTLE_ENDIAN, 42, new byte[0]);
    }

    /** A new directory; the first one made is IFD0, and {@link Ifd#next} chains others after it. */
    public Ifd ifd() {
        Ifd ifd = new Ifd();
        ifds.add(ifd);
        return ifd;
    }

    /** A value that is an offset, resolved when the file is laid out. */
    private record Pointer(Object target) {
    }

    private record Entry(short type, int count, byte[] value, List<Pointer> pointers) {
    }

    /** One image file directory. */
    public final class Ifd {

        private final Map<Integer, Entry> entries = new TreeMap<>(); // TIFF wants ascending tags
        private Ifd next;

        public Ifd ascii(int tag, String text) {
            byte[] bytes = (text + "\0").getBytes(StandardCharsets.ISO_8859_1);
            entries.put(tag, new Entry(ASCII, bytes.length, bytes, List.of()));
            return this;
        }

        public Ifd shorts(int tag, int... values) {
            ByteBuffer buffer = ByteBuffer.allocate(2 * values.length).order(order);
            for (int value : values) {
                buffer.putShort((short) value);
            }
            entries.put(tag, new Entry(SHORT, values.length, buffer.array(), List.of()));
            return this;
        }

        public Ifd longs(int tag, long... values) {
            ByteBuffer buffer = ByteBuffer.allocate(4 * values.length).order(order);
            for (long value : values) {
                buffer.putInt((int) value);
            }
            entries.put(tag, new Entry(LONG, values.length, buffer.array(), List.of()));
            return this;
        }

        public Ifd bytes(int tag, short type, byte[] value) {
            entries.put(tag, new Entry(type, value.length, value.clone(), List.of()));
            return this;
        }

        /** An entry whose value is the offset of each of {@code children} (SubIFDs, the EXIF IFD). */
        public Ifd pointsTo(int tag, Ifd... children) {
            List<Pointer> pointers = new ArrayList<>();
            for (Ifd child : children) {
                pointers.add(new Pointer(child));
            }
            entries.put(tag, new Entry(LONG, children.length, new byte[4 * children.length], pointers));
            return this;
        }

        /** An entry holding the offset of a data block written after the directories. */
        public Ifd offsetOf(int tag, byte[] block) {
            blocks.add(block);
            entries.put(tag, new Entry(LONG, 1, new byte[4], List.of(new Pointer(block))));
            return this;
        }

        /** The image data as one strip (StripOffsets, RowsPerStrip left out, StripByteCounts). */
        public Ifd strip(byte[] data) {
            offsetOf(0x0111, data);
            return longs(0x0117, data.length);
        }

        /** A JPEG thumbnail or preview (JPEGInterchangeFormat and its length). */
        public Ifd jpeg(byte[] jpeg) {
            offsetOf(0x0201, jpeg);
            return longs(0x0202, jpeg.length);
        }

        /** Makes {@code following} the next directory in this one's chain. */
        public Ifd next(Ifd following) {
            this.next = following;
            return this;
        }

        private int tableSize() {
            return 2 + 12 * entries.size() + 4;
        }

        private int size() {
            int size = tableSize();
            for (Entry entry : entries.values()) {
                if (entry.value().length > 4) {
                    size += entry.value().length + entry.value().length % 2;
                }
            }
            return size;
        }
    }

    public byte[] build() {
        Map<Object, Integer> positions = new IdentityHashMap<>();
        int position = 8 + extraHeader.length;
        for (Ifd ifd : ifds) {
            positions.put(ifd, position);
            position += ifd.size();
        }
        for (byte[] block : blocks) {
            positions.put(block, position);
            position += block.length + block.length % 2;
        }
        ByteBuffer out = ByteBuffer.allocate(position).order(order);
        out.put(order == ByteOrder.LITTLE_ENDIAN ? (byte) 'I' : (byte) 'M');
        out.put(order == ByteOrder.LITTLE_ENDIAN ? (byte) 'I' : (byte) 'M');
        out.putShort((short) magic).putInt(ifds.isEmpty() ? 0 : positions.get(ifds.get(0)));
        out.put(extraHeader);
        for (Ifd ifd : ifds) {
            write(out, ifd, positions);
        }
        for (byte[] block : blocks) {
            out.position(positions.get(block));
            out.put(block);
        }
        return out.array();
    }

    private void write(ByteBuffer out, Ifd ifd, Map<Object, Integer> positions) {
        int start = positions.get(ifd);
        int data = start + ifd.tableSize();
        out.position(start);
        out.putShort((short) ifd.entries.size());
        for (Map.Entry<Integer, Entry> tagged : ifd.entries.entrySet()) {
            Entry entry = tagged.getValue();
            byte[] value = entry.value();
            if (!entry.pointers().isEmpty()) {
                ByteBuffer resolved = ByteBuffer.allocate(value.length).order(order);
                entry.pointers().forEach(p -> resolved.putInt(positions.get(p.target())));
                value = resolved.array();
            }
            out.putShort(tagged.getKey().shortValue()).putShort(entry.type()).putInt(entry.count());
            if (value.length <= 4) {
                byte[] inline = new byte[4];
                System.arraycopy(value, 0, inline, 0, value.length);
                out.put(inline);
            } else {
                out.putInt(data);
                int resume = out.position();
                out.position(data);
                out.put(value);
                data += value.length + value.length % 2;
                out.position(resume);
            }
        }
        out.putInt(ifd.next == null ? 0 : positions.get(ifd.next));
    }

    /** Bytes of a whole file: a TIFF structure placed after {@code prefix} (for containers that embed one). */
    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
