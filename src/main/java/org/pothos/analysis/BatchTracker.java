package org.pothos.analysis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Follows one batch of jobs through their events and works out its progress, throughput and ETA.
 * A job retried after failing counts as pending again.
 */
final class BatchTracker {

    private final String batchId;
    private final Set<Long> jobIds = new HashSet<>();
    private final Clock clock;
    private final Map<Long, JobStatus> finished = new HashMap<>();
    private Instant firstStart;

    /**
     * Jobs queued under {@code batchId} belong to it from the start (the dispatcher may run them
     * before their ids are known here); others join through {@link #addJobs}.
     */
    BatchTracker(String batchId, Clock clock) {
        this.batchId = batchId;
        this.clock = clock;
    }

    String batchId() {
        return batchId;
    }

    synchronized boolean contains(long jobId) {
        return jobIds.contains(jobId);
    }

    synchronized void addJobs(Collection<Long> ids) {
        jobIds.addAll(ids);
    }

    synchronized void seedFinished(AnalysisJob job) {
        if (jobIds.contains(job.id())) {
            finished.put(job.id(), job.status());
        }
    }

    /** Takes an event; returns the new progress when it concerned this batch, else null. */
    synchronized BatchProgress accept(JobEvent event) {
        long id = event.job().id();
        if (batchId.equals(event.job().batchId())) {
            jobIds.add(id);
        }
        if (!jobIds.contains(id)) {
            return null;
        }
        switch (event.type()) {
            case STARTED -> {
                if (firstStart == null) {
                    firstStart = clock.instant();
                }
                finished.remove(id);
            }
            case QUEUED, RETRY_SCHEDULED -> finished.remove(id);
            case SUCCEEDED -> finished.put(id, JobStatus.SUCCEEDED);
            case FAILED -> finished.put(id, JobStatus.FAILED);
            case CANCELLED -> finished.put(id, JobStatus.CANCELLED);
            case PROGRESS -> {
                return null;
            }
        }
        return progress();
    }

    synchronized BatchProgress progress() {
        int succeeded = count(JobStatus.SUCCEEDED);
        int failed = count(JobStatus.FAILED);
        int cancelled = count(JobStatus.CANCELLED);
        int done = succeeded + failed + cancelled;
        double perMinute = 0;
        Duration eta = null;
        if (firstStart != null && done > 0) {
            double minutes = Math.max(1, Duration.between(firstStart, clock.instant()).toMillis()) / 60_000.0;
            perMinute = done / minutes;
            eta = Duration.ofMillis((long) ((jobIds.size() - done) / perMinute * 60_000));
        }
        return new BatchProgress(batchId, jobIds.size(), succeeded, failed, cancelled, perMinute, eta);
    }

    private int count(JobStatus status) {
        return (int) finished.values().stream().filter(s -> s == status).count();
    }
}
