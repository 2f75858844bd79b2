package org.pothos.ui.library;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pothos.common.Cancellation;
import org.pothos.library.ImportListener;
import org.pothos.library.ImportOutcome;
import org.pothos.library.ImportProgress;
import org.pothos.library.ImportReport;
import org.pothos.library.ImportService;
import org.pothos.library.MediaItem;
import org.pothos.library.MediaQuery;
import org.pothos.library.MediaStore;
import org.pothos.library.Page;
import org.pothos.library.SortOrder;
import org.pothos.ui.common.Coalescer;

/**
 * State of the library window: the items in the grid (loaded page by page in the background),
 * their order, and a running import with its progress. Knows no controls; takes its services and
 * its two executors (background work, UI thread) in the constructor.
 */
public final class LibraryViewModel {

    static final int PAGE_SIZE = 500;

    private final MediaStore store;
    private final ImportService importService;
    private final Executor background;
    private final Executor ui;

    private final ObservableList<MediaItemViewModel> items = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper itemCount = new ReadOnlyLongWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<SortOrder> sort = new SimpleObjectProperty<>(SortOrder.TAKEN);
    private final DoubleProperty thumbnailSize = new SimpleDoubleProperty(160);
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper importProgress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanBinding libraryEmpty;

    /** Each reload gets a number; pages of an older reload that arrive late are dropped. */
    private final AtomicLong generation = new AtomicLong();
    private volatile Cancellation importCancellation;

    public LibraryViewModel(MediaStore store, ImportService importService, Executor background, Executor ui) {
        this.store = store;
        this.importService = importService;
        this.background = background;
        this.ui = ui;
        this.libraryEmpty = Bindings.createBooleanBinding(
                () -> itemCount.get() == 0 && !loading.get() && !importing.get(), itemCount, loading, importing);
        sort.addListener((obs, old, now) -> reload());
    }

    /** Loads the grid again from the first page, in the current order. */
    public void reload() {
        long mine = generation.incrementAndGet();
        MediaQuery query = MediaQuery.all().withSort(sort.get());
        loading.set(true);
        background.execute(() -> {
            long total = store.count(query);
            int offset = 0;
            Page<MediaItem> page;
            do {
                if (generation.get() != mine) {
                    return;
                }
                page = store.find(query, offset, PAGE_SIZE);
                List<MediaItemViewModel> tiles = page.items().stream().map(MediaItemViewModel::new).toList();
                boolean first = offset == 0;
                boolean last = !page.hasMore();
                ui.execute(() -> {
                    if (generation.get() != mine) {
                        return;
                    }
                    if (first) {
                        items.setAll(tiles);
                        itemCount.set(total);
                    } else {
                        items.addAll(tiles);
                    }
                    if (last) {
                        loading.set(false);
                    }
                });
                offset += PAGE_SIZE;
            } while (page.hasMore());
        });
    }

    /** Imports files and folders in the background; the grid reloads when it ends. */
    public void importPaths(List<Path> paths) {
        if (paths.isEmpty() || importing.get()) {
            return;
        }
        Cancellation cancellation = new Cancellation();
        importCancellation = cancellation;
        importing.set(true);
        importProgress.set(-1);
        status.set("Looking for pictures…");
        Coalescer<ImportProgress> progress = new Coalescer<>(ui, this::showProgress);
        background.execute(() -> {
            ImportReport report;
            try {
                report = importService.importPaths(paths, new ImportListener() {
                    @Override
                    public void onProgress(ImportProgress p) {
                        progress.offer(p);
                    }
                }, cancellation);
            } catch (RuntimeException e) {
                ui.execute(() -> finishImport("Import failed: " + e.getMessage()));
                return;
            }
            ui.execute(() -> finishImport(summary(report)));
        });
    }

    public void cancelImport() {
        Cancellation cancellation = importCancellation;
        if (cancellation != null) {
            cancellation.cancel();
            status.set("Cancelling import…");
        }
    }

    private void showProgress(ImportProgress p) {
        if (!importing.get()) {
            return;
        }
        if (p.scanning() || p.total() == 0) {
            importProgress.set(-1);
            status.set("Looking for pictures: " + p.total() + " files");
        } else {
            importProgress.set((double) p.done() / p.total());
            status.set("Importing " + p.done() + " of " + p.total());
        }
    }

    private void finishImport(String message) {
        importing.set(false);
        importCancellation = null;
        importProgress.set(0);
        status.set(message);
        reload();
    }

    static String summary(ImportReport report) {
        return String.format("%s: %d new, %d already here, %d duplicates, %d skipped",
                report.cancelled() ? "Import cancelled" : "Import finished",
                report.count(ImportOutcome.Kind.IMPORTED) + report.count(ImportOutcome.Kind.MOVED)
                        + report.count(ImportOutcome.Kind.UPDATED),
                report.count(ImportOutcome.Kind.UNCHANGED), report.count(ImportOutcome.Kind.DUPLICATE),
                report.count(ImportOutcome.Kind.SKIPPED));
    }

    public ObservableList<MediaItemViewModel> items() {
        return items;
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

    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty importProgressProperty() {
        return importProgress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanBinding libraryEmptyProperty() {
        return libraryEmpty;
    }
}
