package org.pothos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.imageio.JpegEncoder;
import org.pothos.simulation.PhotoLikeImage;

/** {@code pothos duplicates}: fingerprints what has none yet, then lists the groups, best copy first. */
class DuplicatesCommandTest {

    @TempDir
    Path temp;

    @Test
    void listsTheCopiesOfAPhotoBestFirst() throws Exception {
        Path photos = Files.createDirectories(temp.resolve("photos"));
        BufferedImage photo = PhotoLikeImage.paint(800, 600, 5, 5);
        Files.write(photos.resolve("big.jpg"), JpegEncoder.imageIo().encode(photo, 0.9f));
        BufferedImage small = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.drawImage(photo, 0, 0, 400, 300, null);
        g.dispose();
        Files.write(photos.resolve("small.jpg"), JpegEncoder.imageIo().encode(small, 0.8f));
        Files.write(photos.resolve("other.jpg"), JpegEncoder.imageIo().encode(PhotoLikeImage.paint(800, 600, 6, 5), 0.9f));
        CliRunner cli = new CliRunner(temp.resolve("library"));
        assertEquals(0, cli.run("import", photos.toString()).exitCode());

        CliRunner.Result table = cli.run("duplicates");
        assertEquals(0, table.exitCode(), table.err());
        assertTrue(table.out().startsWith("Group 1: 2 pictures, near-duplicates"), table.out());
        assertTrue(table.out().matches("(?s).*\\n  \\*\\s+\\d+\\s+0\\s.*800x600.*big\\.jpg\\n.*400x300.*small\\.jpg\\n.*"), table.out());
        assertTrue(table.out().contains("1 group(s); 1 picture(s) could go"), table.out());

        JsonNode groups = new ObjectMapper().readTree(cli.run("duplicates", "--json", "--threshold", "4").out());
        assertEquals(1, groups.size());
        assertTrue(groups.get(0).get("items").get(0).get("suggestedKeep").asBoolean());
        assertTrue(groups.get(0).get("items").get(0).get("path").asText().endsWith("big.jpg"));
        assertEquals(2, cli.run("duplicates", "--threshold", "17").exitCode());
    }
}
