package org.pothos.ui.jobs;

import java.time.Instant;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.pothos.analysis.AnalysisJob;
import org.pothos.analysis.ErrorKind;
import org.pothos.analysis.JobStatus;

/** A finished job in the history table: a snapshot, plus the item's name once it is known. */
public final class HistoryRowViewModel {

    private final AnalysisJob job;
    private final String timeText;
    private final String statusText;
    private final String durationText;
    private final String messageText;
    private final ReadOnlyStringWrapper itemName = new ReadOnlyStringWrapper();

    HistoryRowViewModel(AnalysisJob job, String name, JobsText text) {
        this.job = job;
        this.timeText = text.time(job.finishedAt() != null ? job.finishedAt() : job.createdAt());
        this.statusText = text.status(job.status());
        this.durationText = text.duration(job.durationMs());
        this.messageText = job.errorMessage() == null || job.status() == JobStatus.SUCCEEDED ? "" : text.engine(job.errorMessage());
        this.itemName.set(name != null ? name : text.itemFallback(job.mediaId()));
    }

    void setItemName(String name) {
        itemName.set(name);
    }

    public long getJobId() {
        return job.id();
    }

    public long getMediaId() {
        return job.mediaId();
    }

    public String getModel() {
        return job.model();
    }

    public JobStatus getStatus() {
        return job.status();
    }

    public Instant getFinishedAt() {
        return job.finishedAt();
    }

    public Long getDurationMillis() {
        return job.durationMs();
    }

    public int getAttempts() {
        return job.attempts();
    }

    public ErrorKind getErrorKind() {
        return job.errorKind();
    }

    /** Why it failed, in the engine's words; null when it did not. */
    public String getErrorMessage() {
        return job.errorMessage();
    }

    /** Everything the model said, as it said it; null when it said nothing. */
    public String getRawAnswer() {
        return job.rawAnswer();
    }

    public String getTimeText() {
        return timeText;
    }

    public String getStatusText() {
        return statusText;
    }

    public String getDurationText() {
        return durationText;
    }

    /**
     * The message column: why it failed or was cancelled, in the user's language (a success may keep an earlier
     * attempt's error: not shown).
     */
    public String getMessageText() {
        return messageText;
    }

    public ReadOnlyStringProperty itemNameProperty() {
        return itemName.getReadOnlyProperty();
    }

    public String getItemName() {
        return itemName.get();
    }

    /** Failed and cancelled jobs can go back to the queue. */
    public boolean isRetryable() {
        return job.status() == JobStatus.FAILED || job.status() == JobStatus.CANCELLED;
    }
}
