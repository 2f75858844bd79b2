package org.pothos.bench.photos;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteOrder;
import java.time.LocalDateTime;
import org.pothos.imageio.JpegEncoder;
import org.pothos.simulation.CameraExif;
import org.pothos.simulation.PhotoLikeImage;

/**
 * One generated camera file: 12 MP (4240 × 2832, as many cameras), quality 0.9 with 4:2:0 chroma,
 * about 3.5 MB, with EXIF (make, model, date taken, orientation: mostly upright, some turned) and a
 * 160 × 120 embedded preview, like a camera writes.
 */
final class CameraPhoto {

    static final int WIDTH = 4240;
    static final int HEIGHT = 2832;
    private static final double GRAIN = 7.5;
    private static final float QUALITY = 0.9f;

    private CameraPhoto() {
    }

    static byte[] jpeg(int index) throws IOException {
        BufferedImage picture = PhotoLikeImage.paint(WIDTH, HEIGHT, 1000L + index, GRAIN);
        JpegEncoder encoder = JpegEncoder.imageIo();
        byte[] preview = encoder.encode(preview(picture), 0.8f);
        int orientation = switch (index % 10) {
            case 3 -> 6;
            case 7 -> 8;
            default -> 1;
        };
        LocalDateTime taken = LocalDateTime.of(2024, 1 + index % 12, 1 + index % 28, 10, index % 60);
        CameraExif exif = new CameraExif(orientation, taken, taken, "Pothos", "Bench " + (1 + index % 3), null,
                null, null, ByteOrder.LITTLE_ENDIAN);
        return exif.insertInto(encoder.encode(picture, QUALITY), preview);
    }

    private static BufferedImage preview(BufferedImage picture) {
        BufferedImage small = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(picture, 0, 0, 160, 120, null);
        } finally {
            g.dispose();
        }
        return small;
    }
}
