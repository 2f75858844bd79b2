package org.pothos.xmp;

import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;
import com.adobe.internal.xmp.XMPMetaFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Arrays;
import org.pothos.common.StoredTimes;
import org.pothos.imageio.ImageFacts;
import org.pothos.imageio.ImageFormat;
import org.pothos.imageio.ImageInspector;
import org.pothos.imageio.UnsupportedImageException;

/**
 * Writes labels into a picture file itself (JPEG, PNG, TIFF, WebP): its XMP packet merged with the labels, and for
 * JPEG its IPTC keywords, title and caption. Only asked for when the user turned embedding on. The write is atomic
 * and checked before it replaces the original: the new file must read as the same picture, hold the labels, and
 * keep its image data and every other piece of metadata byte for byte. A file that changed since Pothos last read
 * it is not written.
 */
public final class EmbeddedWriter {

    private final String writer;
    private final ImageInspector inspector = new ImageInspector();

    /** @param writer names Pothos and its version in the packet */
    public EmbeddedWriter(String writer) {
        this.writer = writer;
    }

    /** The formats whose files can hold the labels themselves; RAW and HEIF pictures get a sidecar instead. */
    public static boolean canEmbed(ImageFormat format) {
        return PictureContainer.of(format) != null;
    }

    /**
     * What Pothos knew of the file when it last read it: a file no longer like this is not written. The library
     * keeps times to the microsecond (rounded), file systems to the nanosecond.
     */
    public record Expected(long size, Instant modifiedAt) {

        boolean matches(BasicFileAttributes attributes) {
            return attributes.size() == size && StoredTimes.same(modifiedAt, attributes.lastModifiedTime().toInstant());
        }
    }

    /** The picture after the write: its new size and time, for the library's record of it. */
    public record Written(long size, Instant modifiedAt) {
    }

    /** A file changed by someone else since Pothos read it. */
    public static final class ChangedOnDiskException extends XmpFiles.XmpFileException {

        ChangedOnDiskException(Path file) {
            super(file.getFileName() + " changed since Pothos read it; rescan to read it again");
        }
    }

    public Written write(Path picture, ImageFormat format, FileLabels labels, Expected expected)
            throws IOException, XmpFiles.XmpFileException {
        PictureContainer container = PictureContainer.of(format);
        if (container == null) {
            throw new XmpFiles.XmpFileException(format.name() + " files cannot hold labels; a sidecar is written instead");
        }
        requireUnchanged(picture, expected);
        byte[] original = Files.readAllBytes(picture);
        byte[] preserved = container.preserved(original);
        byte[] packet = packet(container, original, labels);
        byte[] updated = container.withPacket(original, packet, labels);
        ImageFacts before = inspect(picture);
        AtomicFiles.replace(picture, updated,
                written -> verify(container, written, preserved, labels, before),
                target -> requireUnchanged(target, expected));
        BasicFileAttributes after = Files.readAttributes(picture, BasicFileAttributes.class);
        return new Written(after.size(), after.lastModifiedTime().toInstant());
    }

    /** The file's own packet with the labels merged in; a packet that cannot be parsed stops the write. */
    private byte[] packet(PictureContainer container, byte[] original, FileLabels labels) throws XmpFiles.XmpFileException {
        byte[] existing = container.packet(original);
        XMPMeta meta = existing == null ? XMPMetaFactory.create() : XmpFiles.parse(existing);
        try {
            XmpLabels.write(meta, labels, writer);
        } catch (XMPException e) {
            throw new XmpFiles.XmpFileException("cannot put the labels into the file's XMP: " + e.getMessage(), e);
        }
        return XmpFiles.packetBytes(meta);
    }

    private void verify(PictureContainer container, Path written, byte[] preserved, FileLabels labels, ImageFacts before)
            throws IOException, XmpFiles.XmpFileException {
        byte[] bytes = Files.readAllBytes(written);
        if (!Arrays.equals(container.preserved(bytes), preserved)) {
            throw new XmpFiles.XmpFileException("the rewritten file's image data or other metadata differ; the original is kept");
        }
        byte[] packet = container.packet(bytes);
        if (packet == null) {
            throw new XmpFiles.XmpFileException("the rewritten file holds no XMP; the original is kept");
        }
        SidecarWriter.verify(XmpFiles.parse(packet), labels);
        ImageFacts after = inspect(written);
        if (after.format() != before.format() || after.width() != before.width() || after.height() != before.height()) {
            throw new XmpFiles.XmpFileException("the rewritten file no longer reads as the same picture; the original is kept");
        }
    }

    private ImageFacts inspect(Path file) throws IOException, XmpFiles.XmpFileException {
        try {
            return inspector.inspect(file);
        } catch (UnsupportedImageException e) {
            throw new XmpFiles.XmpFileException("the picture cannot be read: " + e.getMessage(), e);
        }
    }

    private static void requireUnchanged(Path picture, Expected expected) throws IOException, XmpFiles.XmpFileException {
        if (!expected.matches(Files.readAttributes(picture, BasicFileAttributes.class))) {
            throw new ChangedOnDiskException(picture);
        }
    }
}
