package org.pothos.thumbnails;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThumbnailDiskCacheTest {

    @TempDir
    Path root;

    @Test
    void laysFilesOutBySizeAndHashPrefix() {
        ThumbnailDiskCache cache = new ThumbnailDiskCache(root, 512);

        assertEquals(root.resolve("512/ab/abcdef01.jpg"), cache.path("ABCDEF01"));
    }

    @Test
    void refusesHashesThatCouldEscapeTheFolder() {
        ThumbnailDiskCache cache = new ThumbnailDiskCache(root, 256);

        assertThrows(IllegalArgumentException.class, () -> cache.path("../../etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> cache.path("a"));
    }

    @Test
    void writeReplacesExistingThumbnail() throws Exception {
        ThumbnailDiskCache cache = new ThumbnailDiskCache(root, 256);
        cache.write("abcd", new byte[]{1, 2, 3});

        cache.write("abcd", new byte[]{4, 5});

        assertArrayEquals(new byte[]{4, 5}, cache.read("abcd"));
        try (var files = Files.list(cache.path("abcd").getParent())) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void containsOnlyNonEmptyFiles() throws Exception {
        ThumbnailDiskCache cache = new ThumbnailDiskCache(root, 256);
        assertFalse(cache.contains("abcd"));
        Files.createDirectories(cache.path("abcd").getParent());
        Files.createFile(cache.path("abcd"));
        assertFalse(cache.contains("abcd"));

        cache.write("abcd", new byte[]{1});

        assertTrue(cache.contains("abcd"));
    }
}
