package org.pothos.ui.jobs;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.pothos.analysis.JobEvent;
import org.pothos.analysis.JobStatus;

/**
 * One queued or running job in the panel. Its properties change on the UI thread only, when the
 * panel takes a batch of engine events; a cell binds to them.
 */
public final class JobRowViewModel {

    private final long jobId;
    private final long mediaId;
    private final String model;
    private final JobsText text;
    private final ReadOnlyStringWrapper itemName = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<JobStatus> status = new ReadOnlyObjectWrapper<>(JobStatus.QUEUED);
    private final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(JobState.UNKNOWN);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper();

    JobRowViewModel(JobState state, String name, JobsText text) {
        this.jobId = state.jobId();
        this.mediaId = state.job().mediaId();
        this.model = state.job().model();
        this.text = text;
        this.itemName.set(name != null ? name : text.itemFallback(mediaId));
        update(state);
    }

    void update(JobState state) {
        status.set(state.running() ? JobStatus.RUNNING : JobStatus.QUEUED);
        progress.set(state.progress());
        stateText.set(cancelling.get() ? text.get("state.cancelling") : stateText(state));
        message.set(message(state));
    }

    private String stateText(JobState state) {
        return switch (state.type()) {
            case RETRY_SCHEDULED -> text.get("state.retryWait");
            case STARTED, PROGRESS -> state.progress() > 0 ? text.get("state.running", state.progress()) : text.get("state.starting");
            default -> text.get("state.queued");
        };
    }

    private String message(JobState state) {
        String said = text.engine(state.message());
        if (state.type() == JobEvent.Type.RETRY_SCHEDULED && said != null) {
            return text.get("message.retrying", said);
        }
        // The engine says "retry" on a QUEUED that came from a retry: nothing to add to the state.
        return state.type() == JobEvent.Type.QUEUED || said == null ? "" : said;
    }

    void markCancelling() {
        cancelling.set(true);
        stateText.set(text.get("state.cancelling"));
    }

    void setItemName(String name) {
        itemName.set(name);
    }

    public long getJobId() {
        return jobId;
    }

    public long getMediaId() {
        return mediaId;
    }

    public String getModel() {
        return model;
    }

    public ReadOnlyStringProperty itemNameProperty() {
        return itemName.getReadOnlyProperty();
    }

    public String getItemName() {
        return itemName.get();
    }

    /** QUEUED (waiting, also between retries) or RUNNING. */
    public ReadOnlyObjectProperty<JobStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public JobStatus getStatus() {
        return status.get();
    }

    public ReadOnlyStringProperty stateTextProperty() {
        return stateText.getReadOnlyProperty();
    }

    /** 0 to 1 while tokens stream in; -1 (indeterminate) while queued or before the first token. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public double getProgress() {
        return progress.get();
    }

    /** What the engine last said about the job, such as why it waits to retry. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String getMessage() {
        return message.get();
    }

    /** True once the user asked to cancel: the row stays until the engine confirms. */
    public ReadOnlyBooleanProperty cancellingProperty() {
        return cancelling.getReadOnlyProperty();
    }
}
