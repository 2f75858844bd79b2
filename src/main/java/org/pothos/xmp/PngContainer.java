package org.pothos.xmp;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

/**
 * XMP in a PNG: an uncompressed {@code iTXt} chunk with the keyword "XML:com.adobe.xmp", placed right after the
 * header chunk so that it comes before the image data, as the XMP specification asks.
 */
final class PngContainer implements PictureContainer {

    private static final byte[] KEYWORD = "XML:com.adobe.xmp".getBytes(StandardCharsets.ISO_8859_1);
    private static final int SIGNATURE_LENGTH = 8;

    private record Chunk(String type, int start, int end) {

        int dataStart() {
            return start + 8;
        }

        int dataEnd() {
            return end - 4;
        }
    }

    @Override
    public byte[] packet(byte[] file) throws XmpFiles.XmpFileException {
        for (Chunk chunk : chunks(file)) {
            if (isXmp(file, chunk)) {
                // keyword, NUL, compression flag, method, language NUL, translated keyword NUL, text
                int position = chunk.dataStart() + KEYWORD.length + 1;
                if (file[position] != 0) {
                    throw new XmpFiles.XmpFileException("the PNG's XMP is compressed, which Pothos does not rewrite");
                }
                position += 2;
                position = afterNul(file, position, chunk.dataEnd());
                position = afterNul(file, position, chunk.dataEnd());
                return Arrays.copyOfRange(file, position, chunk.dataEnd());
            }
        }
        return null;
    }

    @Override
    public byte[] withPacket(byte[] file, byte[] packet, FileLabels labels) throws XmpFiles.XmpFileException {
        List<Chunk> chunks = chunks(file);
        ByteArrayOutputStream out = new ByteArrayOutputStream(file.length + packet.length + 64);
        out.write(file, 0, SIGNATURE_LENGTH);
        for (Chunk chunk : chunks) {
            if (isXmp(file, chunk)) {
                continue;
            }
            out.write(file, chunk.start(), chunk.end() - chunk.start());
            if (chunk == chunks.get(chunks.size() - 1)) {
                // Whatever follows the last chunk (padding some tools add) stays too.
                out.write(file, chunk.end(), file.length - chunk.end());
            }
            if (chunk.type().equals("IHDR")) {
                ByteArrayOutputStream data = new ByteArrayOutputStream(packet.length + 32);
                data.writeBytes(KEYWORD);
                data.write(0);
                data.write(0); // not compressed
                data.write(0); // compression method
                data.write(0); // no language tag
                data.write(0); // no translated keyword
                data.writeBytes(packet);
                writeChunk(out, "iTXt", data.toByteArray());
            }
        }
        return out.toByteArray();
    }

    @Override
    public byte[] preserved(byte[] file) throws XmpFiles.XmpFileException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(file.length);
        out.write(file, 0, SIGNATURE_LENGTH);
        List<Chunk> chunks = chunks(file);
        for (Chunk chunk : chunks) {
            if (!isXmp(file, chunk)) {
                out.write(file, chunk.start(), chunk.end() - chunk.start());
            }
        }
        int end = chunks.get(chunks.size() - 1).end();
        out.write(file, end, file.length - end);
        return out.toByteArray();
    }

    private static void writeChunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static boolean isXmp(byte[] file, Chunk chunk) {
        return chunk.type().equals("iTXt") && chunk.dataEnd() - chunk.dataStart() > KEYWORD.length
                && Arrays.equals(file, chunk.dataStart(), chunk.dataStart() + KEYWORD.length, KEYWORD, 0, KEYWORD.length)
                && file[chunk.dataStart() + KEYWORD.length] == 0;
    }

    private static int afterNul(byte[] file, int from, int end) throws XmpFiles.XmpFileException {
        for (int i = from; i < end; i++) {
            if (file[i] == 0) {
                return i + 1;
            }
        }
        throw new XmpFiles.XmpFileException("damaged XMP chunk in PNG");
    }

    private static List<Chunk> chunks(byte[] file) throws XmpFiles.XmpFileException {
        List<Chunk> chunks = new ArrayList<>();
        int position = SIGNATURE_LENGTH;
        while (position + 12 <= file.length) {
            int length = ByteBuffer.wrap(file, position, 4).getInt();
            if (length < 0 || position + 12L + length > file.length) {
                throw new XmpFiles.XmpFileException("damaged PNG chunk at byte " + position);
            }
            String type = new String(file, position + 4, 4, StandardCharsets.ISO_8859_1);
            chunks.add(new Chunk(type, position, position + 12 + length));
            position += 12 + length;
            if (type.equals("IEND")) {
                break;
            }
        }
        if (chunks.isEmpty() || !chunks.get(0).type().equals("IHDR")) {
            throw new XmpFiles.XmpFileException("not a PNG");
        }
        return chunks;
    }
}
