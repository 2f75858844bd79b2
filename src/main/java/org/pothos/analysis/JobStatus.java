package org.pothos.analysis;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of an analysis job and the moves between them:
 * QUEUED → RUNNING → SUCCEEDED | FAILED | CANCELLED; RUNNING → QUEUED (transient error with backoff,
 * or recovery after a crash); QUEUED → CANCELLED; FAILED | CANCELLED → QUEUED (retry).
 */
public enum JobStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED;

    /** Jobs that still hold their (image, model, options) slot: at most one such job per slot. */
    public static final Set<JobStatus> ACTIVE = EnumSet.of(QUEUED, RUNNING);

    public boolean canMoveTo(JobStatus next) {
        return switch (this) {
            case QUEUED -> next == RUNNING || next == CANCELLED;
            case RUNNING -> next == SUCCEEDED || next == FAILED || next == CANCELLED || next == QUEUED;
            case FAILED, CANCELLED -> next == QUEUED;
            case SUCCEEDED -> false;
        };
    }

    public boolean isFinished() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
