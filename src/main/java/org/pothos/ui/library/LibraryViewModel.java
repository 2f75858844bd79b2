package org.pothos.ui.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pothos.analysis.JobEvent;
import org.pothos.analysis.JobStatus;
import org.pothos.analysis.JobStore;
import org.pothos.common.Cancellation;
import org.pothos.library.ImportListener;
import org.pothos.library.ImportOutcome;
import org.pothos.library.ImportProgress;
import org.pothos.library.ImportService;
import org.pothos.library.ItemChanges;
import org.pothos.library.ItemValues;
import org.pothos.library.MediaItem;
import org.pothos.library.MediaQuery;
import org.pothos.library.MediaStore;
import org.pothos.library.MediaTile;
import org.pothos.library.Page;
import org.pothos.library.SeekKey;
import org.pothos.library.SortOrder;
import org.pothos.search.LibrarySearch;
import org.pothos.search.SearchResults;
import org.pothos.ui.common.BackgroundTask;
import org.pothos.ui.common.Coalescer;
import org.pothos.ui.common.Failures;
import org.pothos.ui.common.ServiceTexts;
import org.pothos.ui.common.TaskExecutor;
import org.pothos.ui.common.Texts;
import org.pothos.ui.edit.ItemEdits;

/**
 * State of the library grid: the items of the current query (loaded page by page in the
 * background), their order, the selection, each tile's analysis badge, and a running import. Knows
 * no controls; takes its services and its two executors (background work, UI thread) in the
 * constructor.
 */
public final class LibraryViewModel {

    static final int PAGE_SIZE = 500;
    static final int FIRST_PAGE_SIZE = 120;
    /**
     * Pages after the second double up to this: each page added makes the grid lay out its rows again on the UI thread,
     * so 100,000 items come in about 20 pages instead of 200.
     */
    static final int LARGEST_PAGE_SIZE = 8_000;

    /** How a click changes the selection. */
    public enum SelectMode { SINGLE, TOGGLE, RANGE }

    private final MediaStore store;
    private final ImportService importService;
    private final JobStore jobs;
    private final ItemEdits edits;
    private final Texts texts;
    private final ServiceTexts serviceTexts;
    private final Executor ui;
    private final TaskExecutor tasks;

    private final ObservableList<MediaItemViewModel> items = FXCollections.observableArrayList();
    private final Map<Long, MediaItemViewModel> byId = new HashMap<>();
    private final ObjectProperty<MediaQuery> query = new SimpleObjectProperty<>(MediaQuery.all());
    private final ReadOnlyLongWrapper itemCount = new ReadOnlyLongWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<SortOrder> sort = new SimpleObjectProperty<>(SortOrder.TAKEN);
    private final DoubleProperty thumbnailSize = new SimpleDoubleProperty(160);
    /**
     * The selected ids. Not observable element by element: selecting all of a large library would
     * otherwise notify every visible cell once per item. Cells watch {@link #selectionVersion}, which
     * changes once per selection operation.
     */
    private final Set<Long> selection = new LinkedHashSet<>();
    private final ReadOnlyIntegerWrapper selectionVersion = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper selectedCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<MediaItemViewModel> focused = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper importProgress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ImportReportViewModel> importReport = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper libraryTotal = new ReadOnlyLongWrapper(-1);
    private final BooleanBinding libraryEmpty;
    private final BooleanBinding noMatches;

    /** Each reload gets a number; pages of an older reload that arrive late are dropped. */
    private final AtomicLong generation = new AtomicLong();
    private volatile Cancellation importCancellation;
    private final Map<Long, JobEvent> pendingJobEvents = new ConcurrentHashMap<>();
    private final Coalescer<Boolean> jobEventFlush;
    private Consumer<List<Long>> onImported = ids -> { };
    /** Work that waits until the grid's first page is on screen (counts, model lists, the job history). */
    private final List<Runnable> afterFirstPage = new ArrayList<>();
    private boolean firstPageShown;
    private Long rangeAnchor;
    /** Pages of searches with words, ranked by the search index; null: the database's substring match, in order. */
    private RankedPages rankedPages;
    private final ReadOnlyObjectWrapper<SearchResults.Ranking> ranking = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper meaningMissing = new ReadOnlyBooleanWrapper();

