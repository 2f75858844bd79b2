package org.pothos.ui.main;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Which of the window's side panes take room from the grid: the detail pane (shown until the user hides it) and
 * the jobs drawer, which opens by itself when a batch starts and closes again when it ends, unless the user opened
 * it; while closed, the status bar carries its one-line summary.
 */
public final class PanesViewModel {

    private final BooleanProperty detailShown = new SimpleBooleanProperty(this, "detailShown", true);
    private final BooleanProperty jobsOpen = new SimpleBooleanProperty(this, "jobsOpen");
    /** The drawer was opened by a batch starting, not by the user: it closes when the batch ends. */
    private boolean openedByBatch;
    private boolean changingForBatch;

    /** @param batchRunning true while analysis jobs run or wait */
    public PanesViewModel(ObservableBooleanValue batchRunning) {
        jobsOpen.addListener((obs, was, open) -> {
            if (!changingForBatch) {
                openedByBatch = false;
            }
        });
        batchRunning.addListener((obs, was, running) -> {
            if (running && !jobsOpen.get()) {
                setJobsForBatch(true);
            } else if (!running && openedByBatch) {
                setJobsForBatch(false);
            }
        });
    }

    private void setJobsForBatch(boolean open) {
        changingForBatch = true;
        try {
            jobsOpen.set(open);
            openedByBatch = open;
        } finally {
            changingForBatch = false;
        }
    }

    public void toggleDetail() {
        detailShown.set(!detailShown.get());
    }

    public void toggleJobs() {
        jobsOpen.set(!jobsOpen.get());
    }

    public BooleanProperty detailShownProperty() {
        return detailShown;
    }

    public BooleanProperty jobsOpenProperty() {
        return jobsOpen;
    }
}
