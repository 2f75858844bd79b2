package org.pothos.xmp;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An IPTC-IIM record (the datasets inside Photoshop's 0x0404 resource) with Pothos's labels in it: keywords
 * (2:25), object name (2:05, the title) and caption (2:120). Every other dataset is kept; the record is declared
 * UTF-8 (1:90), and text datasets of a record that declared nothing are converted from Latin-1 so they keep
 * reading the same.
 */
final class IptcBlock {

    private static final int KEYWORD_BYTES = 64;
    private static final int OBJECT_NAME_BYTES = 64;
    private static final int CAPTION_BYTES = 2000;
    private static final byte[] UTF8_DECLARATION = {0x1B, 0x25, 0x47};

    private record Dataset(int record, int number, byte[] data) {
    }

    private IptcBlock() {
    }

    static byte[] with(byte[] existing, FileLabels labels) {
        List<Dataset> datasets = parse(existing);
        boolean utf8 = datasets.stream().anyMatch(d -> d.record() == 1 && d.number() == 90
                && Arrays.equals(d.data(), UTF8_DECLARATION));
        List<Dataset> out = new ArrayList<>();
        for (Dataset dataset : datasets) {
            if (dataset.record() == 1 && dataset.number() != 90) {
                out.add(dataset);
            }
        }
        out.add(new Dataset(1, 90, UTF8_DECLARATION));
        boolean version = datasets.stream().anyMatch(d -> d.record() == 2 && d.number() == 0);
        if (!version) {
            out.add(new Dataset(2, 0, new byte[]{0, 4}));
        }
        for (Dataset dataset : datasets) {
            if (dataset.record() == 2 && dataset.number() != 5 && dataset.number() != 25 && dataset.number() != 120) {
                boolean text = dataset.number() != 0 && dataset.number() < 200;
                out.add(utf8 || !text ? dataset : new Dataset(2, dataset.number(),
                        new String(dataset.data(), StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.UTF_8)));
            }
        }
        if (labels.title() != null) {
            out.add(new Dataset(2, 5, utf8(labels.title(), OBJECT_NAME_BYTES)));
        }
        if (labels.description() != null) {
            out.add(new Dataset(2, 120, utf8(labels.description(), CAPTION_BYTES)));
        }
        for (FileLabels.Tag tag : labels.tags()) {
            out.add(new Dataset(2, 25, utf8(tag.name(), KEYWORD_BYTES)));
        }
        for (Dataset dataset : datasets) {
            if (dataset.record() > 2) {
                out.add(dataset);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (Dataset dataset : out) {
            bytes.write(0x1C);
            bytes.write(dataset.record());
            bytes.write(dataset.number());
            int length = dataset.data().length;
            if (length > 0x7FFF) {
                // Extended dataset: four bytes of length follow.
                bytes.write(0x80);
                bytes.write(4);
                bytes.writeBytes(ByteBuffer.allocate(4).putInt(length).array());
            } else {
                bytes.write(length >> 8);
                bytes.write(length & 0xFF);
            }
            bytes.writeBytes(dataset.data());
        }
        return bytes.toByteArray();
    }

    /** UTF-8 cut to the dataset's limit at a character boundary (IPTC limits count bytes). */
    static byte[] utf8(String text, int limit) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        ByteBuffer out = ByteBuffer.allocate(limit);
        encoder.encode(CharBuffer.wrap(text), out, true);
        return Arrays.copyOf(out.array(), out.position());
    }

    /** The datasets of a record; stops at anything that is not one (tolerating padding at the end). */
    private static List<Dataset> parse(byte[] data) {
        List<Dataset> datasets = new ArrayList<>();
        int position = 0;
        while (position + 5 <= data.length && data[position] == 0x1C) {
            int record = data[position + 1] & 0xFF;
            int number = data[position + 2] & 0xFF;
            int length = (data[position + 3] & 0xFF) << 8 | data[position + 4] & 0xFF;
            int start = position + 5;
            if ((length & 0x8000) != 0) {
                // An extended dataset: the low bits say how many bytes hold its length.
                int lengthBytes = length & 0x7FFF;
                if (lengthBytes > 4 || start + lengthBytes > data.length) {
                    break;
                }
                length = 0;
                for (int i = 0; i < lengthBytes; i++) {
                    length = length << 8 | data[start + i] & 0xFF;
                }
                start += lengthBytes;
            }
            if (length < 0 || start + length > data.length) {
                break;
            }
            datasets.add(new Dataset(record, number, Arrays.copyOfRange(data, start, start + length)));
            position = start + length;
        }
        return datasets;
    }
}
