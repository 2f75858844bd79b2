package org.pothos.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.testsupport.TestImages;

/** The benchmark end to end on its cheapest section: the table's shape, not its numbers. */
class BenchMainTest {

    @TempDir
    Path temp;

    @Test
    void importSectionPrintsOneTableWithBudgetVerdictsAndWritesItToTheOutFile() throws Exception {
        Path photos = Files.createDirectories(temp.resolve("photos"));
        for (int i = 0; i < 3; i++) {
            TestImages.jpegWithExif(photos, "camera-" + i + ".jpg", 640 + i, 480,
                    TestImages.ExifSpec.empty().orientation(i == 1 ? 6 : 1).camera("Pothos", "Bench").withThumbnail());
        }
        Path out = temp.resolve("bench.md");

        Result result = run("--size", "small", "--only", "import", "--photos", photos.toString(), "--out", out.toString());

        assertEquals(0, result.exitCode(), result.err());
        List<String> lines = result.out().lines().toList();
        assertTrue(lines.get(0).startsWith("Pothos bench, size small"), lines.get(0));
        assertTrue(lines.get(0).contains("camera JPEGs from the given folder (3 files)"), lines.get(0));
        List<String> rows = lines.stream().filter(line -> line.startsWith("| Import |")).toList();
        assertEquals(3, rows.size(), result.out());
        for (String row : rows) {
            assertEquals(10, row.split("\\|", -1).length - 1, "nine cells: " + row);
        }
        List<String> firstRow = cells(rows.get(0));
        assertEquals("files/s", firstRow.get(5));
        assertEquals("≥ 300", firstRow.get(6));
        assertTrue(List.of("PASS", "FAIL").contains(firstRow.get(7)), rows.get(0));
        assertTrue(Double.parseDouble(firstRow.get(2).replace(",", "")) > 0, rows.get(0));
        assertEquals("", cells(rows.get(1)).get(7), "a baseline has no verdict: " + rows.get(1));
        assertEquals(result.out(), Files.readString(out));
    }

    @Test
    void unknownSectionIsAUsageErrorThatNamesTheSections() {
        Result result = run("--only", "nosuch");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("no section 'nosuch'") && result.err().contains("Import") && result.err().contains("Memory"), result.err());
    }

    private record Result(int exitCode, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BenchMain.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    private static List<String> cells(String row) {
        return Stream.of(row.substring(1, row.length() - 1).split("\\|", -1)).map(String::strip).toList();
    }
}
