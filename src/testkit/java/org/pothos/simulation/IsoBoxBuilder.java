package org.pothos.simulation;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** Boxes of the ISO base media file format (size, type, content), for building CR3-structured test files. */
public final class IsoBoxBuilder {

    private IsoBoxBuilder() {
    }

    public static byte[] box(String type, byte[] content) {
        return ByteBuffer.allocate(8 + content.length).putInt(8 + content.length)
                .put(type.getBytes(StandardCharsets.ISO_8859_1)).put(content).array();
    }

    /** A {@code uuid} box: its 16-byte extended type (given as 32 hex digits) before the content. */
    public static byte[] uuid(String hex, byte[] content) {
        return box("uuid", TiffBuilder.concat(HexFormat.of().parseHex(hex), content));
    }
}
