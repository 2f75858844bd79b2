package org.pothos.simulation;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The TIFF structure inside an EXIF APP1 segment: header, IFD0 (camera, orientation, pointers), ExifIFD (dates,
 * lens), GPS IFD, and IFD1 describing the embedded JPEG preview, which follows last.
 */
final class ExifBlock {
    private static final int HEADER_SIZE = 8;
    private static final DateTimeFormatter EXIF_DATE = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");
    private static final short BYTE = 1;
    private static final short ASCII = 2;
    private static final short SHORT = 3;
    private static final short LONG = 4;
    private static final short RATIONAL = 5;

    private final ByteOrder order;

    private ExifBlock(ByteOrder order) {
        this.order = order;
    }

    static byte[] build(CameraExif spec, byte[] thumbnail) {
        return new ExifBlock(spec.byteOrder()).layout(spec, thumbnail);
    }

    private byte[] layout(CameraExif spec, byte[] thumbnail) {
        Ifd ifd0 = new Ifd();
        putAscii(ifd0, 0x010F, spec.make());
        putAscii(ifd0, 0x0110, spec.model());
        ifd0.put(0x0112, SHORT, 1, shorts(spec.orientation()));
        putAscii(ifd0, 0x0132, date(spec.modifiedAt()));

        Ifd exif = new Ifd();
        putAscii(exif, 0x9003, date(spec.takenAt()));
        putAscii(exif, 0xA434, spec.lens());

        Ifd gps = new Ifd();
        if (spec.gpsLatitude() != null && spec.gpsLongitude() != null) {
            gps.put(0x0000, BYTE, 4, new byte[]{2, 3, 0, 0});
            putAscii(gps, 0x0001, spec.gpsLatitude() >= 0 ? "N" : "S");
            gps.put(0x0002, RATIONAL, 3, degreesMinutesSeconds(spec.gpsLatitude()));
            putAscii(gps, 0x0003, spec.gpsLongitude() >= 0 ? "E" : "W");
            gps.put(0x0004, RATIONAL, 3, degreesMinutesSeconds(spec.gpsLongitude()));
        }

        Ifd ifd1 = new Ifd();
        if (thumbnail != null) {
            ifd1.put(0x0103, SHORT, 1, shorts(6));   // compression: JPEG
            ifd1.put(0x0201, LONG, 1, longs(0));     // JPEGInterchangeFormat, set below
            ifd1.put(0x0202, LONG, 1, longs(thumbnail.length));
        }
        // Pointers are fixed-size, so placeholders keep the sizes right while offsets are computed.
        if (!exif.isEmpty()) {
            ifd0.put(0x8769, LONG, 1, longs(0));
        }
        if (!gps.isEmpty()) {
            ifd0.put(0x8825, LONG, 1, longs(0));
        }

        int ifd0Offset = HEADER_SIZE;
        int exifOffset = ifd0Offset + ifd0.size();
        int gpsOffset = exifOffset + exif.size();
        int ifd1Offset = gpsOffset + gps.size();
        int thumbnailOffset = ifd1Offset + ifd1.size();
        if (!exif.isEmpty()) {
            ifd0.put(0x8769, LONG, 1, longs(exifOffset));
        }
        if (!gps.isEmpty()) {
            ifd0.put(0x8825, LONG, 1, longs(gpsOffset));
        }
        if (thumbnail != null) {
            ifd1.put(0x0201, LONG, 1, longs(thumbnailOffset));
        }

        ByteBuffer out = ByteBuffer.allocate(thumbnailOffset + (thumbnail == null ? 0 : thumbnail.length)).order(order);
        out.put(order == ByteOrder.BIG_ENDIAN ? ascii("MM") : ascii("II")).putShort((short) 42).putInt(ifd0Offset);
        ifd0.writeAt(out, ifd0Offset, thumbnail == null ? 0 : ifd1Offset);
        if (!exif.isEmpty()) {
            exif.writeAt(out, exifOffset, 0);
        }
        if (!gps.isEmpty()) {
            gps.writeAt(out, gpsOffset, 0);
        }
        if (thumbnail != null) {
            ifd1.writeAt(out, ifd1Offset, 0);
            out.position(thumbnailOffset);
            out.put(thumbnail);
        }
        return out.array();
    }

    private static String date(LocalDateTime value) {
        return value == null ? null : EXIF_DATE.format(value);
    }

    private static void putAscii(Ifd ifd, int tag, String value) {
        if (value != null) {
            byte[] text = Arrays.copyOf(ascii(value), value.length() + 1);   // NUL-terminated
            ifd.put(tag, ASCII, text.length, text);
        }
    }

    private byte[] shorts(int value) {
        return ByteBuffer.allocate(2).order(order).putShort((short) value).array();
    }

    private byte[] longs(int value) {
        return ByteBuffer.allocate(4).order(order).putInt(value).array();
    }

    /** Three RATIONALs: whole degrees, whole minutes, seconds with 1/10000 precision. */
    private byte[] degreesMinutesSeconds(double coordinate) {
        double absolute = Math.abs(coordinate);
        int degrees = (int) absolute;
        double minutesExact = (absolute - degrees) * 60;
        int minutes = (int) minutesExact;
        long seconds = Math.round((minutesExact - minutes) * 60 * 10_000);
        return ByteBuffer.allocate(24).order(order)
                .putInt(degrees).putInt(1).putInt(minutes).putInt(1).putInt((int) seconds).putInt(10_000).array();
    }

    private static final class Ifd {
        private record Entry(short type, int count, byte[] value) {
        }

        private final Map<Integer, Entry> entries = new TreeMap<>();   // TIFF requires ascending tags

        void put(int tag, short type, int count, byte[] value) {
            entries.put(tag, new Entry(type, count, value));
        }

        boolean isEmpty() {
            return entries.isEmpty();
        }

        /** Entry table plus the out-of-line values (those over 4 bytes), each padded to an even length. */
        int size() {
            if (entries.isEmpty()) {
                return 0;
            }
            int size = 2 + 12 * entries.size() + 4;
            for (Entry entry : entries.values()) {
                if (entry.value().length > 4) {
                    size += entry.value().length + entry.value().length % 2;
                }
            }
            return size;
        }

        void writeAt(ByteBuffer out, int offset, int nextIfdOffset) {
            int dataOffset = offset + 2 + 12 * entries.size() + 4;
            out.position(offset);
            out.putShort((short) entries.size());
            for (Map.Entry<Integer, Entry> tagged : entries.entrySet()) {
                Entry entry = tagged.getValue();
                out.putShort(tagged.getKey().shortValue()).putShort(entry.type()).putInt(entry.count());
                if (entry.value().length <= 4) {
                    out.put(Arrays.copyOf(entry.value(), 4));   // inline, left-justified
                } else {
                    out.putInt(dataOffset);
                    int entryPosition = out.position();
                    out.position(dataOffset);
                    out.put(entry.value());
                    dataOffset += entry.value().length + entry.value().length % 2;
                    out.position(entryPosition);
                }
            }
            out.putInt(nextIfdOffset);
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
