package org.pothos.similar;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.imageio.ImageDecoder;
import org.pothos.imageio.PerceptualHash;

/** The hash through the thumbnail's decode: near for the copies people make, far for other pictures of the same kind. */
class PerceptualHashTest {

    @TempDir
    Path dir;

    private final ImageDecoder decoder = new ImageDecoder();

    private long hashOf(Path file) throws Exception {
        return PerceptualHash.of(decoder.decode(file, 256, 100_000_000L));
    }

    @Test
    void copiesAreNearAndOtherPicturesFar() throws Exception {
        BufferedImage original = NearDuplicatePictures.photo(1);
        long hash = hashOf(NearDuplicatePictures.write(dir, "original.jpg", original, 0.9f));
        long resized = hashOf(NearDuplicatePictures.write(dir, "half.jpg", NearDuplicatePictures.resized(original, 0.5), 0.9f));
        long recompressed = hashOf(NearDuplicatePictures.write(dir, "q60.jpg", original, 0.6f));
        long cropped = hashOf(NearDuplicatePictures.write(dir, "crop.jpg", NearDuplicatePictures.cropped(original, 0.02), 0.9f));
        StringBuilder report = new StringBuilder();
        report.append("resized ").append(PerceptualHash.distance(hash, resized))
                .append(", recompressed ").append(PerceptualHash.distance(hash, recompressed))
                .append(", cropped ").append(PerceptualHash.distance(hash, cropped)).append("; others:");
        int nearestOther = 64;
        for (long seed = 2; seed < 30; seed++) {
            long other = hashOf(NearDuplicatePictures.write(dir, "other" + seed + ".jpg", NearDuplicatePictures.photo(seed), 0.9f));
            int d = PerceptualHash.distance(hash, other);
            nearestOther = Math.min(nearestOther, d);
            report.append(' ').append(d);
        }
        System.out.println(report);
        assertTrue(PerceptualHash.distance(hash, resized) <= 4, report.toString());
        assertTrue(nearestOther > 12, report.toString());
    }
}
