package org.pothos.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.pothos.app.AppContext;
import org.pothos.app.LibraryLock;
import org.pothos.imageio.ImageFacts;
import org.pothos.imageio.ImageFormat;
import org.pothos.library.LabelKind;
import org.pothos.library.MediaQuery;
import org.pothos.library.MediaStore;
import org.pothos.library.ScannedFile;
import org.pothos.library.Source;
import org.pothos.simulation.SimulatedOllama;

/**
 * A real library (H2 and the search index in a temporary folder, opened through the composition root) with
 * described items that need no files: for tests of searching.
 */
final class SearchLibrary implements AutoCloseable {

    private static int next;

    final AppContext context;
    final MediaStore store;

    private SearchLibrary(AppContext context) {
        this.context = context;
        this.store = context.mediaStore();
    }

    static SearchLibrary open(Path dataDir) throws IOException, LibraryLock.LibraryInUseException {
        return open(dataDir, SimulatedOllama.closedPortUrl());
    }

    static SearchLibrary open(Path dataDir, String ollama) throws IOException, LibraryLock.LibraryInUseException {
        return new SearchLibrary(AppContext.open(dataDir, ollama));
    }

    /** An item at {@code /photos/FOLDER/FILE} with a title, a description and tags (each may be null). */
    long add(String folderAndFile, String title, String description, String... tags) {
        next++;
        ScannedFile file = new ScannedFile(Path.of("/photos/" + folderAndFile), String.format("%064x", next * 7919L),
                1000, Instant.EPOCH, new ImageFacts(ImageFormat.JPEG, 40, 30, 1, null, null, null, null, null, null));
        long id = store.recordImports(List.of(file)).get(0).mediaId();
        if (title != null) {
            store.setTitle(id, title, Source.ai("llava:7b"));
        }
        if (description != null) {
            store.setDescription(id, description, Source.ai("llava:7b"));
        }
        if (tags.length > 0) {
            store.addLabels(id, LabelKind.TAG, List.of(tags), Source.ai("llava:7b"));
        }
        return id;
    }

    /** Waits until the index holds every change made so far. */
    void current() throws InterruptedException {
        assertTrue(context.search().index().awaitCurrent(Duration.ofSeconds(60)), "the index is " + context.search().index().status());
    }

    List<Long> find(String text) throws InterruptedException {
        current();
        SearchResults results = context.search().byWords(MediaQuery.all().withText(text));
        assertTrue(results.ranking() == SearchResults.Ranking.WORDS, "ranked by " + results.ranking());
        return results.ids();
    }

    List<Long> find(MediaQuery query) throws InterruptedException {
        current();
        return context.search().byWords(query).ids();
    }

    @Override
    public void close() throws IOException {
        context.close();
    }
}
