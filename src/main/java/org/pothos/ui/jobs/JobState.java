package org.pothos.ui.jobs;

import org.pothos.analysis.AnalysisJob;
import org.pothos.analysis.JobEvent;

/**
 * What the panel knows of one job after some events: the newest snapshot of the job, the kind of
 * the event that counts, a progress (-1 while nothing is known) and the message to show.
 * {@link #then} folds a newer state into an older one; it is used both while events wait for the
 * UI thread and when the UI thread takes them, so the same rules hold in both places.
 */
record JobState(AnalysisJob job, JobEvent.Type type, double progress, String message) {

    static final double UNKNOWN = -1;

    static JobState of(JobEvent event) {
        return switch (event.type()) {
            case QUEUED, RETRY_SCHEDULED -> new JobState(event.job(), event.type(), UNKNOWN, event.message());
            case STARTED -> new JobState(event.job(), event.type(), UNKNOWN, event.message());
            // A job streams tokens before its progress is worth a bar: 0 means "no token yet".
            case PROGRESS -> new JobState(event.job(), event.type(), event.progress() > 0 ? event.progress() : UNKNOWN, null);
            case SUCCEEDED -> new JobState(event.job(), event.type(), 1, event.message());
            case FAILED, CANCELLED -> new JobState(event.job(), event.type(), 0, event.message());
        };
    }

    long jobId() {
        return job.id();
    }

    boolean finished() {
        return type == JobEvent.Type.SUCCEEDED || type == JobEvent.Type.FAILED || type == JobEvent.Type.CANCELLED;
    }

    boolean running() {
        return type == JobEvent.Type.STARTED || type == JobEvent.Type.PROGRESS;
    }

    /**
     * The state after {@code newer}, given this one. Two orderings are not guaranteed by the engine:
     * a new job's QUEUED is announced by the caller's thread after the insert, when the dispatcher
     * may already have started it; and a retry's QUEUED likewise. A job never goes from running back
     * to plain QUEUED (that move is RETRY_SCHEDULED), so a QUEUED only replaces a finished state.
     * Progress only counts while the job runs: a late token cannot bring a finished job back.
     */
    JobState then(JobState newer) {
        return switch (newer.type) {
            case QUEUED -> finished() ? newer : this;
            case PROGRESS -> {
                if (finished() || type == JobEvent.Type.QUEUED || type == JobEvent.Type.RETRY_SCHEDULED) {
                    yield this;
                }
                // Tokens keep the message of the start ("asking llava:7b on …") and never lower the bar. A start
                // and its tokens folded together stay a start, so that the result still replaces a QUEUED
                // state the panel may hold from the store.
                JobEvent.Type kept = type == JobEvent.Type.STARTED ? JobEvent.Type.STARTED : JobEvent.Type.PROGRESS;
                yield new JobState(job, kept, Math.max(progress, newer.progress), message);
            }
            default -> newer;
        };
    }
}
