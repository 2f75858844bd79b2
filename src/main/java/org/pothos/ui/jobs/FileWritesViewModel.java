package org.pothos.ui.jobs;

import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pothos.labelsync.LabelAutoWriter;
import org.pothos.ui.common.Coalescer;

/**
 * The jobs panel's line about labels being written into files in the background: while a round runs, how far it
 * is; after it, how many were written; and the files that could not be written, each with its reason, with a retry.
 * Shown only when there is something to say. Knows no controls; progress arrives from the writer's thread and is
 * coalesced onto the UI thread.
 */
public final class FileWritesViewModel {

    /** What the view needs of the background writer. */
    public interface Writer {
        void addListener(LabelAutoWriter.Listener listener);

        void retryFailed();
    }

    private final Writer writer;
    private final Executor background;
    private final JobsText text;
    private final Coalescer<LabelAutoWriter.Progress> updates;

    private final ReadOnlyBooleanWrapper visible = new ReadOnlyBooleanWrapper(this, "visible");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyBooleanWrapper hasProblems = new ReadOnlyBooleanWrapper(this, "hasProblems");
    private final BooleanProperty problemsShown = new SimpleBooleanProperty(this, "problemsShown");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> problemsView = FXCollections.unmodifiableObservableList(problems);

    public FileWritesViewModel(Writer writer, JobsText text, Executor background, Executor ui) {
        this.writer = writer;
        this.text = text;
        this.background = background;
        this.updates = new Coalescer<>(ui, this::show);
    }

    /** Starts listening to the writer; call once. */
    public void start() {
        writer.addListener(updates::offer);
    }

    /** Writes the files that failed again. */
    public void retry() {
        problemsShown.set(false);
        background.execute(writer::retryFailed);
    }

    public void toggleProblems() {
        problemsShown.set(!problemsShown.get());
    }

    private void show(LabelAutoWriter.Progress now) {
        running.set(now.running());
        progress.set(now.total() == 0 ? 0 : (double) now.done() / now.total());
        problems.setAll(now.problems().stream()
                .map(p -> text.get("files.problem", p.path() == null ? text.itemFallback(p.id()) : p.path().toString(), p.reason()))
                .toList());
        hasProblems.set(!problems.isEmpty());
        if (problems.isEmpty()) {
            problemsShown.set(false);
        }
        if (now.running()) {
            statusText.set(text.get("files.running", now.done(), now.total()));
        } else if (now.written() > 0 || !problems.isEmpty()) {
            if (problems.isEmpty()) {
                statusText.set(text.get("files.written", now.written()));
            } else {
                statusText.set(now.written() == 0 ? text.get("files.notWritten", problems.size())
                        : text.get("files.writtenWithProblems", now.written(), problems.size()));
            }
        }
        visible.set(now.running() || now.written() > 0 || !problems.isEmpty());
    }

    public ReadOnlyBooleanProperty visibleProperty() {
        return visible.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasProblemsProperty() {
        return hasProblems.getReadOnlyProperty();
    }

    public BooleanProperty problemsShownProperty() {
        return problemsShown;
    }

    public ObservableList<String> problems() {
        return problemsView;
    }
}
