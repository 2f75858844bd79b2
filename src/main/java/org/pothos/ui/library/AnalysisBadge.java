package org.pothos.ui.library;

import org.pothos.analysis.JobStatus;

/** What a grid tile says about an item's analysis. */
public enum AnalysisBadge {
    NONE(null),
    QUEUED("mdi2c-clock-outline"),
    RUNNING("mdi2p-progress-clock"),
    DONE("mdi2c-check-circle"),
    FAILED("mdi2a-alert-circle");

    private final String icon;

    AnalysisBadge(String icon) {
        this.icon = icon;
    }

    public String icon() {
        return icon;
    }

    /** From the item's newest job; a cancelled job leaves the badge the item had before. */
    static AnalysisBadge of(JobStatus status, boolean analysed) {
        if (status == null) {
            return analysed ? DONE : NONE;
        }
        return switch (status) {
            case QUEUED -> QUEUED;
            case RUNNING -> RUNNING;
            case SUCCEEDED -> DONE;
            case FAILED -> analysed ? DONE : FAILED;
            case CANCELLED -> analysed ? DONE : NONE;
        };
    }
}
