package org.pothos.persistence;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pothos.analysis.AnalysisJob;
import org.pothos.analysis.AnalysisOptions;
import org.pothos.analysis.ErrorKind;
import org.pothos.analysis.JobStatus;
import org.pothos.analysis.JobStore;
import org.pothos.analysis.ModelAnswer;
import org.pothos.library.Page;

/** {@link JobStore} over Hibernate: each transition is a single conditional update in its own transaction. */
public final class JpaJobStore implements JobStore {

    private static final int MAX_MESSAGE = 2000;

    private final Database db;
    private final Clock clock;
    private final ResultApplier applier;
    /** Enqueues check-then-insert; one at a time keeps "one active job per slot" true. */
    private final Object enqueueLock = new Object();

    public JpaJobStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.applier = new ResultApplier(new LabelWriter(clock));
    }

    @Override
    public EnqueueResult enqueue(Collection<Long> mediaIds, String model, Long endpointId, AnalysisOptions options,
                                 String batchId) {
        String key = options.key();
        String json = options.toJson();
        synchronized (enqueueLock) {
            return db.call(em -> {
                List<Long> ids = List.copyOf(new java.util.LinkedHashSet<>(mediaIds));
                Set<Long> existing = new HashSet<>();
                Map<Long, Long> active = new java.util.HashMap<>();
                for (List<Long> chunk : chunks(ids)) {
                    existing.addAll(em.createQuery("select m.id from MediaItemEntity m where m.id in :ids", Long.class)
                            .setParameter("ids", chunk).getResultList());
                    em.createQuery("select j.mediaId, j.id from AnalysisJobEntity j where j.mediaId in :ids"
                                    + " and j.model = :model and j.optionsKey = :key and j.status in ('QUEUED', 'RUNNING')", Object[].class)
                            .setParameter("ids", chunk).setParameter("model", model).setParameter("key", key)
                            .getResultList()
                            .forEach(r -> active.put((Long) r[0], (Long) r[1]));
                }
                List<AnalysisJobEntity> created = new ArrayList<>();
                List<Long> skipped = new ArrayList<>();
                Instant now = clock.instant();
                for (Long mediaId : ids) {
                    if (!existing.contains(mediaId)) {
                        throw new IllegalArgumentException("no item with id " + mediaId);
                    }
                    if (active.containsKey(mediaId)) {
                        skipped.add(active.get(mediaId));
                        continue;
                    }
                    AnalysisJobEntity job = new AnalysisJobEntity();
                    job.mediaId = mediaId;
                    job.endpointId = endpointId;
                    job.model = model;
                    job.optionsJson = json;
                    job.optionsKey = key;
                    job.customPrompt = options.customPrompt();
                    job.status = JobStatus.QUEUED.name();
                    job.createdAt = now;
                    job.batchId = batchId;
                    em.persist(job);
                    created.add(job);
                }
                em.flush();
                return new EnqueueResult(created.stream().map(AnalysisJobMapper::toJob).toList(), skipped);
            });
        }
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 500) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + 500)));
        }
        return chunks;
    }

    @Override
    public Optional<AnalysisJob> find(long id) {
        return db.call(em -> Optional.ofNullable(em.find(AnalysisJobEntity.class, id)).map(AnalysisJobMapper::toJob));
    }

    @Override
    public List<AnalysisJob> due(Instant now, int limit) {
        return db.call(em -> em.createQuery("select j from AnalysisJobEntity j where j.status = 'QUEUED'"
                        + " and (j.nextAttemptAt is null or j.nextAttemptAt <= :now) order by j.id", AnalysisJobEntity.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList().stream().map(AnalysisJobMapper::toJob).toList());
    }

    @Override
    public Optional<Instant> nextDueTime() {
        return db.call(em -> Optional.ofNullable(em.createQuery(
                "select min(j.nextAttemptAt) from AnalysisJobEntity j where j.status = 'QUEUED'", Instant.class)
                .getSingleResult()));
    }

    @Override
    public Optional<AnalysisJob> markRunning(long id, Long endpointId, Instant now) {
        return db.call(em -> update(em, id, JobStatus.QUEUED, JobStatus.RUNNING,
                "j.attempts = j.attempts + 1, j.startedAt = :now, j.endpointId = :endpoint, j.finishedAt = null",
                params("now", now, "endpoint", endpointId)) == 1 ? Optional.of(read(em, id)) : Optional.empty());
    }

    @Override
    public AnalysisJob requeue(long id, Instant nextAttemptAt, ErrorKind kind, String message) {
        return db.call(em -> {
            require(update(em, id, JobStatus.RUNNING, JobStatus.QUEUED,
                    "j.nextAttemptAt = :next, j.errorKind = :kind, j.errorMessage = :message",
                    params("next", nextAttemptAt, "kind", kind.name(), "message", clip(message))), id, JobStatus.RUNNING);
            return read(em, id);
        });
    }

    @Override
    public AnalysisJob returnToQueue(long id, String reason) {
        return db.call(em -> {
            require(update(em, id, JobStatus.RUNNING, JobStatus.QUEUED,
                    "j.attempts = case when j.attempts > 0 then j.attempts - 1 else 0 end, j.nextAttemptAt = null,"
                            + " j.errorKind = null, j.errorMessage = :message",
                    params("message", clip(reason))), id, JobStatus.RUNNING);
            return read(em, id);
        });
    }

    @Override
    public AnalysisJob fail(long id, ErrorKind kind, String message, String rawAnswer, Long bytesUploaded, Instant now) {
        return db.call(em -> {
            AnalysisJobEntity job = running(em, id);
            job.status = JobStatus.FAILED.name();
            job.errorKind = kind.name();
            job.errorMessage = clip(message);
            job.rawAnswer = rawAnswer;
            job.bytesUploaded = bytesUploaded;
            finish(job, now);
            return AnalysisJobMapper.toJob(job);
        });
    }

    @Override
    public AnalysisJob succeed(long id, ModelAnswer answer, String rawAnswer, long bytesUploaded, Instant now) {
        return db.callRetryingConflicts(em -> {
            AnalysisJobEntity job = running(em, id);
            MediaItemEntity item = em.find(MediaItemEntity.class, job.mediaId);
            ResultApplier.Applied applied = applier.apply(em, item, answer, job.model, AnalysisOptions.fromJson(job.optionsJson), now);
            job.droppedLabels = clip(applied.describe());
            job.status = JobStatus.SUCCEEDED.name();
            job.rawAnswer = rawAnswer;
            job.resultJson = ModelAnswerJson.write(answer);
            job.bytesUploaded = bytesUploaded;
            job.errorKind = null;
            job.errorMessage = null;
            finish(job, now);
            return AnalysisJobMapper.toJob(job);
        });
    }

    @Override
    public AnalysisJob markCancelled(long id, Instant now) {
        return db.call(em -> {
            AnalysisJobEntity job = running(em, id);
            job.status = JobStatus.CANCELLED.name();
            job.errorKind = null;
            job.errorMessage = "cancelled";
            finish(job, now);
            return AnalysisJobMapper.toJob(job);
        });
    }

    /** A job as a bulk update left it: nothing of it is in the persistence context yet, so this reads the row. */
    private static AnalysisJob read(EntityManager em, long id) {
        return AnalysisJobMapper.toJob(em.find(AnalysisJobEntity.class, id));
    }

    private static AnalysisJobEntity running(EntityManager em, long id) {
        AnalysisJobEntity job = em.find(AnalysisJobEntity.class, id);
        if (job == null || !JobStatus.RUNNING.name().equals(job.status)) {
            throw new IllegalStateException("job " + id + " is not running" + (job == null ? "" : " but " + job.status));
        }
        return job;
    }

    private static void finish(AnalysisJobEntity job, Instant now) {
        // As the column keeps it (microseconds), so that the row returned is the row stored.
        job.finishedAt = now.truncatedTo(ChronoUnit.MICROS);
        job.nextAttemptAt = null;
        job.durationMs = job.startedAt == null ? null : Math.max(0, now.toEpochMilli() - job.startedAt.toEpochMilli());
    }

    @Override
    public List<AnalysisJob> cancelQueued(Collection<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.call(em -> cancel(em, em.createQuery("select j.id from AnalysisJobEntity j where j.status = 'QUEUED'"
                + " and j.id in :ids", Long.class).setParameter("ids", ids).getResultList(), now));
    }

    @Override
    public List<AnalysisJob> cancelAllQueued(Instant now) {
        return db.call(em -> cancel(em, em.createQuery("select j.id from AnalysisJobEntity j where j.status = 'QUEUED'",
                Long.class).getResultList(), now));
    }

    private static List<AnalysisJob> cancel(EntityManager em, List<Long> queued, Instant now) {
        if (queued.isEmpty()) {
            return List.of();
        }
        em.createQuery("update AnalysisJobEntity j set j.status = 'CANCELLED', j.finishedAt = :now,"
                        + " j.errorMessage = 'cancelled', j.nextAttemptAt = null, j.version = j.version + 1"
                        + " where j.status = 'QUEUED' and j.id in :ids")
                .setParameter("now", now).setParameter("ids", queued).executeUpdate();
        return withStatus(em, queued, JobStatus.CANCELLED);
    }

    @Override
    public List<AnalysisJob> retry(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.call(em -> requeueFinished(em, em.createQuery("select j.id from AnalysisJobEntity j"
                + " where j.status in ('FAILED', 'CANCELLED') and j.id in :ids", Long.class).setParameter("ids", ids).getResultList()));
    }

    @Override
    public List<AnalysisJob> retryAllFailed() {
        return db.call(em -> requeueFinished(em, em.createQuery("select j.id from AnalysisJobEntity j where j.status = 'FAILED'",
                Long.class).getResultList()));
    }

    private static List<AnalysisJob> requeueFinished(EntityManager em, List<Long> finished) {
        if (finished.isEmpty()) {
            return List.of();
        }
        em.createQuery("update AnalysisJobEntity j set j.status = 'QUEUED', j.attempts = 0,"
                        + " j.nextAttemptAt = null, j.errorKind = null, j.errorMessage = null, j.finishedAt = null,"
                        + " j.startedAt = null, j.durationMs = null, j.version = j.version + 1"
                        + " where j.status in ('FAILED', 'CANCELLED') and j.id in :ids")
                .setParameter("ids", finished).executeUpdate();
        return withStatus(em, finished, JobStatus.QUEUED);
    }

    /** Those of {@code ids} now in {@code status}, oldest first: the rows a bulk change just moved there. */
    private static List<AnalysisJob> withStatus(EntityManager em, List<Long> ids, JobStatus status) {
        return em.createQuery("select j from AnalysisJobEntity j where j.status = :status and j.id in :ids order by j.id",
                        AnalysisJobEntity.class)
                .setParameter("status", status.name()).setParameter("ids", ids)
                .getResultList().stream().map(AnalysisJobMapper::toJob).toList();
    }

    @Override
    public int recoverInterrupted() {
        return db.call(em -> em.createQuery("update AnalysisJobEntity j set j.status = 'QUEUED', j.nextAttemptAt = null,"
                        + " j.errorMessage = :message, j.version = j.version + 1 where j.status = 'RUNNING'")
                .setParameter("message", INTERRUPTED).executeUpdate());
    }

    @Override
    public Page<AnalysisJob> list(JobStatus status, int offset, int limit) {
        return db.call(em -> {
            var query = em.createQuery("select j from AnalysisJobEntity j"
                    + (status == null ? "" : " where j.status = :status") + " order by j.id desc", AnalysisJobEntity.class);
            if (status != null) {
                query.setParameter("status", status.name());
            }
            List<AnalysisJobEntity> rows = query.setFirstResult(offset).setMaxResults(limit + 1).getResultList();
            boolean more = rows.size() > limit;
            return new Page<>((more ? rows.subList(0, limit) : rows).stream().map(AnalysisJobMapper::toJob).toList(),
                    offset, more);
        });
    }

    @Override
    public List<Long> idsWithStatus(JobStatus status) {
        return db.call(em -> em.createQuery("select j.id from AnalysisJobEntity j where j.status = :s order by j.id", Long.class)
                .setParameter("s", status.name()).getResultList());
    }

    @Override
    public List<AnalysisJob> inBatch(String batchId) {
        return db.call(em -> em.createQuery("select j from AnalysisJobEntity j where j.batchId = :b order by j.id",
                        AnalysisJobEntity.class)
                .setParameter("b", batchId).getResultList().stream().map(AnalysisJobMapper::toJob).toList());
    }

    @Override
    public Map<JobStatus, Long> countByStatus() {
        return db.call(em -> {
            Map<JobStatus, Long> counts = new EnumMap<>(JobStatus.class);
            for (JobStatus s : JobStatus.values()) {
                counts.put(s, 0L);
            }
            em.createQuery("select j.status, count(j) from AnalysisJobEntity j group by j.status", Object[].class)
                    .getResultList()
                    .forEach(r -> counts.put(JobStatus.valueOf((String) r[0]), (Long) r[1]));
            return counts;
        });
    }

    @Override
    public Map<Long, JobStatus> latestStatusByMedia(Collection<Long> mediaIds) {
        Map<Long, JobStatus> latest = new java.util.HashMap<>();
        for (List<Long> chunk : chunks(List.copyOf(mediaIds))) {
            db.call(em -> em.createQuery("select j.mediaId, j.status from AnalysisJobEntity j where j.mediaId in :ids"
                            + " and j.id = (select max(k.id) from AnalysisJobEntity k where k.mediaId = j.mediaId)", Object[].class)
                    .setParameter("ids", chunk).getResultList())
                    .forEach(r -> latest.put((Long) r[0], JobStatus.valueOf((String) r[1])));
        }
        return latest;
    }

    @Override
    public JobStatistics statistics() {
        return db.call(em -> {
            Object[] row = em.createQuery("select count(j), avg(j.durationMs) from AnalysisJobEntity j"
                    + " where j.status = 'SUCCEEDED'", Object[].class).getSingleResult();
            long succeeded = (Long) row[0];
            Long median = succeeded == 0 ? null : em.createQuery("select j.durationMs from AnalysisJobEntity j"
                            + " where j.status = 'SUCCEEDED' order by j.durationMs", Long.class)
                    .setFirstResult((int) (succeeded / 2)).setMaxResults(1).getSingleResult();
            Instant last = em.createQuery("select max(coalesce(j.finishedAt, j.startedAt, j.createdAt))"
                    + " from AnalysisJobEntity j", Instant.class).getSingleResult();
            return new JobStatistics(succeeded, (Double) row[1], median, last);
        });
    }

    @Override
    public int purgeFinishedBefore(Instant cutoff) {
        return db.call(em -> em.createQuery("delete from AnalysisJobEntity j where j.status in"
                        + " ('SUCCEEDED', 'FAILED', 'CANCELLED') and j.finishedAt < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate());
    }

    /** A checked, conditional transition: changes the row only if it is still in {@code from}. */
    private static int update(EntityManager em, long id, JobStatus from, JobStatus to, String set, Map<String, Object> params) {
        if (!from.canMoveTo(to)) {
            throw new IllegalStateException("a job cannot move from " + from + " to " + to);
        }
        var query = em.createQuery("update AnalysisJobEntity j set j.status = :to, " + set
                + ", j.version = j.version + 1 where j.id = :id and j.status = :from");
        params.forEach(query::setParameter);
        return query.setParameter("to", to.name()).setParameter("from", from.name()).setParameter("id", id).executeUpdate();
    }

    /** Query parameters by name; unlike Map.of it takes null values (a message may be absent). */
    private static Map<String, Object> params(Object... namesAndValues) {
        Map<String, Object> params = new java.util.HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return params;
    }

    private static void require(int updated, long id, JobStatus expected) {
        if (updated != 1) {
            throw new IllegalStateException("job " + id + " is not " + expected);
        }
    }

    private static String clip(String message) {
        return message == null || message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE);
    }
}
