package org.pothos.ui.main;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.pothos.analysis.AnalysisListener;
import org.pothos.analysis.AnalysisService;
import org.pothos.analysis.JobEvent;
import org.pothos.ui.common.BackgroundTask;
import org.pothos.ui.common.Failures;
import org.pothos.ui.common.TaskExecutor;
import org.pothos.ui.common.Texts;

/**
 * Analysis jobs left queued by the last run (closed window, Ctrl-C, crash) do not start behind the
 * user's back, nor are they forgotten: the window asks once whether to resume or discard them. Until
 * then the engine waits; queueing new work counts as an answer, since it would run them anyway.
 */
public final class ResumePromptViewModel {

    private final AnalysisService analysis;
    private final Set<Long> waiting;
    private final Texts texts;
    private final Executor ui;
    private final TaskExecutor tasks;
    /** The banner's sentence while the question is open, null otherwise. */
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
    private boolean answered;

    /** @param waiting the jobs queued when the library was opened (before this window could queue any) */
    public ResumePromptViewModel(AnalysisService analysis, List<Long> waiting, Texts texts, Executor background, Executor ui) {
        this.analysis = analysis;
        this.waiting = Set.copyOf(waiting);
        this.texts = texts;
        this.ui = ui;
        this.tasks = TaskExecutor.of(background, ui);
    }

    /** Asks, or starts the engine at once when nothing waits. Call on the UI thread. */
    public void start() {
        if (waiting.isEmpty()) {
            answer(false);
            return;
        }
        message.set(texts.get("resume.waiting", waiting.size()));
        analysis.addListener(new AnalysisListener() {
            @Override
            public void onJob(JobEvent event) {
                if (event.type() == JobEvent.Type.QUEUED && !waiting.contains(event.job().id())) {
                    ui.execute(ResumePromptViewModel.this::resume);
                }
            }
        });
    }

    /** The waiting jobs run again, followed as one batch in the jobs panel. */
    public void resume() {
        answer(true);
    }

    /** The waiting jobs are cancelled (they can be retried from the jobs panel); new work runs as usual. */
    public void discard() {
        if (answered) {
            return;
        }
        carryOut(false, "Discarding the jobs left from last time", () -> {
            waiting.forEach(analysis::cancel);
            analysis.start();
        });
    }

    private void answer(boolean followWaiting) {
        if (answered) {
            return;
        }
        carryOut(true, "Starting the analysis engine", () -> {
            analysis.start();
            if (followWaiting) {
                analysis.followQueued();
            }
        });
    }

    /** Closes the question while the answer is carried out; when that fails, asks again and says why. */
    private void carryOut(boolean resumed, String description, BackgroundTask.VoidWork work) {
        answered = true;
        String question = message.get();
        message.set(null);
        BackgroundTask.wrap(description, work)
                .onFailure(failure -> {
                    answered = false;
                    String reason = Failures.reason(failure);
                    message.set(question == null ? texts.get("analysis.notStarted", reason)
                            : texts.get("resume.failed", resumed ? 1 : 0, reason));
                })
                .executeWith(tasks);
    }

    /** The question for the banner, or null when there is none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
