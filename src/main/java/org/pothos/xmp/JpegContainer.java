package org.pothos.xmp;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * XMP in a JPEG: one APP1 segment starting with Adobe's namespace, placed after the EXIF segment; IPTC keywords,
 * title and caption in Photoshop's APP13 block, whose other resources are kept. The extended XMP segments some
 * programs add for large packets are kept as they are: labels live in the main packet.
 */
final class JpegContainer implements PictureContainer {

    static final byte[] XMP_PREFIX = "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PHOTOSHOP_PREFIX = "Photoshop 3.0\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final int APP0 = 0xE0;
    private static final int APP1 = 0xE1;
    private static final int APP13 = 0xED;
    private static final int SOS = 0xDA;
    private static final int MAX_SEGMENT_PAYLOAD = 0xFFFF - 2;

    /** A marker segment before the scan: its marker and where its bytes (marker included) are. */
    private record Segment(int marker, int start, int end) {

        boolean startsWith(byte[] file, byte[] prefix) {
            int payload = start + 4;
            return end - payload >= prefix.length && Arrays.equals(file, payload, payload + prefix.length, prefix, 0, prefix.length);
        }

        byte[] payload(byte[] file, int skip) {
            return Arrays.copyOfRange(file, start + 4 + skip, end);
        }
    }

    /** The segments before the first scan, and where the scan (and everything after it) starts. */
    private record Layout(List<Segment> segments, int scanStart) {
    }

    @Override
    public byte[] packet(byte[] file) throws XmpFiles.XmpFileException {
        for (Segment segment : layout(file).segments()) {
            if (isXmp(file, segment)) {
                return segment.payload(file, XMP_PREFIX.length);
            }
        }
        return null;
    }

    @Override
    public byte[] withPacket(byte[] file, byte[] packet, FileLabels labels) throws XmpFiles.XmpFileException {
        if (packet.length + XMP_PREFIX.length > MAX_SEGMENT_PAYLOAD) {
            throw new XmpFiles.XmpFileException("the labels do not fit into a JPEG's XMP segment (" + packet.length + " bytes)");
        }
        Layout layout = layout(file);
        List<Segment> kept = new ArrayList<>();
        ByteArrayOutputStream photoshop = new ByteArrayOutputStream();
        for (Segment segment : layout.segments()) {
            if (isXmp(file, segment)) {
                continue;
            }
            if (isPhotoshop(file, segment)) {
                photoshop.writeBytes(segment.payload(file, PHOTOSHOP_PREFIX.length));
                continue;
            }
            kept.add(segment);
        }
        int insertAt = 0;
        while (insertAt < kept.size() && (kept.get(insertAt).marker() == APP0 || kept.get(insertAt).marker() == APP1)) {
            insertAt++;
        }
        byte[] resources = PhotoshopResources.withIptc(photoshop.toByteArray(), IptcBlock.with(
                PhotoshopResources.iptc(photoshop.toByteArray()), labels));
        if (resources.length + PHOTOSHOP_PREFIX.length > MAX_SEGMENT_PAYLOAD) {
            throw new XmpFiles.XmpFileException("the IPTC block does not fit into one JPEG segment");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(file.length + packet.length + 1024);
        out.write(0xFF);
        out.write(0xD8);
        for (int i = 0; i < kept.size(); i++) {
            if (i == insertAt) {
                writeSegments(out, packet, resources);
            }
            Segment segment = kept.get(i);
            out.write(file, segment.start(), segment.end() - segment.start());
        }
        if (insertAt == kept.size()) {
            writeSegments(out, packet, resources);
        }
        out.write(file, layout.scanStart(), file.length - layout.scanStart());
        return out.toByteArray();
    }

    private static void writeSegments(ByteArrayOutputStream out, byte[] packet, byte[] resources) {
        segment(out, APP1, XMP_PREFIX, packet);
        segment(out, APP13, PHOTOSHOP_PREFIX, resources);
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] prefix, byte[] payload) {
        int length = 2 + prefix.length + payload.length;
        out.write(0xFF);
        out.write(marker);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(prefix);
        out.writeBytes(payload);
    }

    @Override
    public byte[] preserved(byte[] file) throws XmpFiles.XmpFileException {
        Layout layout = layout(file);
        ByteArrayOutputStream out = new ByteArrayOutputStream(file.length);
        for (Segment segment : layout.segments()) {
            if (!isXmp(file, segment) && !isPhotoshop(file, segment)) {
                out.write(file, segment.start(), segment.end() - segment.start());
            }
        }
        out.write(file, layout.scanStart(), file.length - layout.scanStart());
        return out.toByteArray();
    }

    private static boolean isXmp(byte[] file, Segment segment) {
        return segment.marker() == APP1 && segment.startsWith(file, XMP_PREFIX);
    }

    private static boolean isPhotoshop(byte[] file, Segment segment) {
        return segment.marker() == APP13 && segment.startsWith(file, PHOTOSHOP_PREFIX);
    }

    private static Layout layout(byte[] file) throws XmpFiles.XmpFileException {
        if (file.length < 4 || (file[0] & 0xFF) != 0xFF || (file[1] & 0xFF) != 0xD8) {
            throw new XmpFiles.XmpFileException("not a JPEG");
        }
        List<Segment> segments = new ArrayList<>();
        int position = 2;
        while (position + 4 <= file.length) {
            if ((file[position] & 0xFF) != 0xFF) {
                throw new XmpFiles.XmpFileException("damaged JPEG marker at byte " + position);
            }
            int marker = file[position + 1] & 0xFF;
            if (marker == 0xFF) {
                position++; // fill byte
                continue;
            }
            if (marker == SOS) {
                return new Layout(segments, position);
            }
            int length = (file[position + 2] & 0xFF) << 8 | file[position + 3] & 0xFF;
            if (length < 2 || position + 2 + length > file.length) {
                throw new XmpFiles.XmpFileException("damaged JPEG segment at byte " + position);
            }
            segments.add(new Segment(marker, position, position + 2 + length));
            position += 2 + length;
        }
        throw new XmpFiles.XmpFileException("the JPEG has no image data");
    }
}
