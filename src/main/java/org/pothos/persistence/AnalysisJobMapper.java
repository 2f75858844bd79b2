package org.pothos.persistence;

import org.pothos.analysis.AnalysisJob;
import org.pothos.analysis.AnalysisOptions;
import org.pothos.analysis.ErrorKind;
import org.pothos.analysis.JobStatus;

/** Turns job rows into the plain values the analysis engine uses. */
final class AnalysisJobMapper {

    private AnalysisJobMapper() {
    }

    static AnalysisJob toJob(AnalysisJobEntity e) {
        return new AnalysisJob(e.id, e.mediaId, e.endpointId, e.model, AnalysisOptions.fromJson(e.optionsJson),
                JobStatus.valueOf(e.status), e.attempts, e.nextAttemptAt, e.createdAt, e.startedAt, e.finishedAt,
                e.durationMs, e.errorKind == null ? null : ErrorKind.valueOf(e.errorKind), e.errorMessage,
                e.rawAnswer, e.bytesUploaded, e.batchId, e.droppedLabels);
    }
}
