package org.pothos.ui.similar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pothos.common.Cancellation;
import org.pothos.library.Label;
import org.pothos.library.MediaItem;
import org.pothos.similar.DuplicateFinder;
import org.pothos.similar.DuplicateGroup;
import org.pothos.similar.DuplicateResolver;
import org.pothos.similar.PerceptualHashBackfill;
import org.pothos.ui.common.BackgroundTask;
import org.pothos.ui.common.Coalescer;
import org.pothos.ui.common.Failures;
import org.pothos.ui.common.TaskExecutor;
import org.pothos.ui.common.Texts;
import org.pothos.ui.detail.Facts;
import org.pothos.ui.library.MediaItemViewModel;

/**
 * The Duplicates window's state: the threshold, the search (fingerprinting the pictures that have none yet, with
 * progress and a stop, then grouping), the groups found, and keeping one picture of a group (the others' labels
 * merged into it; their files kept, or moved to the trash on request).
 */
public final class DuplicatesViewModel {

    private final PerceptualHashBackfill fingerprints;
    private final DuplicateFinder finder;
    private final DuplicateResolver resolver;
    private final Texts texts;
    private final Locale locale;
    private final TaskExecutor tasks;
    private final IntegerProperty threshold = new SimpleIntegerProperty(DuplicateFinder.DEFAULT_THRESHOLD);
    private final BooleanProperty moveToTrash = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper trashAvailable = new ReadOnlyBooleanWrapper();
    private final ObservableList<DuplicateGroupViewModel> groups = FXCollections.observableArrayList();
    private Runnable onLibraryChanged = () -> { };
    private volatile Cancellation running;

    public DuplicatesViewModel(PerceptualHashBackfill fingerprints, DuplicateFinder finder, DuplicateResolver resolver,
                               Texts texts, Locale locale, Executor background, Executor ui) {
        this.fingerprints = fingerprints;
        this.finder = finder;
        this.resolver = resolver;
        this.texts = texts;
        this.locale = locale;
        this.tasks = TaskExecutor.of(background, ui);
        // Asking the system about its trash starts the AWT toolkit: never on the JavaFX thread.
        BackgroundTask.wrap("Looking for the system's trash", resolver::trashAvailable)
                .onSuccess(trashAvailable::set)
                .onFailure(failure -> trashAvailable.set(false))
                .executeWith(tasks);
    }

    /** Told after pictures left the library, so the grid and the counts follow. */
    public void setOnLibraryChanged(Runnable onLibraryChanged) {
        this.onLibraryChanged = onLibraryChanged;
    }

    /** Fingerprints what has no fingerprint yet, then groups at the current threshold. */
    public void find() {
        if (busy.get()) {
            return;
        }
        Cancellation cancellation = new Cancellation();
        running = cancellation;
        busy.set(true);
        progress.set(-1);
        groups.clear();
        status.set(texts.get("duplicates.grouping"));
        int chosen = threshold.get();
        Coalescer<long[]> shown = new Coalescer<>(tasks.ui(), done -> {
            if (busy.get()) {
                progress.set((double) done[0] / done[1]);
                status.set(texts.get("duplicates.fingerprinting", done[0], done[1]));
            }
        });
        BackgroundTask.wrap("Finding duplicates", () -> {
                    long missing = fingerprints.missing();
                    if (missing > 0) {
                        fingerprints.run(done -> shown.offer(new long[] {done, missing}), cancellation);
                    }
                    return cancellation.isCancelled() ? List.<DuplicateGroup>of() : finder.find(chosen);
                })
                .onSuccess(found -> {
                    if (!cancellation.isCancelled()) {
                        groups.setAll(found.stream().map(this::group).toList());
                        status.set(texts.get("duplicates.found", found.size()));
                    } else {
                        status.set("");
                    }
                })
                .onFailure(failure -> status.set(texts.get("duplicates.failed", Failures.reason(failure))))
                .onFinished(() -> {
                    busy.set(false);
                    progress.set(0);
                })
                .executeWith(tasks);
    }

