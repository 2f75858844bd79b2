package org.pothos.ui.jobs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pothos.analysis.AnalysisJob;
import org.pothos.analysis.AnalysisListener;
import org.pothos.analysis.AnalysisService;
import org.pothos.analysis.BatchProgress;
import org.pothos.analysis.EndpointStatus;
import org.pothos.analysis.JobEvent;
import org.pothos.analysis.JobStatus;
import org.pothos.ui.common.BackgroundTask;
import org.pothos.ui.common.Failures;
import org.pothos.ui.common.TaskExecutor;

/**
 * State of the jobs panel: the queued and running jobs this session knows of, the finished ones
 * (loaded from the store at start, then added as they finish), the totals of the current run, and
 * the actions cancel, cancel all, retry and retry failed.
 * <p>
 * Engine events arrive on engine threads; a {@link JobEventBuffer} keeps the latest state per job
 * and hands them to the UI thread at most every 100 ms. Every service call that may touch the
 * database runs on the background executor. Knows no controls.
 * <p>
 * Totals: several batches may run at once (the user queues more while one runs). The panel sums
 * the batches of the current <em>run</em>: a run starts with the first batch queued while every
 * known batch had finished, and lasts until a batch comes after all of them finished again. So
 * "12 of 40 done" covers everything the user asked for since the panel was last idle.
 */
public final class JobsViewModel implements AutoCloseable {

    /** Finished jobs loaded at start. */
    static final int HISTORY_LOAD = 200;
    private static final Comparator<JobRowViewModel> RUNNING_FIRST = Comparator
            .comparing((JobRowViewModel row) -> row.getStatus() != JobStatus.RUNNING)
            .thenComparingLong(JobRowViewModel::getJobId);
    /** Finished jobs kept in the table; older ones drop off the bottom. */
    static final int HISTORY_LIMIT = 500;
    /** Item ids per name lookup, so that names of a large batch arrive a chunk at a time. */
    private static final int NAME_CHUNK = 200;

    private final AnalysisService service;
    private final ItemNames itemNames;
    private final TaskExecutor tasks;
    private final JobsText text;
    private final JobEventBuffer buffer;

    // Everything below is touched on the UI thread only.
    private final ObservableList<JobRowViewModel> active = FXCollections.observableArrayList();
    private final ObservableList<HistoryRowViewModel> history = FXCollections.observableArrayList();
    private final ObservableList<JobRowViewModel> activeView = FXCollections.unmodifiableObservableList(active);
    private final ObservableList<HistoryRowViewModel> historyView = FXCollections.unmodifiableObservableList(history);
    private final Map<Long, JobState> known = new HashMap<>();
    private final Map<Long, JobRowViewModel> activeById = new HashMap<>();
    private final Map<Long, HistoryRowViewModel> historyById = new HashMap<>();
    private final Map<Long, String> names = new HashMap<>();
    private final Set<Long> namesAsked = new HashSet<>();
    private final Map<String, BatchProgress> run = new LinkedHashMap<>();
    private final RunTotalsViewModel totals;
    private int actionsUnderWay;
    /** Counts the pause checks, so that only the answer to the latest one is shown. */
    private long pauseChecks;

    private final ReadOnlyIntegerWrapper activeCount = new ReadOnlyIntegerWrapper();
    /**
     * Unfinished jobs in the store that are not rows (older than the recent jobs loaded): counted, so that the
     * panel's total is the true one, the same the resume prompt gives.
     */
    private final IntegerProperty unseen = new SimpleIntegerProperty();
    /** The oldest job loaded; an event of an older job not yet known is one of the unseen coming into view. */
    private long oldestLoaded = Long.MAX_VALUE;
    private final ReadOnlyBooleanWrapper hasActiveJobs = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper actionsPending = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper historyLoading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper failedInHistory = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ObjectProperty<HistoryRowViewModel> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper selectedError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper selectedRawAnswer = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper selectedRetryable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<List<EndpointStatus>> pausedBy = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper();

    public JobsViewModel(AnalysisService service, Executor background, Executor ui) {
        this(service, ItemNames.NONE, JobsText.forDefaultLocale(), background, ui);
    }

    /** With file names for the rows, usually {@code ItemNames.from(context.mediaStore())}. */
    public JobsViewModel(AnalysisService service, ItemNames itemNames, Executor background, Executor ui) {
        this(service, itemNames, JobsText.forDefaultLocale(), background, ui);
    }

