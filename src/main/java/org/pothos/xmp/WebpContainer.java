package org.pothos.xmp;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * XMP in a WebP: an "XMP " chunk at the end, announced by a flag in the extended header (VP8X). A simple WebP
 * (one VP8 or VP8L chunk) gets the extended header first, its canvas taken from the bitstream.
 */
final class WebpContainer implements PictureContainer {

    private static final int XMP_FLAG = 0x04;
    private static final int ALPHA_FLAG = 0x10;
    private static final int HEADER = 12;

    private record Chunk(String type, int start, int end) {

        int dataStart() {
            return start + 8;
        }
    }

    @Override
    public byte[] packet(byte[] file) throws XmpFiles.XmpFileException {
        for (Chunk chunk : chunks(file)) {
            if (chunk.type().equals("XMP ")) {
                return Arrays.copyOfRange(file, chunk.dataStart(), chunk.dataStart() + length(file, chunk));
            }
        }
        return null;
    }

    @Override
    public byte[] withPacket(byte[] file, byte[] packet, FileLabels labels) throws XmpFiles.XmpFileException {
        List<Chunk> chunks = chunks(file);
        ByteArrayOutputStream body = new ByteArrayOutputStream(file.length + packet.length + 32);
        Chunk first = chunks.get(0);
        if (first.type().equals("VP8X")) {
            byte[] header = Arrays.copyOfRange(file, first.dataStart(), first.dataStart() + length(file, first));
            header[0] = (byte) (header[0] | XMP_FLAG);
            writeChunk(body, "VP8X", header);
        } else {
            int[] canvas = canvas(file, first);
            ByteBuffer header = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
            header.put((byte) (XMP_FLAG | (canvas[2] != 0 ? ALPHA_FLAG : 0))).put(new byte[3]);
            put24(header, canvas[0] - 1);
            put24(header, canvas[1] - 1);
            writeChunk(body, "VP8X", header.array());
            body.write(file, first.start(), first.end() - first.start());
        }
        for (Chunk chunk : chunks.subList(1, chunks.size())) {
            if (!chunk.type().equals("XMP ")) {
                body.write(file, chunk.start(), chunk.end() - chunk.start());
            }
        }
        writeChunk(body, "XMP ", packet);
        byte[] content = body.toByteArray();
        ByteBuffer out = ByteBuffer.allocate(HEADER + content.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + content.length)
                .put("WEBP".getBytes(StandardCharsets.US_ASCII)).put(content);
        return out.array();
    }

    @Override
    public byte[] preserved(byte[] file) throws XmpFiles.XmpFileException {
        List<Chunk> chunks = chunks(file);
        ByteArrayOutputStream out = new ByteArrayOutputStream(file.length);
        Chunk first = chunks.get(0);
        int[] canvas = first.type().equals("VP8X") ? vp8xCanvas(file, first) : canvas(file, first);
        out.writeBytes(ByteBuffer.allocate(8).putInt(canvas[0]).putInt(canvas[1]).array());
        for (Chunk chunk : chunks) {
            if (!chunk.type().equals("XMP ") && !chunk.type().equals("VP8X")) {
                out.write(file, chunk.start(), chunk.end() - chunk.start());
            }
        }
        return out.toByteArray();
    }

    /** Width, height and whether alpha is used, from a simple WebP's only chunk. */
    private static int[] canvas(byte[] file, Chunk chunk) throws XmpFiles.XmpFileException {
        int data = chunk.dataStart();
        if (chunk.type().equals("VP8L") && length(file, chunk) >= 5 && (file[data] & 0xFF) == 0x2F) {
            int bits = ByteBuffer.wrap(file, data + 1, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
            return new int[]{(bits & 0x3FFF) + 1, (bits >>> 14 & 0x3FFF) + 1, bits >>> 28 & 1};
        }
        if (chunk.type().equals("VP8 ") && length(file, chunk) >= 10 && (file[data + 3] & 0xFF) == 0x9D
                && (file[data + 4] & 0xFF) == 0x01 && (file[data + 5] & 0xFF) == 0x2A) {
            ByteBuffer frame = ByteBuffer.wrap(file, data + 6, 4).order(ByteOrder.LITTLE_ENDIAN);
            return new int[]{frame.getShort() & 0x3FFF, frame.getShort() & 0x3FFF, 0};
        }
        throw new XmpFiles.XmpFileException("unrecognised WebP bitstream");
    }

    private static int[] vp8xCanvas(byte[] file, Chunk chunk) {
        int data = chunk.dataStart();
        return new int[]{get24(file, data + 4) + 1, get24(file, data + 7) + 1};
    }

    private static int get24(byte[] file, int at) {
        return (file[at] & 0xFF) | (file[at + 1] & 0xFF) << 8 | (file[at + 2] & 0xFF) << 16;
    }

    private static void put24(ByteBuffer buffer, int value) {
        buffer.put((byte) value).put((byte) (value >> 8)).put((byte) (value >> 16));
    }

    private static void writeChunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(type.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(data.length).array());
        out.writeBytes(data);
        if (data.length % 2 != 0) {
            out.write(0);
        }
    }

    private static int length(byte[] file, Chunk chunk) {
        return ByteBuffer.wrap(file, chunk.start() + 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }

    private static List<Chunk> chunks(byte[] file) throws XmpFiles.XmpFileException {
        if (file.length < HEADER + 8 || !new String(file, 0, 4, StandardCharsets.US_ASCII).equals("RIFF")
                || !new String(file, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
            throw new XmpFiles.XmpFileException("not a WebP");
        }
        int end = (int) Math.min(file.length, 8L + (ByteBuffer.wrap(file, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFFFFFFL));
        List<Chunk> chunks = new ArrayList<>();
        int position = HEADER;
        while (position + 8 <= end) {
            long size = ByteBuffer.wrap(file, position + 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFFFFFFL;
            long next = position + 8 + size + size % 2;
            if (position + 8 + size > file.length) {
                throw new XmpFiles.XmpFileException("damaged WebP chunk at byte " + position);
            }
            chunks.add(new Chunk(new String(file, position, 4, StandardCharsets.US_ASCII), position, (int) Math.min(next, file.length)));
            position = (int) next;
        }
        if (chunks.isEmpty()) {
            throw new XmpFiles.XmpFileException("the WebP has no image data");
        }
        return chunks;
    }
}