    /** Stops fingerprinting; what is done is kept for next time. */
    public void cancel() {
        Cancellation cancellation = running;
        if (cancellation != null) {
            cancellation.cancel();
        }
    }

    private DuplicateGroupViewModel group(DuplicateGroup group) {
        List<SimilarTile> members = new ArrayList<>();
        for (DuplicateGroup.Member member : group.members()) {
            MediaItem item = member.item();
            String closeness = item == group.suggestedKeeper() ? texts.get("duplicates.best")
                    : member.sameContent() ? texts.get("duplicates.distance.same")
                    : texts.get("duplicates.distance.bits", Math.max(0, member.distance()));
            members.add(new SimilarTile(new MediaItemViewModel(item.tile()), item, closeness));
        }
        return new DuplicateGroupViewModel(group, members);
    }

    /** The lines under a member's picture: closeness, size, date, labels, file name. */
    public List<String> describe(SimilarTile tile) {
        MediaItem item = tile.item();
        String taken = Facts.takenAt(item, locale);
        List<String> labels = new ArrayList<>();
        item.tags().stream().map(Label::name).forEach(labels::add);
        item.categories().stream().map(Label::name).forEach(labels::add);
        return List.of(tile.closeness(),
                texts.get("duplicates.size", item.displayWidth(), item.displayHeight(), Facts.fileSize(item.sizeBytes(), locale)),
                taken.isEmpty() ? texts.get("duplicates.undated") : taken,
                String.join(", ", labels),
                item.fileName());
    }

    /** Keeps the chosen picture of a group; the others leave the library (their files to the trash if asked). */
    public void keep(DuplicateGroupViewModel group) {
        keep(List.of(group));
    }

    /** Keeps the chosen (by default the best) picture of every group. */
    public void keepAll() {
        keep(List.copyOf(groups));
    }

    private void keep(List<DuplicateGroupViewModel> chosen) {
        if (busy.get() || chosen.isEmpty()) {
            return;
        }
        busy.set(true);
        boolean trash = moveToTrash.get() && trashAvailable.get();
        BackgroundTask.wrap("Keeping one of each group of duplicates", () -> {
                    List<DuplicateResolver.Outcome> outcomes = new ArrayList<>();
                    for (DuplicateGroupViewModel group : chosen) {
                        MediaItem kept = group.keepProperty().get().item();
                        List<MediaItem> others = group.members().stream().map(SimilarTile::item).filter(i -> i != kept).toList();
                        outcomes.add(resolver.keep(kept, others, trash));
                    }
                    return outcomes;
                })
                .onSuccess(outcomes -> {
                    groups.removeAll(chosen);
                    status.set(summary(outcomes));
                    onLibraryChanged.run();
                })
                .onFailure(failure -> status.set(texts.get("duplicates.keepFailed", Failures.reason(failure))))
                .onFinished(() -> busy.set(false))
                .executeWith(tasks);
    }

    private String summary(List<DuplicateResolver.Outcome> outcomes) {
        int removed = outcomes.stream().mapToInt(o -> o.removedIds().size()).sum();
        int trashed = outcomes.stream().mapToInt(DuplicateResolver.Outcome::trashed).sum();
        StringBuilder text = new StringBuilder(texts.get("duplicates.kept", removed,
                moveToTrash.get() && trashAvailable.get() ? texts.get("duplicates.trashed", trashed) : ""));
        for (DuplicateResolver.Outcome outcome : outcomes) {
            for (Map.Entry<java.nio.file.Path, String> failed : outcome.notTrashed().entrySet()) {
                text.append(' ').append(texts.get("duplicates.notTrashed", failed.getKey().getFileName(), failed.getValue()));
            }
        }
        return text.toString();
    }

    public IntegerProperty thresholdProperty() {
        return threshold;
    }

    /** Whether removed pictures' files go to the system's trash (only where it has one). */
    public BooleanProperty moveToTrashProperty() {
        return moveToTrash;
    }

    public ReadOnlyBooleanProperty trashAvailableProperty() {
        return trashAvailable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** 0 to 1 while fingerprinting, -1 while grouping. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObservableList<DuplicateGroupViewModel> groups() {
        return groups;
    }
}
