package org.pothos.imageio;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Walks the boxes of an ISO base media file (HEIF, AVIF, Canon CR3): each box's type, where its content starts and
 * where it ends. Only headers are read here; the callers read the few contents they need. Sizes are checked
 * against the enclosing range, so a hostile file cannot send a reader outside it.
 */
final class IsoBoxes {

    /** More boxes than this at one level means a damaged or hostile file. */
    private static final int MAX_BOXES = 4096;

    /** A box: its four-character type, the 16-byte extended type of a {@code uuid} box (as hex), and its extent. */
    record Box(String type, String uuid, long start, long contentStart, long end) {

        long contentLength() {
            return end - contentStart;
        }
    }

    private final RandomAccessFile file;

    IsoBoxes(RandomAccessFile file) {
        this.file = file;
    }

    /** The top-level boxes of the file. */
    List<Box> top() throws IOException {
        return within(0, file.length());
    }

    /** The boxes inside {@code parent}, whose content starts {@code skip} bytes in (4 for a full box's version and flags). */
    List<Box> children(Box parent, int skip) throws IOException {
        return within(parent.contentStart() + skip, parent.end());
    }

    List<Box> within(long from, long to) throws IOException {
        List<Box> boxes = new ArrayList<>();
        long position = from;
        while (position + 8 <= to && boxes.size() < MAX_BOXES) {
            ByteBuffer header = read(position, 8);
            long size = header.getInt(0) & 0xFFFFFFFFL;
            String type = new String(header.array(), 4, 4, StandardCharsets.ISO_8859_1);
            long headerSize = 8;
            if (size == 1) {
                if (position + 16 > to) {
                    break;
                }
                size = read(position + 8, 8).getLong(0);
                headerSize = 16;
            } else if (size == 0) {
                size = to - position;
            }
            String uuid = null;
            if (type.equals("uuid")) {
                if (position + headerSize + 16 > to) {
                    break;
                }
                uuid = HexFormat.of().formatHex(read(position + headerSize, 16).array());
                headerSize += 16;
            }
            if (size < headerSize || position + size > to) {
                break;
            }
            boxes.add(new Box(type, uuid, position, position + headerSize, position + size));
            position += size;
        }
        return boxes;
    }

    static Optional<Box> first(List<Box> boxes, String type) {
        return boxes.stream().filter(b -> b.type().equals(type)).findFirst();
    }

    static Optional<Box> firstUuid(List<Box> boxes, String uuid) {
        return boxes.stream().filter(b -> uuid.equals(b.uuid())).findFirst();
    }

    /** Bytes of the file at {@code position}, big-endian as every box field is. */
    ByteBuffer read(long position, int length) throws IOException {
        if (length < 0 || position < 0 || position + length > file.length()) {
            throw new IOException("box data outside the file");
        }
        byte[] bytes = new byte[length];
        file.seek(position);
        file.readFully(bytes);
        return ByteBuffer.wrap(bytes);
    }

    /** A box's whole content, refused beyond {@code limit} bytes. */
    byte[] content(Box box, int limit) throws IOException {
        if (box.contentLength() > limit) {
            throw new IOException("box " + box.type() + " too large: " + box.contentLength() + " bytes");
        }
        return read(box.contentStart(), (int) box.contentLength()).array();
    }
}