    public JobsViewModel(AnalysisService service, ItemNames itemNames, JobsText text, Executor background, Executor ui) {
        this.service = service;
        this.itemNames = itemNames;
        this.text = text;
        this.tasks = TaskExecutor.of(background, ui);
        this.buffer = new JobEventBuffer(ui, JobEventBuffer.DEFAULT_INTERVAL, this::apply);
        this.totals = new RunTotalsViewModel(text);
        activeCount.bind(Bindings.size(active).add(unseen));
        hasActiveJobs.bind(activeCount.greaterThan(0));
        busy.bind(hasActiveJobs.or(actionsPending));
        paused.bind(Bindings.createBooleanBinding(() -> hasActiveJobs.get() && !pausedBy.get().isEmpty(), pausedBy, hasActiveJobs));
        paused.addListener((obs, was, now) -> totals.setPaused(now));
        selected.addListener((obs, old, row) -> showSelected(row));
    }

    /** Starts listening to the engine and loads the recent jobs in the background. Call once. */
    public void start() {
        service.addListener(buffer);
        historyLoading.set(true);
        BackgroundTask.wrap("Loading the recent analysis jobs", () -> {
                    Map<JobStatus, Long> counts = service.jobs().countByStatus();
                    long unfinished = counts.getOrDefault(JobStatus.QUEUED, 0L) + counts.getOrDefault(JobStatus.RUNNING, 0L);
                    return new Loaded(service.jobs().list(null, 0, HISTORY_LOAD).items(), unfinished);
                })
                .onSuccess(loaded -> {
                    addLoaded(loaded.recent());
                    long rows = loaded.recent().stream().filter(job -> !job.status().isFinished()).count();
                    unseen.set((int) Math.max(0, loaded.unfinished() - rows));
                })
                .onFailure(failure -> {
                    historyLoading.set(false);
                    notice.set(text.get("notice.historyFailed", Failures.reason(failure)));
                })
                .executeWith(tasks);
        checkPause();
    }

    /** The recent jobs, and how many jobs in the store are queued or running. */
    private record Loaded(List<AnalysisJob> recent, long unfinished) {
    }

    /** Stops listening; the engine goes on without the panel. */
    @Override
    public void close() {
        service.removeListener(buffer);
    }

    /** The engine's view of this panel, so that a test can feed it events. */
    AnalysisListener listener() {
        return buffer;
    }

    // ---- actions: each runs its service call in the background ----

    public void cancel(JobRowViewModel row) {
        row.markCancelling();
        inBackground("Cancelling job " + row.getJobId(), () -> service.cancel(row.getJobId()));
    }

    public void cancelAll() {
        active.forEach(JobRowViewModel::markCancelling);
        inBackground("Cancelling all jobs", service::cancelAll);
    }

    public void retryFailed() {
        inBackground("Retrying the failed jobs", service::retryFailed);
    }

    public void retry(HistoryRowViewModel row) {
        if (row != null && row.isRetryable()) {
            inBackground("Retrying job " + row.getJobId(), () -> service.retry(List.of(row.getJobId())));
        }
    }

    public void retrySelected() {
        retry(selected.get());
    }

    /** Asks the endpoints that keep analysis paused again now, rather than at their next probe. */
    public void checkEndpointsNow() {
        if (isPaused()) {
            inBackground("Asking the Ollama endpoints that do not answer again", service::probeEndpointsNow);
        }
    }

    private void inBackground(String description, BackgroundTask.VoidWork call) {
        actionsUnderWay++;
        actionsPending.set(true);
        notice.set("");
        BackgroundTask.wrap(description, call)
                .onFailure(failure -> notice.set(text.get("notice.actionFailed", Failures.reason(failure))))
                .onFinished(() -> actionsPending.set(--actionsUnderWay > 0))
                .executeWith(tasks);
    }

    // ---- taking events (UI thread) ----

