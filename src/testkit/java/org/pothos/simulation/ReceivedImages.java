package org.pothos.simulation;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Checks on the image bytes a client sent: what they decode to and whether metadata leaked. */
public final class ReceivedImages {

    private static final byte[] EXIF_ID = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);

    private ReceivedImages() {
    }

    public static Dimension dimensions(byte[] image) {
        try {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
            if (decoded == null) {
                throw new IllegalArgumentException("not an image ImageIO can read");
            }
            return new Dimension(decoded.getWidth(), decoded.getHeight());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean isJpeg(byte[] image) {
        return image.length > 3 && (image[0] & 0xFF) == 0xFF && (image[1] & 0xFF) == 0xD8;
    }

    /** Walks the JPEG marker segments up to the image data looking for an APP1 segment holding EXIF. */
    public static boolean hasExif(byte[] jpeg) {
        if (!isJpeg(jpeg)) {
            throw new IllegalArgumentException("not a JPEG");
        }
        int pos = 2;
        while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
            int marker = jpeg[pos + 1] & 0xFF;
            if (marker == 0xDA || marker == 0xD9) {
                return false;
            }
            int length = ((jpeg[pos + 2] & 0xFF) << 8) | (jpeg[pos + 3] & 0xFF);
            if (marker == 0xE1 && startsWith(jpeg, pos + 4, EXIF_ID)) {
                return true;
            }
            pos += 2 + length;
        }
        return false;
    }

    private static boolean startsWith(byte[] data, int offset, byte[] prefix) {
        if (offset + prefix.length > data.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
