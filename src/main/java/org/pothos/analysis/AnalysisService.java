package org.pothos.analysis;

import java.time.Clock;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The face of the analysis engine for the GUI and the command line: queue images for a model,
 * cancel and retry jobs, and hear every change as an event (jobs and batch totals).
 */
public final class AnalysisService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AnalysisService.class);
    /** Finished batches whose final figures are kept for those who ask after the end. */
    static final int FINISHED_BATCHES_KEPT = 64;

    private final JobStore jobs;
    private final JobDispatcher dispatcher;
    private final AnalysisEvents events;
    private final Clock clock;
    /** Batches with jobs still to run: every job event visits each of them, so a finished one leaves. */
    private final Map<String, BatchTracker> batches = new ConcurrentHashMap<>();
    private final Map<String, BatchProgress> finishedBatches = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, BatchProgress> eldest) {
            return size() > FINISHED_BATCHES_KEPT;
        }
    });

    public AnalysisService(JobStore jobs, JobDispatcher dispatcher, AnalysisEvents events, Clock clock) {
        this.jobs = jobs;
        this.dispatcher = dispatcher;
        this.events = events;
        this.clock = clock;
        events.add(new AnalysisListener() {
            @Override
            public void onJob(JobEvent event) {
                trackBatches(event);
            }
        });
    }

    /** Puts jobs left running by a crash back in the queue and starts dispatching; returns how many came back. */
    public int start() {
        int recovered = jobs.recoverInterrupted();
        dispatcher.start();
        return recovered;
    }

    /** Whether jobs are being taken from the queue (see {@link #start()}). */
    public boolean isStarted() {
        return dispatcher.isStarted();
    }

    /**
     * Queues one job per item for the model. Items that already have an active job for the same
     * model and options are not queued twice; their jobs become part of the batch.
     */
    public AnalysisBatch analyse(Collection<Long> mediaIds, String model, Long endpointId, AnalysisOptions options) {
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("choose a vision model");
        }
        String batchId = UUID.randomUUID().toString();
        BatchTracker tracker = new BatchTracker(batchId, clock);
        batches.put(batchId, tracker);
        JobStore.EnqueueResult[] result = new JobStore.EnqueueResult[1];
        // An endpoint used for this run only is not in the library: its jobs are queued free, and held to it here.
        boolean runOnly = endpointId != null && RunEndpoints.isRunOnly(endpointId);
        dispatcher.withoutDispatching(() -> {
            result[0] = jobs.enqueue(mediaIds, model.strip(), runOnly ? null : endpointId, options, batchId);
            if (runOnly) {
                dispatcher.pin(result[0].created(), endpointId);
            }
            result[0].createdJobs().forEach(job -> events.onJob(new JobEvent(JobEvent.Type.QUEUED, job, 0, null)));
        });
        Set<Long> ids = new LinkedHashSet<>(result[0].created());
        ids.addAll(result[0].alreadyActive());
        tracker.addJobs(ids);
        LOG.info("Analysis batch {} queued: {} job(s) for {} ({} new, {} already waiting)", batchId, ids.size(), model.strip(),
                result[0].created().size(), result[0].alreadyActive().size());
        retireIfFinished(tracker);
        dispatcher.wake();
        return new AnalysisBatch(batchId, List.copyOf(ids), result[0].created().size(), result[0].alreadyActive().size());
    }

    /** Follows jobs that were queued earlier (for instance before a restart) as one batch. */
    public AnalysisBatch follow(Collection<Long> jobIds) {
        AnalysisBatch batch = track(jobIds);
        dispatcher.wake();
        return batch;
    }

    private AnalysisBatch track(Collection<Long> jobIds) {
        String batchId = UUID.randomUUID().toString();
        BatchTracker tracker = new BatchTracker(batchId, clock);
        tracker.addJobs(jobIds);
        batches.put(batchId, tracker);
        // Jobs may have finished before the tracker was listening: start from their stored state.
        for (Long id : jobIds) {
            jobs.find(id).filter(job -> job.status().isFinished()).ifPresent(tracker::seedFinished);
        }
        LOG.info("Analysis batch {} follows {} waiting job(s)", batchId, jobIds.size());
        retireIfFinished(tracker);
        return new AnalysisBatch(batchId, List.copyOf(jobIds), 0, jobIds.size());
    }

    /**
     * Follows, as one batch, the jobs still queued from an earlier run (or put back after a crash);
     * empty when none wait.
     */
    public java.util.Optional<AnalysisBatch> followQueued() {
        List<Long> queued = jobs.idsWithStatus(JobStatus.QUEUED);
        return queued.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(follow(queued));
    }

    /** Where a batch stands; for a finished batch, its final figures while it is among the latest finished. */
    public BatchProgress progress(String batchId) {
        BatchTracker tracker = batches.get(batchId);
        if (tracker != null) {
            return tracker.progress();
        }
        BatchProgress last = finishedBatches.get(batchId);
        if (last == null) {
            throw new IllegalArgumentException("unknown batch " + batchId);
        }
        return last;
    }

    /** The batches that still have jobs to run (for tests of their bookkeeping). */
    int activeBatches() {
        return batches.size();
    }

    private void trackBatches(JobEvent event) {
        for (BatchTracker tracker : batches.values()) {
            BatchProgress progress = tracker.accept(event);
            if (progress != null) {
                if (progress.finished()) {
                    retire(tracker.batchId(), progress);
                }
                events.onBatch(progress);
            }
        }
    }

    /** The endpoints that do not answer now: their jobs wait, and they are probed until they answer again. */
    public List<EndpointStatus> unreachableEndpoints() {
        return dispatcher.unreachableEndpoints();
    }

    /** The endpoints that keep analysis paused, as none of the enabled ones answers; empty when it is not paused. */
    public List<EndpointStatus> pausedBy() {
        return dispatcher.pausedBy();
    }

    /** Asks the endpoints that do not answer again now, so that paused jobs go on as soon as one answers. */
    public void probeEndpointsNow() {
        dispatcher.probeNow();
    }

    private void retireIfFinished(BatchTracker tracker) {
        BatchProgress progress = tracker.progress();
        if (progress.finished()) {
            retire(tracker.batchId(), progress);
        }
    }

    /** The batch leaves the active ones; its final figures stay readable (first, so that a reader always finds one). */
    private void retire(String batchId, BatchProgress last) {
        finishedBatches.put(batchId, last);
        if (batches.remove(batchId) != null) {
            LOG.info("Analysis batch {} finished: {} job(s), {} succeeded, {} failed, {} cancelled", batchId, last.total(),
                    last.succeeded(), last.failed(), last.cancelled());
        }
    }

    public boolean cancel(long jobId) {
        return dispatcher.cancel(jobId);
    }

    public int cancelAll() {
        return dispatcher.cancelAll();
    }

    /** Failed or cancelled jobs back to the queue. */
    public int retry(Collection<Long> jobIds) {
        int[] count = new int[1];
        dispatcher.withoutDispatching(() -> {
            List<AnalysisJob> requeued = jobs.retry(jobIds);
            followFinishedBatches(requeued.stream().map(AnalysisJob::id).toList());
            requeued.forEach(job -> events.onJob(new JobEvent(JobEvent.Type.QUEUED, job, 0, "retry")));
            count[0] = requeued.size();
        });
        dispatcher.wake();
        return count[0];
    }

    /** Jobs retried after their batch finished are followed as a batch of their own. */
    private void followFinishedBatches(Collection<Long> jobIds) {
        List<Long> untracked = jobIds.stream()
                .filter(id -> batches.values().stream().noneMatch(tracker -> tracker.contains(id)))
                .toList();
        if (!untracked.isEmpty()) {
            track(untracked);
        }
    }

    public int retryFailed() {
        return retry(jobs.idsWithStatus(JobStatus.FAILED));
    }

    public void addListener(AnalysisListener listener) {
        events.add(listener);
    }

    public void removeListener(AnalysisListener listener) {
        events.remove(listener);
    }

    public JobStore jobs() {
        return jobs;
    }

    /** Stops: running jobs are cancelled, queued ones stay queued for the next start. */
    @Override
    public void close() {
        dispatcher.close();
    }
}
