package org.pothos.analysis;

/**
 * Something happened to a job. {@code progress} is an estimate from 0 to 1 while it runs (from the
 * tokens streamed so far), 1 when it finished, 0 otherwise.
 */
public record JobEvent(Type type, AnalysisJob job, double progress, String message) {

    public enum Type { QUEUED, STARTED, PROGRESS, SUCCEEDED, FAILED, CANCELLED, RETRY_SCHEDULED }
}
