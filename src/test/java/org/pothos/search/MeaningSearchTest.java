package org.pothos.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.common.Cancellation;
import org.pothos.embedding.EmbeddingService;
import org.pothos.embedding.EmbeddingStatus;
import org.pothos.library.MediaQuery;
import org.pothos.library.Source;
import org.pothos.simulation.SimulatedOllama;

/**
 * Search by meaning against the in-test Ollama server's embedding model: items are embedded from their words, the
 * query's meaning is fused with the words' ranking, and the work survives stops and model changes.
 */
class MeaningSearchTest {

    @TempDir
    Path dataDir;

    private SimulatedOllama server;
    private SearchLibrary library;
    private long puppy;
    private long mountain;
    private long street;

    @BeforeEach
    void open() throws Exception {
        server = SimulatedOllama.start().withVisionModel("llava:7b").withEmbeddingModel("nomic-embed-text", 384);
        library = SearchLibrary.open(dataDir, server.baseUrl());
        puppy = library.add("a/1.jpg", "Puppy playing on the shore", "A young hound runs along the sand in the evening light.",
                "puppy", "shore", "evening");
        mountain = library.add("a/2.jpg", "Mountain lake at noon", "Clear water below a snowy peak.", "mountain", "lake");
        street = library.add("a/3.jpg", "Busy street", "Cars and people in the city centre.", "city", "car");
    }

    @AfterEach
    void close() throws Exception {
        library.close();
        server.close();
    }

    private EmbeddingService embeddings() {
        return library.context.embeddings();
    }

    private SearchResults search(String text) throws InterruptedException {
        library.current();
        return library.context.search().byWordsAndMeaning(MediaQuery.all().withText(text));
    }

    @Test
    void meaningFindsWhatTheWordsMiss() throws Exception {
        EmbeddingService.Report report = embeddings().runNow(new Cancellation(), status -> { });
        assertNull(report.problem());
        assertEquals("nomic-embed-text:latest", report.model());
        assertEquals(3, report.embedded());

        assertEquals(List.of(), library.find("dog on a beach at sunset"));
        SearchResults results = search("dog on a beach at sunset");
        assertEquals(SearchResults.Ranking.WORDS_AND_MEANING, results.ranking());
        assertEquals(List.of(puppy), results.ids());

        // Words and meaning agree: the match in both lists comes first, the one only similar in meaning after it.
        SearchResults lake = search("mountain");
        assertEquals(mountain, lake.ids().get(0));
        assertFalse(lake.ids().contains(street));

        // Documents and queries go with nomic-embed-text's task prefixes.
        assertTrue(server.embedRequests().get(0).inputs().get(0).startsWith("search_document: Puppy playing on the shore."));
        assertTrue(server.embedRequests().stream().anyMatch(r -> r.inputs().equals(List.of("search_query: dog on a beach at sunset"))));
    }

    @Test
    void changedTextsAreEmbeddedAgainAndUnchangedOnesAreNot() throws Exception {
        embeddings().runNow(new Cancellation(), status -> { });
        int before = server.embeddedTexts();

        library.store.setTitle(street, "Busy street at dusk", Source.USER);
        library.store.setRating(mountain, 5);
        EmbeddingService.Report report = embeddings().runNow(new Cancellation(), status -> { });
        assertEquals(1, report.embedded());
        assertEquals(before + 1, server.embeddedTexts());
        assertEquals(street, search("street at sunset").ids().get(0));

        // Written again as it was: a new generation of texts, but the same words to embed, so no request.
        int afterSearch = server.embeddedTexts();
        library.store.setDescription(mountain, "Clear water below a snowy peak.", Source.USER);
        EmbeddingService.Report again = embeddings().runNow(new Cancellation(), status -> { });
        assertEquals(0, again.embedded());
        assertEquals(1, again.confirmed());
        assertEquals(afterSearch, server.embeddedTexts());
    }

    @Test
    void aStoppedRunResumesWhereItStopped() throws Exception {
        for (int i = 0; i < 37; i++) {
            library.add("c/" + i + ".jpg", "Picture " + i, "A forest path number " + i + ".");
        }
        Cancellation stop = new Cancellation();
        EmbeddingService.Report first = embeddings().runNow(stop, status -> {
            if (status.state() == EmbeddingStatus.State.RUNNING && status.done() > 0) {
                stop.cancel();
            }
        });
        assertTrue(first.embedded() > 0 && first.embedded() < 40, "stopped after a batch: " + first);

        EmbeddingService.Report second = embeddings().runNow(new Cancellation(), status -> { });
        assertEquals(40, first.embedded() + second.embedded());
        assertEquals(40, server.embeddedTexts());
    }

    @Test
    void aNewModelEmbedsEverythingAgainAndTheIndexFollows() throws Exception {
        embeddings().runNow(new Cancellation(), status -> { });
        assertEquals(List.of(puppy), search("dog on a beach at sunset").ids());

        server.withEmbeddingModel("mxbai-embed-large", 256);
        embeddings().chooseModel("mxbai-embed-large:latest");
        EmbeddingService.Report report = embeddings().runNow(new Cancellation(), status -> { });
        assertEquals("mxbai-embed-large:latest", report.model());
        assertEquals(3, report.embedded());
        SearchResults results = search("dog on a beach at sunset");
        assertEquals(SearchResults.Ranking.WORDS_AND_MEANING, results.ranking());
        assertEquals(List.of(puppy), results.ids());
        assertTrue(server.embedRequests().stream().anyMatch(r -> r.model().equals("mxbai-embed-large:latest")
                && r.inputs().get(0).startsWith("Represent this sentence for searching relevant passages: ")));
    }

    @Test
    void withoutAnEmbeddingModelSearchSaysHowToGetOne() throws Exception {
        server.removeModel("nomic-embed-text");
        EmbeddingService.Report report = embeddings().runNow(new Cancellation(), status -> { });
        assertTrue(report.problem().contains("ollama pull nomic-embed-text"), report.problem());
        assertEquals(EmbeddingStatus.State.NO_MODEL, embeddings().status().state());

        SearchResults results = search("puppy");
        assertEquals(SearchResults.Ranking.WORDS, results.ranking());
        assertEquals(List.of(puppy), results.ids());
        assertTrue(results.note().contains("ollama pull nomic-embed-text"), results.note());
    }

    @Test
    void anUnreachableServerPausesEmbeddingAndSearchFallsBackToWords() throws Exception {
        embeddings().runNow(new Cancellation(), status -> { });
        server.failNextEmbeds(1, 500);
        library.store.setTitle(street, "Rainy street", Source.USER);
        EmbeddingService.Report report = embeddings().runNow(new Cancellation(), status -> { });
        assertTrue(report.retryLater());
        assertEquals(EmbeddingStatus.State.PAUSED, embeddings().status().state());
        assertEquals(1, embeddings().runNow(new Cancellation(), status -> { }).embedded());

        server.close();
        SearchResults results = search("rainy");
        assertEquals(SearchResults.Ranking.WORDS, results.ranking());
        assertEquals(List.of(street), results.ids());
        assertTrue(results.note().contains("words only"), results.note());
    }
}
