package org.pothos.xmp;

import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;
import com.adobe.internal.xmp.XMPMetaFactory;
import com.adobe.internal.xmp.options.SerializeOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Parses and serialises XMP packets: sidecar files and the packets embedded in pictures. */
public final class XmpFiles {

    /** A sidecar larger than this is not XMP written by a photo program (darktable's history is a few hundred KB). */
    static final long MAX_SIDECAR_BYTES = 16L * 1024 * 1024;
    /** Room left in an embedded packet so that other programs can edit it in place, as the XMP specification asks. */
    static final int EMBEDDED_PADDING = 2048;

    /** An XMP file or packet that cannot be read or written. */
    public static class XmpFileException extends Exception {

        XmpFileException(String message, Throwable cause) {
            super(message, cause);
        }

        XmpFileException(String message) {
            super(message);
        }
    }

    private XmpFiles() {
    }

    public static XMPMeta readSidecar(Path sidecar) throws XmpFileException {
        try {
            long size = Files.size(sidecar);
            if (size > MAX_SIDECAR_BYTES) {
                throw new XmpFileException("the sidecar is too large to be XMP (" + size + " bytes)");
            }
            return parse(Files.readAllBytes(sidecar));
        } catch (IOException e) {
            throw new XmpFileException("cannot read " + sidecar.getFileName() + ": " + e.getMessage(), e);
        }
    }

    public static XMPMeta parse(byte[] packet) throws XmpFileException {
        try {
            return XMPMetaFactory.parseFromBuffer(packet);
        } catch (XMPException | RuntimeException e) {
            throw new XmpFileException("not valid XMP: " + e.getMessage(), e);
        }
    }

    /** A sidecar file: the {@code x:xmpmeta} element as Lightroom and darktable write it, UTF-8. */
    static byte[] sidecarBytes(XMPMeta meta) throws XmpFileException {
        try {
            return XMPMetaFactory.serializeToBuffer(meta, new SerializeOptions().setOmitPacketWrapper(true).setUseCanonicalFormat(false));
        } catch (XMPException e) {
            throw new XmpFileException("cannot write XMP: " + e.getMessage(), e);
        }
    }

    /** A packet for embedding: wrapped in {@code <?xpacket?>} with padding, UTF-8. */
    static byte[] packetBytes(XMPMeta meta) throws XmpFileException {
        try {
            return XMPMetaFactory.serializeToBuffer(meta, new SerializeOptions().setPadding(EMBEDDED_PADDING));
        } catch (XMPException e) {
            throw new XmpFileException("cannot write XMP: " + e.getMessage(), e);
        }
    }
}
