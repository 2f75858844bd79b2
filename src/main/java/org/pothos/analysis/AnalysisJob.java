package org.pothos.analysis;

import java.time.Instant;

/**
 * An analysis job as services see it: a plain snapshot of its row. {@code droppedLabels} says which labels
 * of the answer a strict vocabulary did not know and left out (null when none).
 */
public record AnalysisJob(
        long id,
        long mediaId,
        Long endpointId,
        String model,
        AnalysisOptions options,
        JobStatus status,
        int attempts,
        Instant nextAttemptAt,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        Long durationMs,
        ErrorKind errorKind,
        String errorMessage,
        String rawAnswer,
        Long bytesUploaded,
        String batchId,
        String droppedLabels) {
}
