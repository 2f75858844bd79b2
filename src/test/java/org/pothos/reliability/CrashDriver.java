package org.pothos.reliability;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.pothos.analysis.AnalysisListener;
import org.pothos.analysis.AnalysisOptions;
import org.pothos.analysis.AnalysisService;
import org.pothos.analysis.JobEvent;
import org.pothos.analysis.JobStatus;
import org.pothos.app.AppContext;
import org.pothos.common.Cancellation;
import org.pothos.library.ImportListener;
import org.pothos.library.ImportOutcome;
import org.pothos.library.MediaQuery;
import org.pothos.library.SortOrder;

/**
 * The process {@link CrashRestartTest} kills: opens the library, imports a folder, queues one batch
 * of analysis jobs (once: the first run that gets that far), and runs the queue to its end. Every run
 * does all of it again, as a person would after a crash; each step is idempotent. It prints one line
 * per event the test can aim a kill at.
 *
 * <p>Arguments: data folder, photo folder, Ollama URL, model, number of items to analyse.
 */
public final class CrashDriver {

    static final String OPENED = "OPENED";
    static final String IMPORTED = "IMPORTED";
    static final String IMPORT_DONE = "IMPORT_DONE";
    static final String QUEUED = "QUEUED";
    static final String STARTED = "STARTED";
    static final String SUCCEEDED = "SUCCEEDED";
    static final String DONE = "DONE";

    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    private CrashDriver() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        Path photos = Path.of(args[1]);
        String url = args[2];
        String model = args[3];
        int toAnalyse = Integer.parseInt(args[4]);
        try (AppContext context = AppContext.open(dataDir, url)) {
            say(OPENED + " " + context.recoveredJobs());
            context.importService().importPaths(List.of(photos), new ImportListener() {
                @Override
                public void onOutcome(ImportOutcome outcome) {
                    if (outcome.kind() == ImportOutcome.Kind.IMPORTED) {
                        say(IMPORTED + " " + outcome.mediaId());
                    }
                }
            }, new Cancellation());
            say(IMPORT_DONE);
            AnalysisService service = context.analysisService();
            Semaphore jobChanged = new Semaphore(0);
            context.analysisSettings().updateAndGet(s -> s.withConcurrency(2));
            service.addListener(new AnalysisListener() {
                @Override
                public void onJob(JobEvent event) {
                    if (event.type() == JobEvent.Type.STARTED) {
                        say(STARTED + " " + event.job().id());
                    } else if (event.type() == JobEvent.Type.SUCCEEDED) {
                        say(SUCCEEDED + " " + event.job().id());
                    }
                    if (event.type() != JobEvent.Type.STARTED && event.type() != JobEvent.Type.PROGRESS) {
                        jobChanged.release();
                    }
                }
            });
            if (total(context.jobStore().countByStatus()) == 0) {
                List<Long> ids = context.mediaStore().findIds(MediaQuery.all().withSort(SortOrder.NAME));
                service.analyse(ids.subList(0, Math.min(toAnalyse, ids.size())), model, null, AnalysisOptions.defaults());
                say(QUEUED);
            }
            service.start();
            // Each job's end wakes the check; the timeout only bounds a wake-up that came before the count.
            while (unfinished(context.jobStore().countByStatus()) > 0) {
                jobChanged.tryAcquire(1, TimeUnit.SECONDS);
            }
            say(DONE);
        }
    }

    private static long total(Map<JobStatus, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static long unfinished(Map<JobStatus, Long> counts) {
        return counts.get(JobStatus.QUEUED) + counts.get(JobStatus.RUNNING);
    }

    private static void say(String line) {
        synchronized (OUT) {
            OUT.println(line);
        }
    }
}
