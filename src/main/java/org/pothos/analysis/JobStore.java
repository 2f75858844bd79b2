package org.pothos.analysis;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pothos.library.Page;

/**
 * Persistent analysis jobs. Every state change is one conditional update (checked against the
 * state machine and the row's current state), so a transition either happens whole or not at all.
 * A change returns the rows as it left them, read in its own transaction, so that the events that
 * announce it need no second read. Calls block: never make them on the JavaFX thread.
 */
public interface JobStore {

    /** The message of a job put back in the queue because Pothos stopped (or died) while it ran. */
    String INTERRUPTED = "interrupted: Pothos stopped while this job ran";

    /** Queues one job per item, skipping items that already have an active job for this model and options. */
    EnqueueResult enqueue(Collection<Long> mediaIds, String model, Long endpointId, AnalysisOptions options, String batchId);

    /** The jobs created, and the ids of the active jobs that already covered the other items. */
    record EnqueueResult(List<AnalysisJob> createdJobs, List<Long> alreadyActive) {

        public EnqueueResult {
            createdJobs = List.copyOf(createdJobs);
            alreadyActive = List.copyOf(alreadyActive);
        }

        /** The ids of the jobs created. */
        public List<Long> created() {
            return createdJobs.stream().map(AnalysisJob::id).toList();
        }
    }

    Optional<AnalysisJob> find(long id);

    /** Queued jobs whose next attempt is due at {@code now}, oldest first. */
    List<AnalysisJob> due(Instant now, int limit);

    /** When the earliest queued job that is not yet due becomes due. */
    Optional<Instant> nextDueTime();

    /**
     * QUEUED → RUNNING on the given endpoint (null when it fails before reaching one); the running
     * job, or empty when the job is no longer queued.
     */
    Optional<AnalysisJob> markRunning(long id, Long endpointId, Instant now);

    /** RUNNING → QUEUED after a transient error, to run again at {@code nextAttemptAt}. */
    AnalysisJob requeue(long id, Instant nextAttemptAt, ErrorKind kind, String message);

    /** RUNNING → FAILED with the reason and whatever the model said. */
    AnalysisJob fail(long id, ErrorKind kind, String message, String rawAnswer, Long bytesUploaded, Instant now);

    /**
     * RUNNING → SUCCEEDED and the answer applied to the item, in one transaction: either both
     * happen or neither does.
     */
    AnalysisJob succeed(long id, ModelAnswer answer, String rawAnswer, long bytesUploaded, Instant now);

    /**
     * RUNNING → QUEUED for a job whose request was aborted because Pothos is stopping: it runs again
     * at the next start, and the aborted attempt does not count towards its retries.
     */
    AnalysisJob returnToQueue(long id, String reason);

    /** RUNNING → CANCELLED, for a job whose request was aborted. */
    AnalysisJob markCancelled(long id, Instant now);

    /** QUEUED → CANCELLED for those of {@code ids} still queued; returns those it cancelled. */
    List<AnalysisJob> cancelQueued(Collection<Long> ids, Instant now);

    /** QUEUED → CANCELLED for every queued job; returns those it cancelled. */
    List<AnalysisJob> cancelAllQueued(Instant now);

    /** FAILED or CANCELLED → QUEUED with a fresh attempt count; returns those it queued again. */
    List<AnalysisJob> retry(Collection<Long> ids);

    /** Every failed job back to QUEUED; returns those it queued again. */
    List<AnalysisJob> retryAllFailed();

    /** RUNNING → QUEUED for jobs a crash or kill left running; call once at start-up. */
    int recoverInterrupted();

    Page<AnalysisJob> list(JobStatus status, int offset, int limit);

    /** The ids of every job in {@code status}, oldest first (without loading the jobs themselves). */
    List<Long> idsWithStatus(JobStatus status);

    List<AnalysisJob> inBatch(String batchId);

    Map<JobStatus, Long> countByStatus();

    /** The status of each item's newest job, for those of {@code mediaIds} that have one (grid badges). */
    Map<Long, JobStatus> latestStatusByMedia(Collection<Long> mediaIds);

    JobStatistics statistics();

    /** Deletes finished jobs that ended before {@code cutoff}; returns how many. */
    int purgeFinishedBefore(Instant cutoff);

    /** Duration figures over succeeded jobs and the time of the last change. */
    record JobStatistics(long succeeded, Double averageMillis, Long medianMillis, Instant lastActivity) {
    }
}