    private void apply(JobEventBuffer.Changes changes) {
        List<JobRowViewModel> added = new ArrayList<>();
        Set<JobRowViewModel> left = new HashSet<>();
        List<HistoryRowViewModel> finished = new ArrayList<>();
        for (JobState incoming : changes.jobs()) {
            JobState current = known.get(incoming.jobId());
            if (current == null && incoming.jobId() < oldestLoaded && unseen.get() > 0) {
                unseen.set(unseen.get() - 1); // one of the unseen comes into view, as a row or in the history
            }
            JobState next = current == null ? incoming : current.then(incoming);
            if (next == current) {
                continue;
            }
            known.put(next.jobId(), next);
            if (next.finished()) {
                JobRowViewModel row = activeById.remove(next.jobId());
                if (row != null) {
                    left.add(row);
                }
                finished.add(new HistoryRowViewModel(next.job(), names.get(next.job().mediaId()), text));
            } else {
                dropFromHistory(next.jobId());
                JobRowViewModel row = activeById.get(next.jobId());
                if (row == null) {
                    row = new JobRowViewModel(next, names.get(next.job().mediaId()), text);
                    activeById.put(next.jobId(), row);
                    added.add(row);
                } else {
                    row.update(next);
                }
            }
        }
        if (!left.isEmpty()) {
            active.removeIf(left::contains);
        }
        active.addAll(added);
        sortActive();
        finished.sort(Comparator.comparing(HistoryRowViewModel::getJobId));
        for (HistoryRowViewModel row : finished) {
            dropFromHistory(row.getJobId());
            history.add(0, row);
            historyById.put(row.getJobId(), row);
        }
        trimHistory();
        updateBatches(changes.batchIds());
        askNames();
        if (changes.endpointsMoved()) {
            checkPause();
        }
    }

    /**
     * Whether analysis is paused, asked of the engine in the background (it reads the endpoint list): an endpoint
     * that stops answering pauses it only when no other enabled one answers.
     */
    private void checkPause() {
        long check = ++pauseChecks;
        BackgroundTask.wrap("Checking whether an Ollama endpoint answers", service::pausedBy)
                .onSuccess(down -> {
                    if (check == pauseChecks) {
                        pausedBy.set(List.copyOf(down));
                    }
                })
                // The panel keeps what it showed; the next change of an endpoint asks again.
                .onFailure(failure -> { })
                .executeWith(tasks);
    }

    /**
     * Running jobs first, then the queue in the order it runs (id order), whatever order the events took. Sorted only
     * when out of order: a sort tells the table every row moved, and most flushes change no order.
     */
    private void sortActive() {
        for (int i = 1; i < active.size(); i++) {
            if (RUNNING_FIRST.compare(active.get(i - 1), active.get(i)) > 0) {
                FXCollections.sort(active, RUNNING_FIRST);
                return;
            }
        }
    }

    private void dropFromHistory(long jobId) {
        HistoryRowViewModel old = historyById.remove(jobId);
        if (old != null) {
            history.remove(old);
            if (selected.get() == old) {
                selected.set(null);
            }
        }
    }

    private void trimHistory() {
        while (history.size() > HISTORY_LIMIT) {
            HistoryRowViewModel oldest = history.remove(history.size() - 1);
            historyById.remove(oldest.getJobId());
            known.remove(oldest.getJobId());
        }
        failedInHistory.set((int) history.stream().filter(r -> r.getStatus() == JobStatus.FAILED).count());
    }

    /**
     * Jobs from the store, newest first. Events seen meanwhile are newer than this snapshot, so a job
     * the panel already knows keeps what the events said.
     */
    private void addLoaded(List<AnalysisJob> jobs) {
        historyLoading.set(false);
        jobs.forEach(job -> oldestLoaded = Math.min(oldestLoaded, job.id()));
        List<JobRowViewModel> queued = new ArrayList<>();
        for (AnalysisJob job : jobs) {
            if (known.containsKey(job.id())) {
                continue;
            }
            JobState state = stateOf(job);
            known.put(job.id(), state);
            if (state.finished()) {
                HistoryRowViewModel row = new HistoryRowViewModel(job, names.get(job.mediaId()), text);
                history.add(row);
                historyById.put(job.id(), row);
            } else {
                JobRowViewModel row = new JobRowViewModel(state, names.get(job.mediaId()), text);
                activeById.put(job.id(), row);
                queued.add(row);
            }
        }
        active.addAll(queued);
        sortActive();
        trimHistory();
        askNames();
    }

    private static JobState stateOf(AnalysisJob job) {
        JobEvent.Type type = switch (job.status()) {
            case QUEUED -> JobEvent.Type.QUEUED;
            case RUNNING -> JobEvent.Type.STARTED;
            case SUCCEEDED -> JobEvent.Type.SUCCEEDED;
            case FAILED -> JobEvent.Type.FAILED;
            case CANCELLED -> JobEvent.Type.CANCELLED;
        };
        return JobState.of(new JobEvent(type, job, 0, job.status().isFinished() ? job.errorMessage() : null));
    }

    // ---- batch totals (UI thread) ----

