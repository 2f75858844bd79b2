package org.pothos.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pothos.analysis.AnalysisJob;
import org.pothos.analysis.JobStatus;
import org.pothos.analysis.JobStore;
import org.pothos.app.AppContext;
import org.pothos.library.Page;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "jobs", mixinStandardHelpOptions = true,
        description = "List analysis jobs, newest first, with counts per status and durations.")
final class JobsCommand extends LibraryCommand {

    @Option(names = "--status", paramLabel = "S", description = "queued, running, succeeded, failed or cancelled.")
    JobStatus status;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N jobs (default: 50).")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N jobs.")
    int offset;

    @Option(names = "--raw", description = "Also print each job's raw model answer.")
    boolean raw;

    @Option(names = "--purge-days", paramLabel = "D", description = "First delete finished jobs older than D days.")
    Integer purgeDays;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    protected int run(AppContext context) {
        JobStore jobs = context.jobStore();
        if (purgeDays != null) {
            int purged = jobs.purgeFinishedBefore(java.time.Instant.now().minus(java.time.Duration.ofDays(purgeDays)));
            out().println("Purged " + purged + " finished job(s) older than " + purgeDays + " day(s).");
        }
        Page<AnalysisJob> page = jobs.list(status, offset, Math.max(1, limit));
        if (json) {
            ItemPrinter.json(page.items().stream().map(JobsCommand::toMap).toList(), out());
            return OK;
        }
        out().printf("%-7s %-7s %-10s %-20s %-8s %-9s %s%n", "JOB", "ITEM", "STATUS", "MODEL", "TRIES", "TIME", "MESSAGE");
        for (AnalysisJob job : page.items()) {
            out().printf("%-7d %-7d %-10s %-20s %-8d %-9s %s%n", job.id(), job.mediaId(),
                    job.status().name().toLowerCase(Locale.ROOT), job.model(), job.attempts(),
                    job.durationMs() == null ? "-" : String.format("%.1f s", job.durationMs() / 1000.0),
                    job.errorMessage() == null ? "" : job.errorMessage());
            if (job.droppedLabels() != null) {
                out().println("        " + job.droppedLabels());
            }
            if (raw && job.rawAnswer() != null) {
                job.rawAnswer().lines().forEach(line -> out().println("        | " + line));
            }
        }
        Map<JobStatus, Long> counts = jobs.countByStatus();
        StringBuilder summary = new StringBuilder();
        counts.forEach((s, n) -> summary.append(summary.isEmpty() ? "" : ", ").append(n).append(' ').append(s.name().toLowerCase(Locale.ROOT)));
        out().println(summary);
        JobStore.JobStatistics stats = jobs.statistics();
        if (stats.succeeded() > 0) {
            out().printf("Succeeded jobs took %.1f s on average, median %.1f s; last activity %s%n",
                    stats.averageMillis() / 1000.0, stats.medianMillis() / 1000.0, stats.lastActivity());
        }
        return OK;
    }

    private static Map<String, Object> toMap(AnalysisJob job) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", job.id());
        map.put("mediaId", job.mediaId());
        map.put("model", job.model());
        map.put("status", job.status().name().toLowerCase(Locale.ROOT));
        map.put("attempts", job.attempts());
        map.put("createdAt", String.valueOf(job.createdAt()));
        map.put("startedAt", job.startedAt() == null ? null : job.startedAt().toString());
        map.put("finishedAt", job.finishedAt() == null ? null : job.finishedAt().toString());
        map.put("durationMs", job.durationMs());
        map.put("bytesUploaded", job.bytesUploaded());
        map.put("errorKind", job.errorKind() == null ? null : job.errorKind().name());
        map.put("errorMessage", job.errorMessage());
        map.put("rawAnswer", job.rawAnswer());
        map.put("droppedLabels", job.droppedLabels());
        map.put("options", List.of(job.options().toJson()));
        return map;
    }
}