    /** @param edits where the grid's edits go, with the window's other edits of pictures (one undo history) */
    public LibraryViewModel(MediaStore store, ImportService importService, JobStore jobs, ItemEdits edits, Texts texts,
                            Executor background, Executor ui) {
        this.store = store;
        this.edits = edits;
        this.texts = texts;
        this.serviceTexts = ServiceTexts.of(texts.locale());
        this.importService = importService;
        this.jobs = jobs;
        this.ui = ui;
        this.tasks = TaskExecutor.of(background, ui);
        this.libraryEmpty = Bindings.createBooleanBinding(
                () -> libraryTotal.get() == 0 && !importing.get(), libraryTotal, importing);
        // Only a library that has pictures can have none matching: not while the first import is starting.
        this.noMatches = Bindings.createBooleanBinding(
                () -> libraryTotal.get() > 0 && itemCount.get() == 0 && !loading.get(), libraryTotal, itemCount, loading);
        this.jobEventFlush = new Coalescer<>(ui, ignored -> flushJobEvents());
        // An edit of pictures that failed (from here or elsewhere in the window) says why in the status line too.
        edits.errorProperty().addListener((obs, old, error) -> {
            if (error != null) {
                status.set(error);
            }
        });
        sort.addListener((obs, old, now) -> reload());
        query.addListener((obs, old, now) -> reload());
    }

    /**
     * Runs {@code work} on the UI thread once the first page of the grid has been shown (at once if it has): at
     * start-up the first screen of thumbnails is read before anything that can wait. Call on the UI thread.
     */
    public void afterFirstPage(Runnable work) {
        if (firstPageShown) {
            work.run();
        } else {
            afterFirstPage.add(work);
        }
    }

    /**
     * Ranks searches with words through the search index (best match first, by meaning too when an embedding model
     * answers) instead of matching text in the database in the grid's order.
     *
     * @param meaningLater runs the search by meaning a moment after typing stops, on a background thread
     */
    public void useSearch(LibrarySearch search, Executor meaningLater) {
        this.rankedPages = new RankedPages(search, PAGE_SIZE, meaningLater);
    }

    /** Called with the ids of newly imported items after each import (e.g. to queue their analysis). */
    public void setOnImported(Consumer<List<Long>> onImported) {
        this.onImported = onImported;
    }

    /**
     * Loads the grid again for the current query and order: the first page is shown as soon as it is
     * read, the rest follows page by page. Pages are read by seeking past the last item of the one
     * before (not by offset), so every page costs the same however deep in the library it is.
     */
    public void reload() {
        long mine = generation.incrementAndGet();
        MediaQuery current = query.get().withSort(sort.get());
        loading.set(true);
        ranking.set(null);
        meaningMissing.set(false);
        BackgroundTask.wrap("Loading the grid", () -> loadPages(mine, current))
                .onFailure(failure -> {
                    if (generation.get() == mine) {
                        loading.set(false);
                        status.set(texts.get("status.loadFailed", Failures.reason(failure)));
                    }
                    releaseAfterFirstPage();
                })
                .executeWith(tasks);
    }