    /**
     * Reads the batches that moved from the service rather than from their events: the engine
     * publishes a batch's progress outside its lock, so two events of one batch may arrive out of
     * order, and the last one seen need not be the newest. The service's figure is kept in memory
     * (no database, no I/O) and is current when the flush runs, which is after the last event.
     */
    private void updateBatches(Set<String> batchIds) {
        for (String id : batchIds) {
            BatchProgress now;
            try {
                now = service.progress(id);
            } catch (IllegalArgumentException unknown) {
                continue;
            }
            if (!run.containsKey(id) && run.values().stream().allMatch(BatchProgress::finished)) {
                run.clear(); // a new run: the totals of the previous one are done with
            }
            run.put(id, now);
        }
        if (!batchIds.isEmpty()) {
            totals.show(run.values());
        }
    }

    // ---- item names ----

    /** Asks for the names of items that rows show without one, in chunks, in the background. */
    private void askNames() {
        if (itemNames == ItemNames.NONE) {
            return;
        }
        List<Long> wanted = new ArrayList<>();
        for (JobState state : known.values()) {
            long mediaId = state.job().mediaId();
            if (!names.containsKey(mediaId) && namesAsked.add(mediaId)) {
                wanted.add(mediaId);
            }
        }
        for (int from = 0; from < wanted.size(); from += NAME_CHUNK) {
            List<Long> chunk = List.copyOf(wanted.subList(from, Math.min(wanted.size(), from + NAME_CHUNK)));
            BackgroundTask.wrap("Reading the names of " + chunk.size() + " pictures", () -> itemNames.namesOf(chunk))
                    .onSuccess(this::showNames)
                    // Rows keep "Item 42", which is no reason for an error message; the names are asked again later.
                    .onFailure(failure -> namesAsked.removeAll(chunk))
                    .executeWith(tasks);
        }
    }

    private void showNames(Map<Long, String> found) {
        names.putAll(found);
        for (JobRowViewModel row : active) {
            String name = found.get(row.getMediaId());
            if (name != null) {
                row.setItemName(name);
            }
        }
        for (HistoryRowViewModel row : history) {
            String name = found.get(row.getMediaId());
            if (name != null) {
                row.setItemName(name);
            }
        }
    }

    // ---- the selected history row ----

    private void showSelected(HistoryRowViewModel row) {
        selectedError.set(row == null || row.getMessageText().isEmpty() ? "" : row.getMessageText());
        selectedRawAnswer.set(row == null || row.getRawAnswer() == null ? "" : row.getRawAnswer());
        selectedRetryable.set(row != null && row.isRetryable());
    }

    // ---- properties ----

    /** Queued and running jobs, oldest first; a row leaves when its job finishes. */
    public ObservableList<JobRowViewModel> activeJobs() {
        return activeView;
    }

    /** Finished jobs, newest first, at most {@value #HISTORY_LIMIT}. */
    public ObservableList<HistoryRowViewModel> history() {
        return historyView;
    }

    /** The totals of the current run: counts, rate, time left, the panel's totals line and the status bar's line. */
    public RunTotalsViewModel totals() {
        return totals;
    }

    public ReadOnlyIntegerProperty activeCountProperty() {
        return activeCount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasActiveJobsProperty() {
        return hasActiveJobs.getReadOnlyProperty();
    }

    /** Jobs queued or running, or an action (cancel, retry) still on its way to the engine. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty historyLoadingProperty() {
        return historyLoading.getReadOnlyProperty();
    }

    /** Failed jobs in the history table: "Retry failed" has something to do. */
    public ReadOnlyIntegerProperty failedInHistoryProperty() {
        return failedInHistory.getReadOnlyProperty();
    }

    /** Why the last action or the history load did not work; empty when it did. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The history row the user selected: the view sets it; it turns null when that row leaves the history. */
    public ObjectProperty<HistoryRowViewModel> selectedHistoryProperty() {
        return selected;
    }

    public ReadOnlyStringProperty selectedErrorProperty() {
        return selectedError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectedRawAnswerProperty() {
        return selectedRawAnswer.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty selectedRetryableProperty() {
        return selectedRetryable.getReadOnlyProperty();
    }

    /**
     * Analysis is paused: jobs wait and no enabled endpoint answers, so they stay in the queue (their tries
     * untouched) until one does; the engine probes the endpoints and goes on by itself.
     */
    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    public boolean isPaused() {
        return paused.get();
    }

    /** The endpoints that keep analysis paused, with why they do not answer; empty while one answers. */
    public ReadOnlyObjectProperty<List<EndpointStatus>> pausedByProperty() {
        return pausedBy.getReadOnlyProperty();
    }

    /** The texts of the panel, for the view to load its FXML with. */
    public JobsText text() {
        return text;
    }
}
