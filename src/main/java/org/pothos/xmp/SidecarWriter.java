package org.pothos.xmp;

import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;
import com.adobe.internal.xmp.XMPMetaFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Writes labels into an XMP sidecar. An existing sidecar is merged, never replaced: only the label properties
 * change, the rest of what another program wrote stays. The write is atomic and read back before it counts; a
 * sidecar that cannot be parsed is left alone rather than overwritten.
 */
public final class SidecarWriter {

    private final String writer;

    /** @param writer names Pothos and its version in the packet ({@code pothos:WrittenBy}) */
    public SidecarWriter(String writer) {
        this.writer = writer;
    }

    public void write(Path sidecar, FileLabels labels) throws IOException, XmpFiles.XmpFileException {
        boolean existed = Files.exists(sidecar);
        Object before = existed ? stamp(sidecar) : null;
        XMPMeta meta;
        try {
            meta = existed ? XmpFiles.readSidecar(sidecar) : XMPMetaFactory.create();
        } catch (XmpFiles.XmpFileException e) {
            throw new XmpFiles.XmpFileException("the sidecar " + sidecar.getFileName() + " is left as it is: " + e.getMessage(), e);
        }
        try {
            XmpLabels.write(meta, labels, writer);
        } catch (XMPException e) {
            throw new XmpFiles.XmpFileException("cannot put the labels into " + sidecar.getFileName() + ": " + e.getMessage(), e);
        }
        byte[] content = XmpFiles.sidecarBytes(meta);
        AtomicFiles.replace(sidecar, content,
                written -> verify(XmpFiles.readSidecar(written), labels),
                target -> {
                    if (existed ? !stamp(target).equals(before) : Files.exists(target)) {
                        throw new XmpFiles.XmpFileException("another program changed " + sidecar.getFileName() + " meanwhile");
                    }
                });
    }

    static void verify(XMPMeta written, FileLabels expected) throws XmpFiles.XmpFileException {
        try {
            if (!XmpLabels.read(written).sameLabels(expected)) {
                throw new XmpFiles.XmpFileException("the labels read back differ from those written");
            }
        } catch (XMPException e) {
            throw new XmpFiles.XmpFileException("the written XMP cannot be read back: " + e.getMessage(), e);
        }
    }

    private static Object stamp(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return attributes.size() + "@" + attributes.lastModifiedTime().toMillis();
    }
}
