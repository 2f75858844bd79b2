package org.pothos.analysis;

/**
 * Hears the analysis engine. Called from engine threads, possibly often: a user interface adapts
 * and coalesces the calls onto its own thread. A listener must not block.
 */
public interface AnalysisListener {

    default void onJob(JobEvent event) {
    }

    default void onBatch(BatchProgress progress) {
    }

    /** An endpoint stopped answering (its jobs wait), was probed again in vain, or answers again. */
    default void onEndpoint(EndpointStatus status) {
    }
}
