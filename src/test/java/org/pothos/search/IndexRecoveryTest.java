package org.pothos.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.persistence.Database;
import org.pothos.searchindex.LuceneSearchIndex;

/**
 * The index beside the database is never trusted blindly: lost, truncated, behind or ahead of the database, it is
 * caught up or rebuilt from the database, and the same query answers as before.
 */
class IndexRecoveryTest {

    @TempDir
    Path dataDir;

    private final List<IndexStatus> seen = new CopyOnWriteArrayList<>();

    private long[] twoPictures() throws Exception {
        try (SearchLibrary library = SearchLibrary.open(dataDir)) {
            long kite = library.add("a/kite.jpg", "Red kite over the moor", "A bird of prey hovering.", "bird");
            long ferry = library.add("a/ferry.jpg", "Ferry leaving port", "Gulls follow the wake.", "boat");
            assertEquals(List.of(kite), library.find("kite"));
            return new long[] {kite, ferry};
        }
    }

    private List<Long> reopenAndFind(String text) throws Exception {
        try (SearchLibrary library = SearchLibrary.open(dataDir)) {
            library.context.search().index().addStatusListener(seen::add);
            return library.find(text);
        }
    }

    private boolean rebuilt() {
        return seen.stream().anyMatch(s -> s.state() == IndexStatus.State.REBUILDING);
    }

    private Path indexFolder() {
        return dataDir.resolve(LuceneSearchIndex.FOLDER);
    }

    @Test
    void aDeletedIndexIsRebuiltWithProgress() throws Exception {
        long[] ids = twoPictures();
        deleteTree(indexFolder());

        assertEquals(List.of(ids[0]), reopenAndFind("kite"));
        assertTrue(rebuilt());
        IndexStatus last = seen.stream().filter(s -> s.state() == IndexStatus.State.REBUILDING)
                .reduce((a, b) -> b).orElseThrow();
        assertEquals(2, last.done());
        assertEquals(2, last.total());
        assertEquals("there is no index yet", last.reason());
    }

    @Test
    void aTruncatedIndexIsRebuilt() throws Exception {
        long[] ids = twoPictures();
        try (Stream<Path> files = Files.list(indexFolder())) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                    raf.setLength(raf.length() / 2);
                }
            }
        }

        assertEquals(List.of(ids[1]), reopenAndFind("ferry"));
        assertTrue(rebuilt());
    }

    @Test
    void theBiggestFileTruncatedAloneIsFoundToo() throws Exception {
        long[] ids = twoPictures();
        Path biggest;
        try (Stream<Path> files = Files.list(indexFolder())) {
            biggest = files.max(Comparator.comparingLong(IndexRecoveryTest::size)).orElseThrow();
        }
        try (RandomAccessFile raf = new RandomAccessFile(biggest.toFile(), "rw")) {
            raf.setLength(raf.length() - 20);
        }

        assertEquals(List.of(ids[1]), reopenAndFind("gulls"));
        assertTrue(rebuilt());
    }

    @Test
    void changesMadeWhileTheIndexWasClosedAreTakenWithoutARebuild() throws Exception {
        long[] ids = twoPictures();
        long heron;
        try (SearchLibrary library = SearchLibrary.open(dataDir)) {
            // The index is not opened by changes alone (a command line import, for instance): they wait recorded.
            heron = library.add("b/heron.jpg", "Grey heron", "Standing in the reeds.", "bird");
            library.store.setTitle(ids[0], "Buzzard over the moor", org.pothos.library.Source.USER);
        }
        try (SearchLibrary library = SearchLibrary.open(dataDir)) {
            library.context.search().index().addStatusListener(seen::add);
            assertEquals(List.of(heron), library.find("heron"));
            assertEquals(List.of(), library.find("red"));
            assertEquals(List.of(ids[0]), library.find("buzzard"));
        }
        assertFalse(rebuilt(), "caught up by the recorded changes, not rebuilt: " + seen);
    }

    @Test
    void anIndexAheadOfARestoredDatabaseIsRebuilt() throws Exception {
        long[] ids = twoPictures();
        Path backup = dataDir.resolveSibling("backup.mv.db");
        Path database = dataDir.resolve(Database.FILE_STEM + ".mv.db");
        Files.copy(database, backup, StandardCopyOption.REPLACE_EXISTING);
        try (SearchLibrary library = SearchLibrary.open(dataDir)) {
            library.add("c/owl.jpg", "Barn owl", "At dusk.", "bird");
            assertEquals(1, library.find("owl").size());
        }
        Files.copy(backup, database, StandardCopyOption.REPLACE_EXISTING);

        assertEquals(List.of(), reopenAndFind("owl"));
        assertTrue(rebuilt());
        assertEquals(List.of(ids[0]), reopenAndFind("kite"));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
