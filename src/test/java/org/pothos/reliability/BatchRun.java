package org.pothos.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.pothos.analysis.AnalysisBatch;
import org.pothos.analysis.AnalysisJob;
import org.pothos.analysis.AnalysisListener;
import org.pothos.analysis.AnalysisOptions;
import org.pothos.analysis.AnalysisService;
import org.pothos.analysis.BatchProgress;
import org.pothos.analysis.JobEvent;
import org.pothos.analysis.JobStore;

/** One analysis batch run to its end, with every job event it caused. */
record BatchRun(BatchProgress progress, List<JobEvent> events, List<AnalysisJob> jobs) {

    static BatchRun of(AnalysisService service, JobStore store, Collection<Long> mediaIds, String model, Duration limit)
            throws InterruptedException {
        CountDownLatch finished = new CountDownLatch(1);
        List<JobEvent> events = new CopyOnWriteArrayList<>();
        AnalysisListener listener = new AnalysisListener() {
            @Override
            public void onJob(JobEvent event) {
                events.add(event);
            }

            @Override
            public void onBatch(BatchProgress progress) {
                if (progress.finished()) {
                    finished.countDown();
                }
            }
        };
        service.addListener(listener);
        try {
            AnalysisBatch batch = service.analyse(mediaIds, model, null, AnalysisOptions.defaults());
            assertTrue(finished.await(limit.toMillis(), TimeUnit.MILLISECONDS) || service.progress(batch.id()).finished(),
                    "the batch did not finish within " + limit + ": " + store.list(null, 0, 50).items());
            List<AnalysisJob> jobs = batch.jobIds().stream().map(id -> store.find(id).orElseThrow()).toList();
            return new BatchRun(service.progress(batch.id()), List.copyOf(events), jobs);
        } finally {
            service.removeListener(listener);
        }
    }

    /** What the retries said, in order. */
    List<String> retryMessages() {
        return events.stream().filter(e -> e.type() == JobEvent.Type.RETRY_SCHEDULED).map(JobEvent::message).toList();
    }

    int attempts() {
        return jobs.stream().mapToInt(AnalysisJob::attempts).sum();
    }
}
