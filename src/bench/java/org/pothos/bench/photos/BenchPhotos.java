package org.pothos.bench.photos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.pothos.bench.BenchContext;
import org.pothos.simulation.JpegSegments;

/**
 * The JPEGs every section measures with: the camera photos given with {@code --photos}, or
 * photo-like ones generated into the work folder; when a section needs more files than there are,
 * copies whose bytes differ (a comment segment with a number) so each one is new to the library.
 * The folder is the cache: files already there are not made again, so sections share them.
 */
public final class BenchPhotos {

    private final BenchContext context;
    private List<Path> sources;

    public BenchPhotos(BenchContext context) {
        this.context = context;
    }

    /** For the table header: where the photos come from. */
    public static String describe(BenchContext context) {
        return context.photos()
                .map(dir -> "camera JPEGs from the given folder (" + countJpegs(dir) + " files), distinct copies beyond that")
                .orElse(generatedCount(context) + " generated photo-like 12 MP JPEGs (q 0.9, EXIF with preview), "
                        + "distinct copies beyond that");
    }

    /** The real or generated photos themselves, without copies. */
    public synchronized List<Path> sources() throws IOException {
        if (sources == null) {
            sources = context.photos().isPresent() ? listJpegs(context.photos().get()) : generate();
            if (sources.isEmpty()) {
                throw new IOException("no JPEG files (*.jpg, *.jpeg) in " + context.photos().orElseThrow());
            }
        }
        return sources;
    }

    /** {@code count} JPEGs of distinct content: the sources first, then numbered copies of them. */
    public List<Path> jpegs(int count) throws IOException {
        List<Path> originals = sources();
        if (count <= originals.size()) {
            return originals.subList(0, count);
        }
        List<Path> files = new ArrayList<>(originals);
        Path copies = Files.createDirectories(context.workDir().resolve("photos").resolve("copies"));
        int needed = count - originals.size();
        if (!Files.exists(copies.resolve(String.format(Locale.ROOT, "copy-%05d.jpg", needed - 1)))) {
            context.log().printf("   preparing %d distinct copies of %d photos%n", needed, originals.size());
        }
        for (int i = 0; i < needed; i++) {
            Path copy = copies.resolve(String.format(Locale.ROOT, "copy-%05d.jpg", i));
            if (!Files.exists(copy)) {
                byte[] source = Files.readAllBytes(originals.get(i % originals.size()));
                byte[] comment = ("pothos bench copy " + i).getBytes(StandardCharsets.US_ASCII);
                Files.write(copy, JpegSegments.insertAfterAppSegments(source, JpegSegments.COMMENT, comment));
            }
            files.add(copy);
        }
        return files;
    }

    /** Whether the photos are copies of fewer originals, for the notes of figures that use {@code count}. */
    public String reuseNote(int count) throws IOException {
        int originals = sources().size();
        return count <= originals ? "" : count + " files from " + originals + " distinct pictures (copies differ in bytes)";
    }

    private List<Path> generate() throws IOException {
        Path folder = Files.createDirectories(context.workDir().resolve("photos").resolve("generated"));
        int count = generatedCount(context);
        if (!Files.exists(folder.resolve(String.format(Locale.ROOT, "photo-%04d.jpg", count - 1)))) {
            context.log().printf("   generating %d photo-like 12 MP JPEGs%n", count);
        }
        try {
            // Painting and encoding 12 MP takes seconds; both cores share the work.
            return IntStream.range(0, count).parallel().mapToObj(i -> {
                Path file = folder.resolve(String.format(Locale.ROOT, "photo-%04d.jpg", i));
                try {
                    if (!Files.exists(file)) {
                        Files.write(file, CameraPhoto.jpeg(i));
                    }
                    return file;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static int generatedCount(BenchContext context) {
        return context.size().pick(8, 24);
    }

    private static List<Path> listJpegs(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(BenchPhotos::isJpegName).sorted().toList();
        }
    }

    private static long countJpegs(Path dir) {
        try {
            return listJpegs(dir).size();
        } catch (IOException e) {
            return 0;
        }
    }

    private static boolean isJpegName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jpg") || name.endsWith(".jpeg");
    }
}
