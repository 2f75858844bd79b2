package org.pothos.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.app.AppContext;
import org.pothos.common.Cancellation;
import org.pothos.imageio.ImageFacts;
import org.pothos.imageio.ImageFormat;
import org.pothos.library.LabelKind;
import org.pothos.library.MediaQuery;
import org.pothos.library.ScannedFile;
import org.pothos.library.Source;
import org.pothos.search.SearchResults;
import org.pothos.simulation.SimulatedOllama;
import org.pothos.ui.MainWindow;
import org.pothos.ui.common.Texts;
import org.pothos.ui.edit.ItemEdits;
import org.pothos.ui.library.LibraryViewModel;
import org.pothos.ui.library.MediaItemViewModel;

/**
 * The grid ranks a search with words (by meaning too, once the model answers), and the line under the search field
 * says how, or how to get search by meaning. Real library and index, the in-test server; no toolkit, work on the
 * calling thread.
 */
class SearchViewModelsTest {

    @TempDir
    Path dataDir;

    private static long add(AppContext context, int n, String title, String... tags) {
        long id = context.mediaStore().recordImports(List.of(new ScannedFile(Path.of("/photos/p" + n + ".jpg"),
                String.format("%064x", n), 100, Instant.EPOCH,
                new ImageFacts(ImageFormat.JPEG, 40, 30, 1, null, null, null, null, null, null)))).get(0).mediaId();
        context.mediaStore().setTitle(id, title, Source.ai("llava:7b"));
        context.mediaStore().addLabels(id, LabelKind.TAG, List.of(tags), Source.ai("llava:7b"));
        return id;
    }

    private static List<Long> shown(LibraryViewModel grid) {
        return grid.items().stream().map(MediaItemViewModel::getId).toList();
    }

    @Test
    void theGridRanksByWordsThenByMeaning() throws Exception {
        SimulatedOllama server = SimulatedOllama.start().withEmbeddingModel("nomic-embed-text", 256);
        try (AppContext context = AppContext.open(dataDir, server.baseUrl())) {
            long lighthouse = add(context, 1, "Lighthouse on the coast", "lighthouse");
            long harbour = add(context, 2, "Harbour with a lighthouse in the distance", "boat");
            long puppy = add(context, 3, "Puppy on the shore", "puppy", "sand");
            long city = add(context, 4, "City street at night", "city");
            context.embeddings().runNow(new Cancellation(), status -> { });
            assertTrue(context.search().index().awaitCurrent(java.time.Duration.ofSeconds(60)));
            Texts texts = Texts.of(MainWindow.BUNDLE, Locale.ENGLISH);
            LibraryViewModel grid = new LibraryViewModel(context.mediaStore(), context.importService(), context.jobStore(),
                    new ItemEdits(context.itemEditor(), texts, Runnable::run, Runnable::run), texts, Runnable::run, Runnable::run);
            grid.useSearch(context.search(), Runnable::run);
            SearchStatusViewModel status = new SearchStatusViewModel(context.search().index(), context.embeddings(),
                    grid.rankingProperty(), grid.meaningMissingProperty(), texts, Runnable::run);

            grid.reload();
            assertNull(grid.rankingProperty().get());
            assertNull(status.hintProperty().get(), "no hint without a search");
            assertEquals(4, grid.items().size());

            grid.queryProperty().set(MediaQuery.all().withText("lighthouse"));
            assertEquals(List.of(lighthouse, harbour), shown(grid), "the title match first, the description's after");
            assertEquals(2, grid.itemCountProperty().get());
            // The meaning agreed with the words: the same order, now ranked by both.
            assertEquals(SearchResults.Ranking.WORDS_AND_MEANING, grid.rankingProperty().get());

            grid.queryProperty().set(MediaQuery.all().withText("dog on a beach"));
            assertEquals(List.of(puppy), shown(grid), "no word matches; the meaning does");
            assertEquals(SearchResults.Ranking.WORDS_AND_MEANING, grid.rankingProperty().get());
            assertEquals("Best matches by words and meaning first.", status.hintProperty().get());
            assertTrue(!shown(grid).contains(city));

            server.close();
            grid.queryProperty().set(MediaQuery.all().withText("city"));
            assertEquals(List.of(city), shown(grid));
            assertEquals("Words only: the embedding model does not answer.", status.hintProperty().get());
        } finally {
            server.close();
        }
    }

    @Test
    void withoutAnEmbeddingModelTheHintSaysHowToGetOne() throws Exception {
        try (SimulatedOllama server = SimulatedOllama.start().withVisionModel("llava:7b");
             AppContext context = AppContext.open(dataDir, server.baseUrl())) {
            long kite = add(context, 1, "Red kite", "bird");
            Texts texts = Texts.of(MainWindow.BUNDLE, Locale.ENGLISH);
            LibraryViewModel grid = new LibraryViewModel(context.mediaStore(), context.importService(), context.jobStore(),
                    new ItemEdits(context.itemEditor(), texts, Runnable::run, Runnable::run), texts, Runnable::run, Runnable::run);
            grid.useSearch(context.search(), Runnable::run);
            SearchStatusViewModel status = new SearchStatusViewModel(context.search().index(), context.embeddings(),
                    grid.rankingProperty(), grid.meaningMissingProperty(), texts, Runnable::run);
            context.embeddings().runNow(new Cancellation(), s -> { });
            assertTrue(context.search().index().awaitCurrent(java.time.Duration.ofSeconds(60)));

            grid.queryProperty().set(MediaQuery.all().withText("kite"));
            assertEquals(List.of(kite), shown(grid));
            assertEquals(SearchResults.Ranking.WORDS, grid.rankingProperty().get());
            assertEquals("Words only. To search by meaning too, install an embedding model: ollama pull nomic-embed-text",
                    status.hintProperty().get());
        }
    }
}
