package org.pothos.imageio;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.util.Arrays;

/**
 * Cheap test for files cut short (interrupted copies, partial downloads) by looking only at their tail:
 * decoders would otherwise "succeed" and show a half grey picture.
 */
final class TruncationCheck {

    /** Cameras append maker data or preview trailers after the JPEG end marker; this much tail covers common ones. */
    private static final int JPEG_TAIL_WINDOW = 32 * 1024;
    private static final int PADDED_TAIL_WINDOW = 64;
    private static final byte[] JPEG_EOI = {(byte) 0xFF, (byte) 0xD9};
    private static final byte[] GIF_TRAILER = {0x3B};

    private TruncationCheck() {
    }

    static boolean looksComplete(ImageFormat format, RandomAccessFile file) throws IOException {
        return switch (format) {
            // In entropy-coded JPEG data 0xFF is always followed by 0x00 or a restart marker, so FFD9 cannot occur by chance.
            case JPEG -> indexOf(tail(file, JPEG_TAIL_WINDOW), JPEG_EOI) >= 0;
            case GIF -> endsWithIgnoringZeroPadding(tail(file, PADDED_TAIL_WINDOW), GIF_TRAILER);
            // PNGs are walked chunk by chunk instead (PngChunks); RAW and HEIF keep their structure up front, and a
            // cut-short one fails when its preview or item is read.
            default -> true;
        };
    }

    private static byte[] tail(RandomAccessFile file, int window) throws IOException {
        int length = (int) Math.min(window, file.length());
        byte[] tail = new byte[length];
        file.seek(file.length() - length);
        file.readFully(tail);
        return tail;
    }

    private static int indexOf(byte[] data, byte[] needle) {
        outer:
        for (int i = data.length - needle.length; i >= 0; i--) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Some tools pad files to a block size with zeros, which does not make them incomplete. */
    private static boolean endsWithIgnoringZeroPadding(byte[] tail, byte[] trailer) {
        int end = tail.length;
        while (end > 0 && tail[end - 1] == 0) {
            end--;
        }
        int start = end - trailer.length;
        return start >= 0 && Arrays.equals(tail, start, end, trailer, 0, trailer.length);
    }
}
