package org.pothos.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Lossy, transparent and animated WebP files made by libwebp's own tools (Debian: webp, which .ci/run installs),
 * since ImageIO cannot write WebP. A test that needs one is skipped where the tools are missing.
 */
public final class WebpFiles {

    private WebpFiles() {
    }

    /** The picture as a lossy WebP of the given quality (0–100); transparency is kept. */
    public static Path lossy(Path dir, String name, BufferedImage image, int quality) {
        Path png = png(dir, name, image);
        Path webp = dir.resolve(name);
        run(List.of("cwebp", "-quiet", "-q", Integer.toString(quality), png.toString(), "-o", webp.toString()));
        return webp;
    }

    /** An animation of the given frames, 100 ms each. */
    public static Path animated(Path dir, String name, BufferedImage... frames) {
        List<String> command = new ArrayList<>(List.of("img2webp", "-loop", "0", "-d", "100", "-lossless"));
        for (int i = 0; i < frames.length; i++) {
            command.add(png(dir, name + "-" + i, frames[i]).toString());
        }
        Path webp = dir.resolve(name);
        command.addAll(List.of("-o", webp.toString()));
        run(command);
        return webp;
    }

    private static Path png(Path dir, String name, BufferedImage image) {
        Path png = dir.resolve(name + ".source.png");
        try {
            ImageIO.write(image, "png", png.toFile());
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(List<String> command) {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, command.get(0) + " is not installed (Debian package webp)");
            return;
        }
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(command + " failed: " + output);
            }
            if (!Files.exists(Path.of(command.get(command.size() - 1)))) {
                throw new IllegalStateException(command + " wrote nothing: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