    /** Reads the pages one after another, handing each to the UI thread as soon as it is read. */
    private void loadPages(long mine, MediaQuery current) {
        if (rankedPages != null && current.text() != null) {
            loadRanked(mine, current);
            return;
        }
        SeekKey last = null;
        Page<MediaTile> page;
        int size = FIRST_PAGE_SIZE;
        do {
            if (generation.get() != mine) {
                return;
            }
            // A first page of a few screens shows sooner; the rest comes in ever larger pages behind it.
            page = store.findTiles(current, last, size);
            size = size == FIRST_PAGE_SIZE ? PAGE_SIZE : Math.min(2 * size, LARGEST_PAGE_SIZE);
            List<MediaItemViewModel> tiles = page.items().stream().map(MediaItemViewModel::new).toList();
            Map<Long, JobStatus> latest = jobs.latestStatusByMedia(tiles.stream().map(MediaItemViewModel::getId).toList());
            boolean first = last == null;
            boolean done = !page.hasMore();
            ui.execute(() -> showPage(mine, tiles, latest, first, done));
            if (first) {
                // Counted after the first page is on its way: the grid need not wait for them.
                long total = store.count(current);
                long all = store.count(MediaQuery.all());
                ui.execute(() -> {
                    if (generation.get() == mine) {
                        itemCount.set(total);
                        libraryTotal.set(all);
                    }
                });
            }
            if (!page.items().isEmpty()) {
                last = page.items().get(page.items().size() - 1).seekKey();
            }
        } while (page.hasMore());
    }

    /** A search with words: pages in rank order, counted by the search. */
    private void loadRanked(long mine, MediaQuery current) {
        long all = store.count(MediaQuery.all());
        ui.execute(() -> {
            if (generation.get() == mine) {
                libraryTotal.set(all);
            }
        });
        rankedPages.load(current, new RankedPages.Pages() {
            @Override
            public boolean current() {
                return generation.get() == mine;
            }

            @Override
            public void page(List<MediaItem> page, boolean first, boolean done) {
                List<MediaItemViewModel> tiles = page.stream().map(item -> new MediaItemViewModel(item.tile())).toList();
                Map<Long, JobStatus> latest = jobs.latestStatusByMedia(tiles.stream().map(MediaItemViewModel::getId).toList());
                ui.execute(() -> showPage(mine, tiles, latest, first, done));
            }

            @Override
            public void ranked(SearchResults results) {
                ui.execute(() -> {
                    if (generation.get() == mine) {
                        itemCount.set(results.size());
                        ranking.set(results.ranking());
                        meaningMissing.set(results.note() != null);
                    }
                });
            }

            @Override
            public void loaded(int count) {
                ui.execute(() -> {
                    if (generation.get() == mine) {
                        itemCount.set(count);
                    }
                });
            }
        });
    }

    private void showPage(long mine, List<MediaItemViewModel> tiles, Map<Long, JobStatus> latest, boolean first,
                          boolean done) {
        if (generation.get() != mine) {
            return;
        }
        if (first) {
            items.setAll(tiles);
            byId.clear();
        } else {
            items.addAll(tiles);
        }
        MediaItemViewModel focusedTile = focused.get();
        for (MediaItemViewModel tile : tiles) {
            byId.put(tile.getId(), tile);
            tile.badgeProperty().set(AnalysisBadge.of(latest.get(tile.getId()), tile.isAnalysed()));
            if (focusedTile != null && focusedTile.getId() == tile.getId()) {
                focused.set(tile); // the same picture, in its new tile
            }
        }
        if (done) {
            loading.set(false);
            // Only now is it known which pictures left the grid: they leave the selection, and the detail pane
            // empties when the picture it shows is one of them.
            if (selection.retainAll(byId.keySet())) {
                selectionChanged();
            }
            if (focused.get() != null && !byId.containsKey(focused.get().getId())) {
                focused.set(null);
            }
        }
        if (first) {
            releaseAfterFirstPage();
        }
    }

    private void releaseAfterFirstPage() {
        if (!firstPageShown) {
            firstPageShown = true;
            List<Runnable> waiting = List.copyOf(afterFirstPage);
            afterFirstPage.clear();
            waiting.forEach(Runnable::run);
        }
    }

    // ---- selection ----

    public void select(MediaItemViewModel item, SelectMode mode) {
        switch (mode) {
            case SINGLE -> {
                selection.clear();
                selection.add(item.getId());
                rangeAnchor = item.getId();
            }
            case TOGGLE -> {
                if (!selection.remove(item.getId())) {
                    selection.add(item.getId());
                }
                rangeAnchor = item.getId();
            }
            case RANGE -> selectRange(item);
        }
        selectionChanged();
        focused.set(item);
    }

    private void selectionChanged() {
        selectedCount.set(selection.size());
        selectionVersion.set(selectionVersion.get() + 1);
    }

