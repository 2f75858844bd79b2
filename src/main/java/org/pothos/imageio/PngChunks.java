package org.pothos.imageio;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Walks a PNG's chunks and checks each one's CRC: a file cut short is "truncated", a checksum that does not match
 * is "corrupt data" (a flipped bit, a bad copy), and a PNG without its header or its image data cannot be shown.
 * It reads the whole file once, which the import does anyway to hash it, so it costs little.
 */
final class PngChunks {

    private static final int SIGNATURE = 8;
    private static final int MAX_CHUNK = Integer.MAX_VALUE - 16;

    private PngChunks() {
    }

    /** Why the file is not a whole, intact PNG; empty when it is. */
    static Optional<String> problem(RandomAccessFile file) throws IOException {
        file.seek(SIGNATURE);
        // Deliberately left open: closing it would close the caller's file.
        InputStream stream = new BufferedInputStream(Channels.newInputStream(file.getChannel()), 64 * 1024);
        DataInputStream in = new DataInputStream(stream);
        byte[] buffer = new byte[64 * 1024];
        boolean first = true;
        boolean imageData = false;
        try {
            while (true) {
                long length = Integer.toUnsignedLong(in.readInt());
                byte[] typeBytes = new byte[4];
                in.readFully(typeBytes);
                String type = new String(typeBytes, StandardCharsets.ISO_8859_1);
                if (length > MAX_CHUNK || !type.chars().allMatch(Character::isLetter)) {
                    return Optional.of("corrupt data (a broken chunk after " + (first ? "the signature" : "the header") + ")");
                }
                if (first && !type.equals("IHDR")) {
                    return Optional.of("corrupt data (no IHDR chunk: the picture's size and colours are unknown)");
                }
                first = false;
                CRC32 crc = new CRC32();
                crc.update(typeBytes);
                for (long left = length; left > 0; ) {
                    int read = (int) Math.min(buffer.length, left);
                    in.readFully(buffer, 0, read);
                    crc.update(buffer, 0, read);
                    left -= read;
                }
                if (in.readInt() != (int) crc.getValue()) {
                    return Optional.of("corrupt data (checksum error in the " + type + " chunk)");
                }
                imageData |= type.equals("IDAT");
                if (type.equals("IEND")) {
                    return imageData ? Optional.empty() : Optional.of("corrupt data (no image data: IDAT chunk missing)");
                }
            }
        } catch (EOFException e) {
            return Optional.of("truncated file");
        }
    }
}
