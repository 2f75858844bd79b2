package org.pothos.bench.thumbnails;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.pothos.imageio.JpegEncoder;

/**
 * The obvious thumbnail: {@code ImageIO.read} of the whole picture, one bilinear scale to the
 * thumbnail size, the same JPEG encoding and file write as Pothos. Only the decoding differs.
 */
final class FullDecodeThumbnailer {

    private final int sizePx;
    private final Path folder;
    private final JpegEncoder encoder = JpegEncoder.imageIo();

    FullDecodeThumbnailer(int sizePx, Path folder) {
        this.sizePx = sizePx;
        this.folder = folder;
    }

    void make(Path file) throws IOException {
        BufferedImage full = ImageIO.read(file.toFile());
        if (full == null) {
            throw new IOException("ImageIO cannot read " + file);
        }
        double scale = (double) sizePx / Math.max(full.getWidth(), full.getHeight());
        int width = Math.max(1, (int) Math.round(full.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(full.getHeight() * scale));
        BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(full, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        Files.write(folder.resolve(file.getFileName() + ".jpg"), encoder.encode(small, 0.85f));
    }
}
