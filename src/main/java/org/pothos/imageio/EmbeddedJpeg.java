package org.pothos.imageio;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.util.List;
import java.util.Optional;

/**
 * A JPEG picture stored inside another file (a camera RAW's preview): where its bytes are and its frame header.
 * Pothos shows RAW files through the largest such preview instead of developing the sensor data.
 */
public record EmbeddedJpeg(long offset, long length, JpegFrame frame) {

    /** Where a JPEG may be, before it is checked. */
    record Span(long offset, long length) {
    }

    /** Marker segments before the frame header (EXIF with maker notes) rarely exceed this. */
    private static final int HEAD_BYTES = 256 * 1024;
    private static final int SCAN_CHUNK = 1024 * 1024;
    /** Start markers found by chance in sensor data cost a check each; real files have a handful of JPEGs. */
    private static final int MAX_SCAN_CANDIDATES = 64;

    /**
     * The largest of {@code spans} that really holds a JPEG an ordinary decoder reads (8-bit, Huffman-coded: lossless
     * JPEG raw data and damaged spans are passed over), by pixel count.
     */
    static Optional<EmbeddedJpeg> largest(RandomAccessFile file, List<Span> spans) throws IOException {
        EmbeddedJpeg best = null;
        for (Span span : spans) {
            Optional<EmbeddedJpeg> jpeg = check(file, span);
            if (jpeg.isPresent() && (best == null || pixels(jpeg.get()) > pixels(best))) {
                best = jpeg.get();
            }
        }
        return Optional.ofNullable(best);
    }

    private static long pixels(EmbeddedJpeg jpeg) {
        return (long) jpeg.frame().width() * jpeg.frame().height();
    }

    private static Optional<EmbeddedJpeg> check(RandomAccessFile file, Span span) throws IOException {
        if (span.offset() < 0 || span.length() < 4 || span.offset() + span.length() > file.length()
                || span.length() > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        byte[] head = new byte[(int) Math.min(HEAD_BYTES, span.length())];
        file.seek(span.offset());
        file.readFully(head);
        return JpegFrame.read(head)
                .filter(JpegFrame::isCommonPhoto)
                .map(frame -> new EmbeddedJpeg(span.offset(), span.length(), frame));
    }

    /**
     * Looks through the whole file for JPEGs no directory points at (Olympus keeps its preview inside the maker
     * note): each start-of-image marker followed by a frame an ordinary decoder reads, ending at the first
     * end-of-image marker after its scan data. The largest found wins.
     */
    static Optional<EmbeddedJpeg> scan(RandomAccessFile file) throws IOException {
        EmbeddedJpeg best = null;
        byte[] chunk = new byte[SCAN_CHUNK + 2];
        long position = 0;
        int candidates = 0;
        while (position < file.length() && candidates < MAX_SCAN_CANDIDATES) {
            int length = (int) Math.min(chunk.length, file.length() - position);
            file.seek(position);
            file.readFully(chunk, 0, length);
            for (int i = 0; i + 2 < length && candidates < MAX_SCAN_CANDIDATES; i++) {
                if ((chunk[i] & 0xFF) == 0xFF && (chunk[i + 1] & 0xFF) == 0xD8 && (chunk[i + 2] & 0xFF) == 0xFF) {
                    candidates++;
                    long start = position + i;
                    Optional<EmbeddedJpeg> found = check(file, new Span(start, file.length() - start))
                            .flatMap(jpeg -> withEnd(file, jpeg));
                    if (found.isPresent() && (best == null || pixels(found.get()) > pixels(best))) {
                        best = found.get();
                    }
                    file.seek(position + length);
                }
            }
            position += SCAN_CHUNK;
        }
        return Optional.ofNullable(best);
    }

    /** Cuts a JPEG found by scanning at its end-of-image marker (the first one after its start-of-scan). */
    private static Optional<EmbeddedJpeg> withEnd(RandomAccessFile file, EmbeddedJpeg jpeg) {
        try {
            long position = jpeg.offset() + 2;
            // Hop over marker segments to the scan; entropy-coded data never holds FF D9 by chance.
            while (position + 4 <= file.length()) {
                file.seek(position);
                int marker = file.readUnsignedShort();
                int length = file.readUnsignedShort();
                position += 2 + length;
                if (marker == 0xFFDA) {
                    break;
                }
            }
            byte[] buffer = new byte[SCAN_CHUNK];
            while (position < file.length()) {
                int length = (int) Math.min(buffer.length, file.length() - position);
                file.seek(position);
                file.readFully(buffer, 0, length);
                for (int i = 0; i + 1 < length; i++) {
                    if ((buffer[i] & 0xFF) == 0xFF && (buffer[i + 1] & 0xFF) == 0xD9) {
                        return Optional.of(new EmbeddedJpeg(jpeg.offset(), position + i + 2 - jpeg.offset(), jpeg.frame()));
                    }
                }
                position += length - 1;
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The JPEG's bytes. */
    public byte[] read(RandomAccessFile file) throws IOException {
        byte[] bytes = new byte[(int) length];
        file.seek(offset);
        file.readFully(bytes);
        return bytes;
    }
}
