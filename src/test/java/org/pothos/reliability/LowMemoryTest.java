package org.pothos.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.simulation.SimulatedOllama;
import org.pothos.testsupport.TestImages;

/**
 * Wallpapers and scans in a 256 MB heap, four at a time: import, thumbnails and analysis of an 8K JPEG, 4K and 5K
 * WebP, a tall PNG, a 16-bit PNG and a 100 MP TIFF end with a thumbnail or a reason for each, and without an
 * OutOfMemoryError (which would end the process) or a hang. The pictures are flat, so they are made in moments and
 * weigh little on disk while their decoders need the memory of real ones.
 */
class LowMemoryTest {

    private static final String MODEL = "llava:7b";
    /** Four processors for the child JVM: its thumbnail and import pools take as many threads. */
    private static final List<String> FOUR_CORES = List.of("-XX:ActiveProcessorCount=4");

    @TempDir
    Path temp;

    @Test
    void bigPicturesInASmallHeapEachGetAThumbnailOrAReasonAndNothingRunsOutOfMemory() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("wallpapers"));
        Files.write(folder.resolve("8k.jpg"), TestImages.flatJpeg(7680, 4320));
        TestImages.webp(folder, "4k.webp", 4096, 4096, Color.DARK_GRAY);
        TestImages.webp(folder, "5k.webp", 5120, 2880, Color.GRAY);
        TestImages.flatPng(folder, "tall.png", 1200, 24000, 8, 2);
        TestImages.flatPng(folder, "sixteen-bit.png", 4000, 3000, 16, 2);
        TestImages.flatTiff(folder, "scan-100mp.tif", 10000, 10000);
        List<String> names = List.of("8k.jpg", "4k.webp", "5k.webp", "tall.png", "sixteen-bit.png", "scan-100mp.tif");
        Path library = temp.resolve("library");

        try (SimulatedOllama server = SimulatedOllama.start().withVisionModel(MODEL).answer(OllamaFaultsTest.ANSWER)) {
            PothosProcess.Run imported = PothosProcess.run(server.baseUrl(), library, FOUR_CORES, "import", folder.toString());
            PothosProcess.Run thumbnails = PothosProcess.run(server.baseUrl(), library, FOUR_CORES, "thumbnails");
            PothosProcess.Run analysed = PothosProcess.run(server.baseUrl(), library, FOUR_CORES, "analyze", "--all", "--model", MODEL,
                    "--concurrency", "4");
            String all = imported.output() + thumbnails.output() + analysed.output();
            assertFalse(all.contains("OutOfMemoryError") || all.contains("Exception in thread") || all.contains("Terminating due to"),
                    all);

            assertEquals(0, imported.exitCode(), imported.output());
            assertTrue(imported.output().contains("Imported " + names.size() + ","), imported.output());
            assertEquals(0, thumbnails.exitCode(), thumbnails.output());
            java.util.regex.Matcher report = java.util.regex.Pattern.compile("Built (\\d+) thumbnail").matcher(thumbnails.output());
            assertTrue(report.find(), thumbnails.output());
            int built = Integer.parseInt(report.group(1));
            int withReason = (int) names.stream()
                    .filter(name -> thumbnails.output().lines().anyMatch(line -> line.contains(name + ": "))).count();
            assertEquals(names.size(), built + withReason, "a thumbnail or a reason for each: " + thumbnails.output());
            assertEquals(0, analysed.exitCode(), analysed.output());
            assertTrue(analysed.output().contains("Done: 6 succeeded, 0 failed, 0 cancelled"), analysed.output());
        }
    }
}
