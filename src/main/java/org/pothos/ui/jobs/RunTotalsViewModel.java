package org.pothos.ui.jobs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.pothos.analysis.BatchProgress;

/**
 * The totals of the current run of batches (see {@link JobsViewModel} for what a run is): counts,
 * throughput, time left, and the two lines built from them, one for the panel and a shorter one for
 * the status bar. Changes on the UI thread only.
 */
public final class RunTotalsViewModel {

    private final JobsText text;
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper done = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper failed = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper remaining = new ReadOnlyIntegerWrapper();
    private final ReadOnlyDoubleWrapper imagesPerMinute = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper etaText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper totalsText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private Collection<BatchProgress> shown = List.of();
    private boolean paused;

    RunTotalsViewModel(JobsText text) {
        this.text = text;
        show(List.of());
    }

    /** While no endpoint answers, a running batch says so instead of a time left that will not hold. */
    void setPaused(boolean paused) {
        this.paused = paused;
        show(shown);
    }

    void show(Collection<BatchProgress> batches) {
        shown = List.copyOf(batches);
        BatchTotals totals = BatchTotals.sum(batches);
        total.set(totals.total());
        done.set(totals.done());
        failed.set(totals.failed());
        remaining.set(totals.remaining());
        imagesPerMinute.set(totals.imagesPerMinute());
        progress.set(batches.isEmpty() ? 0 : totals.fraction());
        if (batches.isEmpty()) {
            etaText.set("");
            totalsText.set(text.get("totals.none"));
            statusText.set("");
            return;
        }
        boolean running = totals.remaining() > 0;
        boolean waiting = running && paused;
        etaText.set(!running || waiting ? "" : totals.eta() == null ? text.get("eta.unknown") : text.timeLeft(totals.eta()));
        totalsText.set(totalsLine(totals, running, waiting));
        statusText.set(waiting ? text.get("status.paused", totals.done(), totals.total())
                : running ? text.get("status.running", totals.done(), totals.total(), etaText.get())
                : text.get("status.finished", totals.done() - totals.failed(), totals.failed()));
    }

    private String totalsLine(BatchTotals totals, boolean running, boolean waiting) {
        List<String> parts = new ArrayList<>();
        if (waiting) {
            parts.add(text.get("totals.paused"));
        }
        parts.add(running ? text.get("totals.done", totals.done(), totals.total()) : text.get("totals.finished", totals.done()));
        parts.add(text.get("totals.failed", totals.failed()));
        if (running) {
            parts.add(text.get("totals.left", totals.remaining()));
        }
        if (totals.imagesPerMinute() > 0) {
            parts.add(text.get("totals.rate", totals.imagesPerMinute()));
        }
        if (running && !waiting) {
            parts.add(etaText.get());
        }
        return String.join(" \u00b7 ", parts);
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** Jobs of the run that ended: succeeded, failed or cancelled. */
    public ReadOnlyIntegerProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty remainingProperty() {
        return remaining.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty imagesPerMinuteProperty() {
        return imagesPerMinute.getReadOnlyProperty();
    }

    /** "about 3 min left"; empty when nothing runs. */
    public ReadOnlyStringProperty etaTextProperty() {
        return etaText.getReadOnlyProperty();
    }

    /** The panel's totals line. */
    public ReadOnlyStringProperty totalsTextProperty() {
        return totalsText.getReadOnlyProperty();
    }

    /** A short line for the status bar; empty before the first batch. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** Done over total: 0 to 1, -1 while the total is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
