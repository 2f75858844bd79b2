package org.pothos.bench.analysis;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.pothos.analysis.AnalysisBatch;
import org.pothos.analysis.AnalysisJob;
import org.pothos.analysis.AnalysisListener;
import org.pothos.analysis.AnalysisOptions;
import org.pothos.analysis.BatchProgress;
import org.pothos.analysis.Endpoint;
import org.pothos.analysis.JobStatus;
import org.pothos.app.AppContext;

/**
 * One analysis batch through the real engine, as the window or {@code analyze} runs it, timed to its
 * end. The analysis service must have been started once before.
 */
final class PothosBatch {

    /** What one batch took and sent. */
    record Result(long wallNanos, List<AnalysisJob> jobs) {
    }

    private PothosBatch() {
    }

    static Result run(AppContext app, Endpoint endpoint, List<Long> mediaIds, String model, int concurrency,
                      Duration timeout) throws InterruptedException {
        app.analysisSettings().updateAndGet(settings -> settings.withConcurrency(concurrency));
        CountDownLatch finished = new CountDownLatch(1);
        AtomicReference<String> batchId = new AtomicReference<>();
        AnalysisListener listener = new AnalysisListener() {
            @Override
            public void onBatch(BatchProgress progress) {
                if (progress.batchId().equals(batchId.get()) && progress.finished()) {
                    finished.countDown();
                }
            }
        };
        app.analysisService().addListener(listener);
        try {
            long start = System.nanoTime();
            AnalysisBatch batch = app.analysisService().analyse(mediaIds, model, endpoint.id(), AnalysisOptions.defaults());
            batchId.set(batch.id());
            // A batch that ended before its id was known is caught by asking for its progress.
            if (!app.analysisService().progress(batch.id()).finished() && !finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the batch did not finish within " + timeout);
            }
            long wall = System.nanoTime() - start;
            List<AnalysisJob> jobs = batch.jobIds().stream().map(id -> app.jobStore().find(id).orElseThrow()).toList();
            long failed = jobs.stream().filter(job -> job.status() != JobStatus.SUCCEEDED).count();
            if (failed > 0) {
                throw new IllegalStateException(failed + " of " + jobs.size() + " jobs did not succeed, e.g. "
                        + jobs.stream().filter(j -> j.status() != JobStatus.SUCCEEDED).findFirst().map(AnalysisJob::errorMessage).orElse(""));
            }
            return new Result(wall, jobs);
        } finally {
            app.analysisService().removeListener(listener);
        }
    }
}
