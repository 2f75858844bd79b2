package org.pothos.bench.grid;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.pothos.app.AppContext;
import org.pothos.bench.library.LibrarySynthesizer;
import org.pothos.thumbnails.ThumbnailService;

/**
 * Puts a thumbnail in the disk cache for every synthetic item, as if the library had been open
 * before: a few distinct small JPEGs, linked (or copied where links are refused) under each
 * item's content hash, where the thumbnail service looks for them.
 */
final class CachedThumbnails {

    private static final int DISTINCT = 16;

    private CachedThumbnails() {
    }

    static void fill(Path dataDir, int items) throws IOException {
        Path stock = Files.createDirectories(dataDir.resolve("stock-thumbnails"));
        List<Path> sources = new ArrayList<>();
        for (int i = 0; i < DISTINCT; i++) {
            Path file = stock.resolve("t" + i + ".jpg");
            Files.write(file, jpeg(i));
            sources.add(file);
        }
        try (ThumbnailService thumbnails = new ThumbnailService(AppContext.thumbnailDir(dataDir),
                ThumbnailService.DEFAULT_SIZE, ThumbnailService.DEFAULT_MAX_PIXELS, 1)) {
            for (long id = 1; id <= items; id++) {
                Path target = thumbnails.cachedFile(LibrarySynthesizer.contentHash(id));
                Files.createDirectories(target.getParent());
                Path source = sources.get((int) (id % DISTINCT));
                try {
                    Files.createLink(target, source);
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(source, target);
                }
            }
        }
    }

    /** A 256 × 192 picture with a gradient and some noise, about the size of a real thumbnail. */
    private static byte[] jpeg(int seed) throws IOException {
        BufferedImage image = new BufferedImage(256, 192, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        SplittableRandom random = new SplittableRandom(seed);
        g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt(0xFFFFFF)), 256, 192, new Color(random.nextInt(0xFFFFFF))));
        g.fillRect(0, 0, 256, 192);
        g.dispose();
        for (int i = 0; i < 4000; i++) {
            image.setRGB(random.nextInt(256), random.nextInt(192), random.nextInt(0xFFFFFF));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
