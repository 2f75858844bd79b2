package org.pothos.bench.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.pothos.app.AppContext;
import org.pothos.bench.BenchContext;
import org.pothos.bench.Benchmark;
import org.pothos.bench.Budget;
import org.pothos.bench.Figure;
import org.pothos.library.LabelKind;
import org.pothos.library.MediaQuery;
import org.pothos.library.MediaStore;
import org.pothos.library.SortOrder;
import org.pothos.persistence.Database;
import org.pothos.ui.MainWindow;
import org.pothos.ui.common.Texts;
import org.pothos.ui.edit.ItemEdits;
import org.pothos.ui.library.LibraryViewModel;

/**
 * Section 3: a synthetic library of 100,000 items (10,000 in a small run), opened and queried through the
 * same store the window and the command line use, and browsed through the grid's ViewModel.
 */
public final class LibraryScaleBenchmark implements Benchmark {

    static final String SECTION = "Library scale";
    /** The first page the grid asks for, as in the budget. */
    static final int PAGE = 200;
    private static final int QUERY_RUNS = 50;
    private static final int QUERY_WARM_UP = 10;
    /** No analysis server is contacted; the default endpoint only needs an address. */
    private static final String NO_SERVER = "http://127.0.0.1:9";
    private static final Executor DIRECT = Runnable::run;

    private final Integer fixedItems;

    /** 10,000 items in a small run, 100,000 in a full one. */
    public LibraryScaleBenchmark() {
        this.fixedItems = null;
    }

    /** Always {@code items} items, whatever the size (for tests). */
    public LibraryScaleBenchmark(int items) {
        this.fixedItems = items;
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public List<Figure> run(BenchContext context) throws Exception {
        int items = fixedItems != null ? fixedItems : context.size().pick(10_000, 100_000);
        Path dataDir = context.workDir().resolve("library-scale");
        LibrarySynthesizer synthesizer = synthesize(context, dataDir, items);
        List<Figure> figures = new ArrayList<>();
        figures.add(openAndFirstPage(context, dataDir, items));
        try (AppContext app = AppContext.open(dataDir, NO_SERVER)) {
            figures.addAll(queries(app.mediaStore(), synthesizer, items));
            figures.addAll(viewModelHeap(app, items));
        }
        return figures;
    }

    static LibrarySynthesizer synthesize(BenchContext context, Path dataDir, int items) throws Exception {
        LibrarySynthesizer synthesizer = new LibrarySynthesizer(LibraryShape.realistic(items));
        long start = System.nanoTime();
        try (Database database = Database.open(dataDir)) {
            synthesizer.writeTo(database);
        }
        context.log().printf("synthesized %,d items in %.1f s%n", items, (System.nanoTime() - start) / 1e9);
        return synthesizer;
    }

    /** The schema check and the first newest-first page of tiles, as when the window opens. */
    private Figure openAndFirstPage(BenchContext context, Path dataDir, int items) throws Exception {
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < Math.max(3, context.repeats()); i++) {
            long start = System.nanoTime();
            try (AppContext app = AppContext.open(dataDir, NO_SERVER)) {
                if (app.mediaStore().findTiles(MediaQuery.all(), null, PAGE).items().size() != Math.min(PAGE, items)) {
                    throw new IllegalStateException("the first page is not full");
                }
                samples.add((System.nanoTime() - start) / 1e6);
            }
        }
        return new Figure(SECTION, "open the library and read the first page", "ms", samples,
                java.util.Optional.empty(), String.format(Locale.ROOT, "%,d items; schema checked, lock taken, interrupted jobs recovered", items));
    }

    private List<Figure> queries(MediaStore store, LibrarySynthesizer library, int items) {
        // H2 hands back a query's previous result when no table changed since; a library in use changes,
        // so every timed query follows a small edit (a rating set on one item, untimed).
        Runnable edit = new RatingFlip(store, items);
        List<String> tags = library.tagNames();
        List<String> categories = library.categoryNames();
        MediaQuery newest = MediaQuery.all().withSort(SortOrder.TAKEN);
        MediaQuery oneTag = newest.withTags(List.of(tags.get(12)));
        MediaQuery twoTagsAndCategory = newest.withTags(List.of(tags.get(3), tags.get(20))).withCategory(categories.get(1));
        MediaQuery filtered = twoTagsAndCategory.withText("harbour");
        MediaQuery text = newest.withText("misty bridge");
        List<Figure> figures = new ArrayList<>();
        figures.add(page(store, edit, "unfiltered, newest first (taken at)", newest).withBudget(Budget.atMost(5)));
        figures.add(page(store, edit, "one tag", oneTag));
        figures.add(page(store, edit, "two tags and a category", twoTagsAndCategory));
        figures.add(page(store, edit, "free text", text));
        Figure combined = page(store, edit, "tag + category + text", filtered).withBudget(Budget.atMost(20));
        figures.add(combined);
        figures.add(new Figure(SECTION, "tag + category + text, p95", "ms",
                List.of(Samples.percentile(combined.samples(), 95)), java.util.Optional.of(Budget.atMost(50)),
                "95th percentile of the " + QUERY_RUNS + " runs above"));
        figures.add(page(store, edit, "sorted by name", newest.withSort(SortOrder.NAME)));
        figures.add(Figure.of(SECTION, "counts per tag (sidebar)", "ms",
                        Samples.millis(3, 10, edit, () -> store.labelCounts(LabelKind.TAG)))
                .withNote(String.format(Locale.ROOT, "%,d tags on %,d items", tags.size(), items)));
        return figures;
    }

    private static Figure page(MediaStore store, Runnable edit, String name, MediaQuery query) {
        long matches = store.count(query);
        List<Double> samples = Samples.millis(QUERY_WARM_UP, QUERY_RUNS, edit, () -> store.findTiles(query, null, PAGE));
        return Figure.of(SECTION, name + ", first page of " + PAGE, "ms", samples)
                .withNote(String.format(Locale.ROOT, "%,d matches; the grid's tiles (the columns a tile shows)", matches));
    }

    /** Heap in use, after the grid's ViewModel shows the first page and after every page was brought in. */
    private List<Figure> viewModelHeap(AppContext app, int items) {
        double before = HeapUse.afterGcMb();
        Texts texts = Texts.of(MainWindow.BUNDLE, Locale.ENGLISH);
        LibraryViewModel grid = new LibraryViewModel(app.mediaStore(), app.importService(), app.jobStore(),
                new ItemEdits(app.itemEditor(), texts, DIRECT, DIRECT), texts, DIRECT, DIRECT);
        GridPages pages = new GridPages(grid);
        long start = System.nanoTime();
        pages.showFirstPage();
        double firstPage = HeapUse.afterGcMb();
        pages.scrollThroughAll();
        double scrollMillis = (System.nanoTime() - start) / 1e6;
        double all = HeapUse.afterGcMb();
        if (grid.items().size() != items) {
            throw new IllegalStateException("the grid holds " + grid.items().size() + " of " + items + " items");
        }
        return List.of(
                new Figure(SECTION, "heap after the first page", "MB", List.of(firstPage), java.util.Optional.empty(),
                        String.format(Locale.ROOT, "%.0f MB before the grid's ViewModel", before)),
                new Figure(SECTION, "heap after scrolling through all pages", "MB", List.of(all),
                        java.util.Optional.of(Budget.atMost(400)), String.format(Locale.ROOT, "%,d item ViewModels", items)),
                Figure.of(SECTION, "load every page into the grid's list", "ms", List.of(scrollMillis)));
    }
}