    public boolean isSelected(long id) {
        return selection.contains(id);
    }

    /** Changes once after every change of the selection. */
    public ReadOnlyIntegerProperty selectionVersionProperty() {
        return selectionVersion.getReadOnlyProperty();
    }

    private void selectRange(MediaItemViewModel item) {
        int to = items.indexOf(item);
        int from = rangeAnchor == null ? to : indexOf(rangeAnchor);
        if (from < 0) {
            from = to;
        }
        selection.clear();
        for (int i = Math.min(from, to); i <= Math.max(from, to); i++) {
            selection.add(items.get(i).getId());
        }
    }

    private int indexOf(long id) {
        MediaItemViewModel tile = byId.get(id);
        return tile == null ? -1 : items.indexOf(tile);
    }

    public void selectAll() {
        items.forEach(tile -> selection.add(tile.getId()));
        selectionChanged();
    }

    public void clearSelection() {
        selection.clear();
        rangeAnchor = null;
        selectionChanged();
    }

    /** The selected ids in grid order. */
    public List<Long> selectedIds() {
        List<Long> ids = new ArrayList<>();
        for (MediaItemViewModel tile : items) {
            if (selection.contains(tile.getId())) {
                ids.add(tile.getId());
            }
        }
        return ids;
    }

    /** Selected items that no model has described yet. */
    public List<Long> selectedUnanalysedIds() {
        return selectedIds().stream().filter(id -> !byId.get(id).isAnalysed()).toList();
    }

    public List<Path> selectedPaths() {
        return selectedIds().stream().map(id -> byId.get(id).getPath()).toList();
    }

    /**
     * Shows an item's new state in its tile (after an edit in the detail pane). The tile is updated
     * in place: replacing it in the list would make the grid rebuild its cells.
     */
    public void replace(MediaItem item) {
        MediaItemViewModel tile = byId.get(item.id());
        if (tile != null) {
            tile.update(item);
        }
    }

    /** Shows what an edit stored in the tiles of the items it changed (their titles and favourites). */
    public void stored(List<ItemValues> values) {
        for (ItemValues value : values) {
            MediaItemViewModel tile = byId.get(value.id());
            if (tile != null) {
                tile.update(value);
            }
        }
    }

    /**
     * The grid's ids in its order, as a live view: reading it later sees pages loaded since. UI thread only.
     */
    public List<Long> idsInOrder() {
        return new java.util.AbstractList<>() {
            @Override
            public Long get(int index) {
                return items.get(index).getId();
            }

            @Override
            public int size() {
                return items.size();
            }

            @Override
            public int indexOf(Object id) {
                MediaItemViewModel tile = id instanceof Long l ? byId.get(l) : null;
                return tile == null ? -1 : items.indexOf(tile);
            }
        };
    }

    // ---- keyboard ----

    /** Where the keyboard focus is in the grid's order; -1 when no tile has it. */
    public int focusedIndex() {
        MediaItemViewModel tile = focused.get();
        return tile == null ? -1 : indexOf(tile.getId());
    }

    /**
     * Moves the keyboard focus to the tile at {@code index} (kept within the grid): {@code SINGLE} selects just
     * it, {@code RANGE} extends the selection from the anchor to it (Shift), {@code TOGGLE} moves the focus and
     * leaves the selection alone (Ctrl/Cmd, then Space toggles).
     */
    public void moveFocus(int index, SelectMode mode) {
        if (items.isEmpty()) {
            return;
        }
        MediaItemViewModel target = items.get(Math.max(0, Math.min(items.size() - 1, index)));
        if (mode == SelectMode.TOGGLE) {
            focused.set(target);
        } else {
            select(target, mode);
        }
    }

    /** Adds the focused tile to the selection or takes it out (Ctrl/Cmd+Space). */
    public void toggleFocused() {
        MediaItemViewModel tile = focused.get();
        if (tile != null) {
            select(tile, SelectMode.TOGGLE);
        }
    }

