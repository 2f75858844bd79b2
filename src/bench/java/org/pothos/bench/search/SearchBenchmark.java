package org.pothos.bench.search;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pothos.app.AppContext;
import org.pothos.bench.BenchContext;
import org.pothos.bench.Benchmark;
import org.pothos.bench.Budget;
import org.pothos.bench.Figure;
import org.pothos.bench.library.LibraryShape;
import org.pothos.bench.library.LibrarySynthesizer;
import org.pothos.bench.library.Samples;
import org.pothos.library.MediaQuery;
import org.pothos.library.MediaStore;
import org.pothos.library.SortOrder;
import org.pothos.persistence.Database;
import org.pothos.search.IndexStatus;
import org.pothos.search.LibrarySearch;
import org.pothos.search.QueryMeaning;
import org.pothos.search.SearchHit;
import org.pothos.search.SearchIndex;
import org.pothos.search.SearchResults;
import org.pothos.search.VectorSpace;

/**
 * The search section: the synthetic library of the library-scale section (100,000 items, 10,000 in a small run)
 * indexed by words, then given a 768-dimensional embedding per item (clustered, as a model's are) and indexed again
 * with vectors; queries by words, by meaning and fused, each beside its baseline (the database's substring match, a
 * brute-force scan of every vector). The duplicate grouping has a section of its own.
 */
public final class SearchBenchmark implements Benchmark {

    static final String SECTION = "Search";
    private static final int PAGE = 200;
    private static final int RUNS = 50;
    private static final int WARM_UP = 10;
    private static final String NO_SERVER = "http://127.0.0.1:9";

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public List<Figure> run(BenchContext context) throws Exception {
        int items = context.size().pick(10_000, 100_000);
        Path dataDir = context.workDir().resolve("search");
        LibrarySynthesizer library = new LibrarySynthesizer(LibraryShape.realistic(items));
        try (Database database = Database.open(dataDir)) {
            library.writeTo(database);
        }
        List<Figure> figures = new ArrayList<>();
        try (AppContext app = AppContext.open(dataDir, NO_SERVER)) {
            figures.add(build(context, app.search().index(), items, "words"));
            figures.addAll(wordQueries(app, library));
        }
        SyntheticEmbeddings vectors = new SyntheticEmbeddings(items, context.log());
        try (Database database = Database.open(dataDir)) {
            vectors.writeTo(database);
        }
        try (AppContext app = AppContext.open(dataDir, NO_SERVER)) {
            figures.add(build(context, app.search().index(), items, "words and 768-dimension vectors"));
            figures.addAll(meaningQueries(app, vectors, library));
        }
        return figures;
    }

