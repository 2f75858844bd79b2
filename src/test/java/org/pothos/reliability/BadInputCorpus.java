package org.pothos.reliability;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.pothos.testsupport.TestImages;

/**
 * A folder of files that go wrong in every way a photo collection offers, each with what Pothos
 * should make of it at import, thumbnail and analysis. Built in the test; nothing is committed.
 */
final class BadInputCorpus {

    /** Fifty megapixels, as a high-end camera takes them. */
    static final int BIG_WIDTH = 8660;
    static final int BIG_HEIGHT = 5773;
    static final String VANISHING = "vanishing.jpg";

    /**
     * One file and its expected fate. {@code skipped} is the import's reason, or null when it is
     * imported; the thumbnail and analysis expectations hold for imported files.
     */
    record Entry(Path file, String skipped, String thumbnailFails, String analysisFails) {

        boolean imported() {
            return skipped == null;
        }

        String name() {
            return file.getFileName().toString();
        }
    }

    private final Path folder;
    private final List<Entry> entries = new ArrayList<>();

    BadInputCorpus(Path folder) throws IOException {
        this.folder = Files.createDirectories(folder);
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }

    Path folder() {
        return folder;
    }

    Entry entry(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    /** Every case that a file alone can make. */
    BadInputCorpus everyFileCase() throws IOException {
        skipped(TestImages.zeroBytes(folder, "zero.jpg"), "empty file");
        skipped(TestImages.truncatedJpeg(folder, "truncated.jpg", 640, 480), "truncated");
        skipped(TestImages.textNamedJpg(folder, "notes.jpg"), "not an image");
        skipped(TestImages.pngWithLyingHeader(folder, "lying-40000x40000.png", 40_000, 40_000), "(a broken or forged header)");
        skipped(TestImages.pngWithLyingHeader(folder, "lying-9000x9000.png", 9_000, 9_000), "which cannot fit in");
        skipped(TestImages.pngWithLyingHeader(folder, "absurd-1073741825x1.png", 1_073_741_825, 1), "which no picture has");
        skipped(TestImages.pngWithBadChecksum(folder, "flipped-bit.png", 120, 80), "corrupt data (checksum error in the IDAT chunk)");
        Path bomb = TestImages.pngBomb(folder, "bomb-12000x10000.png", 12_000, 10_000);
        entries.add(new Entry(bomb, null, "above the 100 megapixel limit", "above the 100 megapixel limit"));
        good(TestImages.cmykJpeg(folder, "cmyk.jpg", 320, 240, 10, 200, 30, 0));
        good(TestImages.png16bit(folder, "sixteen-bit.png", 300, 200, 40_000, 10_000, 60_000));
        good(TestImages.gif(folder, "animated.gif", 200, 150, Color.ORANGE, Color.BLUE));
        good(TestImages.tiff(folder, "scan.tif", 300, 220));
        good(TestImages.webp(folder, "lossless.webp", 64, 48, Color.GREEN));
        for (int orientation = 1; orientation <= 8; orientation++) {
            good(TestImages.jpegWithExif(folder, "orientation-" + orientation + ".jpg", 360, 240,
                    TestImages.ExifSpec.empty().orientation(orientation)));
        }
        good(Files.write(folder.resolve("fifty-megapixels.jpg"), TestImages.flatJpeg(BIG_WIDTH, BIG_HEIGHT)));
        good(TestImages.jpeg(folder, "with  spaces .jpg", 301, 200));
        if (unicodeNamesWork()) {
            good(TestImages.jpeg(folder, "beach \uD83C\uDFD6\uFE0F.jpg", 302, 200));
            good(TestImages.jpeg(folder, "\u6D77\u8FB9\u7684\u65E5\u843D.jpg", 303, 200));
        }
        good(TestImages.jpeg(folder, "a".repeat(251) + ".jpg", 304, 200));
        Path loops = Files.createDirectories(folder.resolve("loops"));
        Path back = Files.createSymbolicLink(loops.resolve("back"), loops);
        skipped(back, "symbolic link loop");
        Path self = loops.resolve("self.jpg");
        skipped(Files.createSymbolicLink(self, self), "symbolic link loop");
        skipped(Files.createSymbolicLink(loops.resolve("dangling.jpg"), folder.resolve("gone.jpg")), "broken symbolic link");
        return this;
    }

    /** A file that is there when the import lists the folder and gone when it reads it. */
    BadInputCorpus fileDeletedMidImport() {
        skipped(TestImages.jpeg(folder, VANISHING, 305, 200), "deleted during import");
        return this;
    }

    /** SHA-256 and modification time of every file below the folder, links not followed. */
    Map<String, String> fingerprints() throws IOException {
        Map<String, String> prints = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList()) {
                prints.put(folder.relativize(file).toString(), sha256(file) + " "
                        + Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toMillis());
            }
        }
        return prints;
    }

    private void good(Path file) {
        entries.add(new Entry(file, null, null, null));
    }

    private void skipped(Path file, String reason) {
        entries.add(new Entry(file, reason, null, null));
    }

    /** Names outside ASCII need a UTF-8 file system encoding, which a bare C locale does not give Java 17. */
    private static boolean unicodeNamesWork() {
        return StandardCharsets.UTF_8.name().equalsIgnoreCase(System.getProperty("sun.jnu.encoding"));
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A valid baseline greyscale JPEG of any size, written directly rather than encoded, so that fifty
     * megapixels cost a few hundred kilobytes and no pixel memory: every 8×8 block is flat mid-grey.
     * Both Huffman tables hold one code of one bit ("0"): DC difference 0, and end of block. So the
     * scan is two zero bits per block.
     */

    static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