    /** Selects just this item and makes it the focused one (the viewer pages, the grid follows). */
    public void reveal(long id) {
        MediaItemViewModel tile = byId.get(id);
        if (tile != null) {
            select(tile, SelectMode.SINGLE);
        }
    }

    // ---- analysis badges ----

    /** Takes an engine event from any thread; tiles update on the UI thread, in coalesced bursts. */
    public void onJobEvent(JobEvent event) {
        pendingJobEvents.merge(event.job().mediaId(), event, (old, now) -> now);
        jobEventFlush.offer(Boolean.TRUE);
    }

    private void flushJobEvents() {
        List<Long> described = new ArrayList<>();
        for (Long mediaId : Set.copyOf(pendingJobEvents.keySet())) {
            JobEvent event = pendingJobEvents.remove(mediaId);
            MediaItemViewModel tile = byId.get(mediaId);
            if (event == null || tile == null) {
                continue;
            }
            switch (event.type()) {
                case QUEUED, RETRY_SCHEDULED -> tile.badgeProperty().set(AnalysisBadge.QUEUED);
                case STARTED, PROGRESS -> {
                    tile.badgeProperty().set(AnalysisBadge.RUNNING);
                    tile.progressProperty().set(event.progress() > 0 ? event.progress() : -1);
                }
                case SUCCEEDED -> {
                    tile.badgeProperty().set(AnalysisBadge.DONE);
                    described.add(mediaId);
                }
                case FAILED -> tile.badgeProperty().set(tile.isAnalysed() ? AnalysisBadge.DONE : AnalysisBadge.FAILED);
                case CANCELLED -> tile.badgeProperty().set(tile.isAnalysed() ? AnalysisBadge.DONE : AnalysisBadge.NONE);
            }
        }
        if (!described.isEmpty()) {
            refreshTiles(described);
        }
    }

    /** Reads described items again (their new titles) and updates their tiles in place. */
    private void refreshTiles(List<Long> ids) {
        BackgroundTask.wrap("Reading described pictures", () -> ids.stream().map(store::findById).flatMap(Optional::stream).toList())
                .onSuccess(fresh -> fresh.forEach(this::replace))
                .onFailure(failure -> status.set(texts.get("status.refreshFailed", Failures.reason(failure))))
                .executeWith(tasks);
    }

    // ---- edits from the grid ----

    /**
     * Marks the selection favourite, or unmarks it when all of it already is: one undo step. The tiles change at
     * once and change back when the edit did not reach the store.
     */
    public void toggleFavouriteOfSelection() {
        List<Long> ids = selectedIds();
        boolean makeFavourite = ids.stream().anyMatch(id -> !byId.get(id).favouriteProperty().get());
        Map<Long, Boolean> before = new HashMap<>();
        ids.forEach(id -> before.put(id, byId.get(id).favouriteProperty().get()));
        ids.forEach(id -> byId.get(id).favouriteProperty().set(makeFavourite));
        edits.apply(ids, ItemChanges.builder().favourite(makeFavourite).build(), () -> before.forEach((id, was) -> {
            MediaItemViewModel tile = byId.get(id);
            if (tile != null) {
                tile.favouriteProperty().set(was);
            }
        }));
    }

    /** Gives the selection {@code stars} (0 to 5): one undo step. */
    public void rateSelection(int stars) {
        edits.apply(selectedIds(), ItemChanges.builder().rating(stars).build());
    }

    /** Takes back the window's newest edit of pictures (from the grid, the viewer or the selection editor). */
    public void undoEdit() {
        edits.undo();
    }

    /** Forgets the selected items; their files stay where they are. */
    public void removeSelectionFromLibrary() {
        List<Long> ids = selectedIds();
        BackgroundTask.wrap("Removing pictures from the library", () -> store.remove(ids))
                .onSuccess(removed -> {
                    status.set(texts.get("status.removed", removed));
                    selection.clear();
                    selectionChanged();
                    reload();
                })
                .onFailure(failure -> status.set(texts.get("status.removeFailed", Failures.reason(failure))))
                .executeWith(tasks);
    }

    // ---- import ----