    /** Opens the index, which finds itself missing (or made without vectors) and rebuilds from the database. */
    private static Figure build(BenchContext context, SearchIndex index, int items, String what) throws InterruptedException {
        long start = System.nanoTime();
        if (!index.awaitCurrent(Duration.ofHours(2))) {
            throw new IllegalStateException("the search index did not build: " + index.status());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        context.log().printf("search index (%s) built in %.1f s%n", what, seconds);
        if (index.status().state() != IndexStatus.State.READY) {
            throw new IllegalStateException("the search index is " + index.status());
        }
        return new Figure(SECTION, "build the index from the database: " + what, "s", List.of(seconds), Optional.empty(),
                String.format(Locale.ROOT, "%,d items, on the index's one thread", items));
    }

    private List<Figure> wordQueries(AppContext app, LibrarySynthesizer library) {
        MediaStore store = app.mediaStore();
        LibrarySearch search = app.search();
        List<String> tags = library.tagNames();
        MediaQuery newest = MediaQuery.all().withSort(SortOrder.TAKEN);
        MediaQuery combined = newest.withTags(List.of(tags.get(3), tags.get(20))).withCategory(library.categoryNames().get(1))
                .withText("harbour");
        MediaQuery text = newest.withText("misty bridge");
        List<Figure> figures = new ArrayList<>();
        Figure ranked = firstPage(search, combined, "words: text + two tags + category, ranked, first page of " + PAGE)
                .withBudget(Budget.atMost(20));
        figures.add(ranked);
        figures.add(new Figure(SECTION, "words: text + two tags + category, p95", "ms",
                List.of(Samples.percentile(ranked.samples(), 95)), Optional.of(Budget.atMost(50)),
                "95th percentile of the " + RUNS + " runs above"));
        figures.add(baseline(store, combined, "baseline: the database's substring match, same query (unranked)"));
        figures.add(firstPage(search, text, "words: two words (\"misty bridge\"), ranked, first page of " + PAGE));
        figures.add(baseline(store, text, "baseline: the database's substring match of \"misty bridge\""));
        figures.add(firstPage(search, newest.withText("harb"), "words: a prefix as typed (\"harb\"), first page of " + PAGE));
        figures.add(firstPage(search, newest.withText("\"golden tree\" -snow"), "words: a phrase and an exclusion, first page"));
        return figures;
    }

    private static Figure firstPage(LibrarySearch search, MediaQuery query, String name) {
        SearchResults all = search.byWords(query);
        if (all.ranking() != SearchResults.Ranking.WORDS) {
            throw new IllegalStateException("not ranked by the index: " + all.ranking());
        }
        List<Double> samples = Samples.millis(WARM_UP, RUNS, () -> { }, () -> search.items(search.byWords(query), 0, PAGE));
        return Figure.of(SECTION, name, "ms", samples).withNote(String.format(Locale.ROOT, "%,d matches", all.size()));
    }

    private static Figure baseline(MediaStore store, MediaQuery query, String name) {
        long matches = store.count(query);
        List<Double> samples = Samples.millis(3, 10, () -> { }, () -> store.find(query, 0, PAGE));
        return Figure.of(SECTION, name, "ms", samples).withNote(String.format(Locale.ROOT, "%,d matches", matches));
    }

    private List<Figure> meaningQueries(AppContext app, SyntheticEmbeddings vectors, LibrarySynthesizer library) {
        SearchIndex index = app.search().index();
        VectorSpace space = new VectorSpace(SyntheticEmbeddings.MODEL, SyntheticEmbeddings.DIMENSION);
        List<float[]> queries = vectors.queries(RUNS + WARM_UP);
        int[] next = {0};
        List<Double> hnsw = Samples.millis(WARM_UP, RUNS, () -> { }, () -> index.nearest(space,
                queries.get(next[0]++ % queries.size()), 60, org.pothos.search.ParsedSearch.empty()).orElseThrow());
        int[] nextBrute = {0};
        List<Double> brute = Samples.millis(2, 10, () -> { }, () -> vectors.bruteForce(queries.get(nextBrute[0]++ % queries.size()), 60));
        double recall = recallAt10(index, space, vectors, queries);
        List<Figure> figures = new ArrayList<>();
        String note = String.format(Locale.ROOT, "%,d vectors of %d dimensions, HNSW over 7-bit quantised vectors",
                vectors.count(), SyntheticEmbeddings.DIMENSION);
        figures.add(Figure.of(SECTION, "meaning: nearest 60 (HNSW in the index)", "ms", hnsw).withBudget(Budget.atMost(50))
                .withNote(note));
        figures.add(new Figure(SECTION, "meaning: nearest 60, p95", "ms", List.of(Samples.percentile(hnsw, 95)),
                Optional.empty(), "95th percentile of the " + RUNS + " runs above"));
        figures.add(Figure.of(SECTION, "baseline: brute force over every vector (one thread)", "ms", brute)
                .withNote("exact dot products with all vectors, float arrays in memory"));
        figures.add(new Figure(SECTION, "meaning: recall of the true 10 nearest", "%", List.of(recall), Optional.empty(),
                "the index's first 10 (of the 60 it is asked for) against brute force's, over " + queries.size() + " queries"));
        LibrarySearch fused = new LibrarySearch(index, app.mediaStore(), text -> QueryMeaning.of(space, queries.get(0)));
        MediaQuery query = MediaQuery.all().withTags(List.of(library.tagNames().get(3))).withText("harbour evening");
        SearchResults check = fused.byWordsAndMeaning(query);
        if (check.ranking() != SearchResults.Ranking.WORDS_AND_MEANING) {
            throw new IllegalStateException("not fused: " + check.ranking() + " " + check.note());
        }
        figures.add(Figure.of(SECTION, "words and meaning fused (text + tag), first page of " + PAGE, "ms",
                        Samples.millis(WARM_UP, RUNS, () -> { }, () -> fused.items(fused.byWordsAndMeaning(query), 0, PAGE)))
                .withBudget(Budget.atMost(50))
                .withNote(String.format(Locale.ROOT, "%,d results; the query's embedding is given (no model server)", check.size())));
        return figures;
    }

    private static double recallAt10(SearchIndex index, VectorSpace space, SyntheticEmbeddings vectors, List<float[]> queries) {
        double found = 0;
        for (float[] query : queries) {
            List<Long> approximate = index.nearest(space, query, 60, org.pothos.search.ParsedSearch.empty()).orElseThrow()
                    .stream().limit(10).map(SearchHit::id).toList();
            List<Long> exact = vectors.bruteForce(query, 10);
            found += exact.stream().filter(approximate::contains).count();
        }
        return 100.0 * found / (10.0 * queries.size());
    }
}
