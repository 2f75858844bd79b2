package org.pothos.imageio;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The frame header (SOFn) of a JPEG: size, sample precision, colour components and coding process, which decide
 * whether a DCT-scaling decoder can read the file. Found by hopping over the marker segments before it.
 *
 * @param marker the SOF marker's second byte: 0xC0 baseline, 0xC1 extended, 0xC2 progressive, others rarer
 */
public record JpegFrame(int marker, int precision, int width, int height, int components) {

    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int TEM = 0x01;
    private static final int FIRST_SOF = 0xC0;
    private static final int LAST_SOF = 0xCF;
    private static final int DHT = 0xC4;
    private static final int JPG = 0xC8;
    private static final int DAC = 0xCC;

    /** 8-bit Huffman-coded colour or grey pictures, sequential or progressive: what nearly every camera writes. */
    public boolean isCommonPhoto() {
        boolean huffman = marker == 0xC0 || marker == 0xC1 || marker == 0xC2;
        return huffman && precision == 8 && (components == 1 || components == 3) && width > 0 && height > 0;
    }

    /** Empty when the file is no JPEG or its frame header cannot be found before the image data. */
    public static Optional<JpegFrame> read(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 8 * 1024)) {
            return read(new DataInputStream(in));
        } catch (EOFException e) {
            return Optional.empty();
        }
    }

    /** Like {@link #read(Path)} for a JPEG held in memory (a camera RAW's embedded preview). */
    static Optional<JpegFrame> read(byte[] head) throws IOException {
        try {
            return read(new DataInputStream(new ByteArrayInputStream(head)));
        } catch (EOFException e) {
            return Optional.empty();
        }
    }

    private static Optional<JpegFrame> read(DataInputStream in) throws IOException {
        if (in.readUnsignedByte() != 0xFF || in.readUnsignedByte() != SOI) {
            return Optional.empty();
        }
        while (true) {
            if (in.readUnsignedByte() != 0xFF) {
                return Optional.empty();
            }
            int marker = in.readUnsignedByte();
            while (marker == 0xFF) {
                marker = in.readUnsignedByte(); // fill bytes may pad before a marker
            }
            if (marker == TEM || (marker >= 0xD0 && marker <= 0xD7)) {
                continue; // stand-alone markers carry no length
            }
            if (marker == SOS || marker == EOI || marker == SOI) {
                return Optional.empty();
            }
            int length = in.readUnsignedShort();
            if (length < 2) {
                return Optional.empty();
            }
            if (marker >= FIRST_SOF && marker <= LAST_SOF && marker != DHT && marker != JPG && marker != DAC) {
                int precision = in.readUnsignedByte();
                int height = in.readUnsignedShort();
                int width = in.readUnsignedShort();
                int components = in.readUnsignedByte();
                return Optional.of(new JpegFrame(marker, precision, width, height, components));
            }
            in.skipNBytes(length - 2L);
        }
    }
}
