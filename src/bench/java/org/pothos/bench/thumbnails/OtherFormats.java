package org.pothos.bench.thumbnails;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.pothos.bench.Executables;

/**
 * The same pictures as PNG, TIFF (uncompressed, as ImageIO writes it) and WebP. ImageIO cannot write
 * WebP, so WebP files come from Google's {@code cwebp} (Debian: webp) when it is on the PATH.
 */
final class OtherFormats {

    enum Format { PNG, TIFF, WEBP }

    private OtherFormats() {
    }

    static Optional<Path> cwebp() {
        return Executables.onPath("cwebp");
    }

    /** One file per source JPEG in {@code folder}; WebP needs {@code cwebp}. */
    static List<Path> write(Format format, List<Path> jpegs, Path folder) throws Exception {
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        for (Path jpeg : jpegs) {
            Path target = folder.resolve(jpeg.getFileName() + "." + format.name().toLowerCase(java.util.Locale.ROOT));
            if (format == Format.WEBP) {
                encodeWebp(jpeg, target);
            } else {
                BufferedImage picture = ImageIO.read(jpeg.toFile());
                if (!ImageIO.write(picture, format.name().toLowerCase(java.util.Locale.ROOT), target.toFile())) {
                    throw new IOException("no ImageIO writer for " + format);
                }
            }
            files.add(target);
        }
        return files;
    }

    private static void encodeWebp(Path jpeg, Path target) throws Exception {
        Path encoder = cwebp().orElseThrow(() -> new IOException("cwebp is not on the PATH"));
        Process process = new ProcessBuilder(encoder.toString(), "-quiet", "-q", "90", jpeg.toString(), "-o", target.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("cwebp failed: " + output.strip());
        }
    }
}