    /** Imports files and folders in the background; the grid reloads when it ends. */
    public void importPaths(List<Path> paths) {
        if (paths.isEmpty() || importing.get()) {
            return;
        }
        Cancellation cancellation = new Cancellation();
        importCancellation = cancellation;
        importing.set(true);
        importProgress.set(-1);
        status.set(texts.get("status.scanning"));
        Coalescer<ImportProgress> progress = new Coalescer<>(ui, this::showProgress);
        ImportListener listener = new ImportListener() {
            @Override
            public void onProgress(ImportProgress p) {
                progress.offer(p);
            }
        };
        importReport.set(null);
        BackgroundTask.wrap("Importing " + paths.size() + " path(s)", () -> importService.importPaths(paths, listener, cancellation))
                .onSuccess(report -> finishImport(ImportReportViewModel.of(report, texts, serviceTexts), report.outcomes().stream()
                        .filter(o -> o.kind() == ImportOutcome.Kind.IMPORTED)
                        .map(ImportOutcome::mediaId).toList()))
                .onFailure(failure -> finishImport(ImportReportViewModel.failed(
                        texts.get("status.importFailed", Failures.reason(failure))), List.of()))
                .executeWith(tasks);
    }

    public void cancelImport() {
        Cancellation cancellation = importCancellation;
        if (cancellation != null) {
            cancellation.cancel();
            status.set(texts.get("status.cancellingImport"));
        }
    }

    private void showProgress(ImportProgress p) {
        if (!importing.get()) {
            return;
        }
        if (p.scanning() || p.total() == 0) {
            importProgress.set(-1);
            status.set(texts.get("status.scanningCount", p.total()));
        } else {
            importProgress.set((double) p.done() / p.total());
            status.set(texts.get("status.importing", p.done(), p.total()));
        }
    }

    private void finishImport(ImportReportViewModel report, List<Long> imported) {
        importing.set(false);
        importCancellation = null;
        importProgress.set(0);
        status.set(report.summary());
        importReport.set(report);
        reload();
        if (!imported.isEmpty()) {
            onImported.accept(imported);
        }
    }

    /** Closes the import report panel. */
    public void dismissImportReport() {
        importReport.set(null);
    }

    /** What the last import did, until dismissed or the next import starts; null when there is nothing to show. */
    public ReadOnlyObjectProperty<ImportReportViewModel> importReportProperty() {
        return importReport.getReadOnlyProperty();
    }

    /** Shows a message in the status line (from actions started elsewhere, e.g. an analysis). */
    public void showStatus(String message) {
        status.set(message);
    }

    // ---- properties ----

    public ObservableList<MediaItemViewModel> items() {
        return items;
    }

    public ObjectProperty<MediaQuery> queryProperty() {
        return query;
    }

    public ReadOnlyLongProperty itemCountProperty() {
        return itemCount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ObjectProperty<SortOrder> sortProperty() {
        return sort;
    }

    public DoubleProperty thumbnailSizeProperty() {
        return thumbnailSize;
    }

    public ReadOnlyIntegerProperty selectedCountProperty() {
        return selectedCount.getReadOnlyProperty();
    }

    /** The item clicked last: the one the detail pane shows. */
    public ReadOnlyObjectProperty<MediaItemViewModel> focusedProperty() {
        return focused.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty importProgressProperty() {
        return importProgress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True when the library has pictures and the filters match none of them. */
    public BooleanBinding noMatchesProperty() {
        return noMatches;
    }

    /** How the shown search results are ranked; null when the grid shows no search with words. */
    public ReadOnlyObjectProperty<SearchResults.Ranking> rankingProperty() {
        return ranking.getReadOnlyProperty();
    }

    /** Whether the shown results wanted a ranking by meaning and could not have one (no model, no answer). */
    public ReadOnlyBooleanProperty meaningMissingProperty() {
        return meaningMissing.getReadOnlyProperty();
    }

    /** True when the library itself (not just the current filter) has no items. */
    public BooleanBinding libraryEmptyProperty() {
        return libraryEmpty;
    }
}
