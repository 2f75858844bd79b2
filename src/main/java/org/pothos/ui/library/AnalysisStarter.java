package org.pothos.ui.library;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.pothos.analysis.AnalysisBatch;
import org.pothos.analysis.AnalysisOptions;
import org.pothos.analysis.AnalysisService;
import org.pothos.analysis.Endpoint;
import org.pothos.analysis.EndpointService;
import org.pothos.analysis.ModelCallException;
import org.pothos.ui.common.BackgroundTask;
import org.pothos.ui.common.Failures;
import org.pothos.ui.common.TaskExecutor;
import org.pothos.ui.common.Texts;

/**
 * Queues the analysis of items from the window: finds the model to use (the preferred one, else
 * the default endpoint's first vision model) and the options, in the background, and reports in a
 * sentence what happened.
 */
public final class AnalysisStarter {

    private final AnalysisService analysis;
    private final EndpointService endpoints;
    private final Supplier<AnalysisOptions> options;
    private final Supplier<String> preferredModel;
    private final Texts texts;
    private final TaskExecutor tasks;

    public AnalysisStarter(AnalysisService analysis, EndpointService endpoints, Supplier<AnalysisOptions> options,
                           Supplier<String> preferredModel, Texts texts, Executor background, Executor ui) {
        this.texts = texts;
        this.analysis = analysis;
        this.endpoints = endpoints;
        this.options = options;
        this.preferredModel = preferredModel;
        this.tasks = TaskExecutor.of(background, ui);
    }

    /** Queues the items; {@code report} hears, on the UI thread, what was queued or why nothing was. */
    public void analyse(List<Long> mediaIds, Consumer<String> report) {
        analyse(mediaIds, UnaryOperator.identity(), report);
    }

    /** Queues the items with the settings' options as {@code adjust} changes them (say, to ask for suggestions). */
    public void analyse(List<Long> mediaIds, UnaryOperator<AnalysisOptions> adjust, Consumer<String> report) {
        if (mediaIds.isEmpty()) {
            report.accept(texts.get("analysis.nothingToDo"));
            return;
        }
        // Read on the calling (UI) thread, where the preferences behind them live.
        AnalysisOptions chosenOptions = adjust.apply(options.get());
        String preferred = preferredModel.get();
        BackgroundTask.wrap("Queueing the analysis of " + mediaIds.size() + " picture(s)", () -> {
                    Optional<String> model = chooseModel(preferred);
                    if (model.isEmpty()) {
                        return texts.get("ollama.noModel.problem");
                    }
                    AnalysisBatch batch = analysis.analyse(mediaIds, model.get(), null, chosenOptions);
                    return texts.get("analysis.started", batch.jobIds().size(), model.get());
                })
                .onSuccess(report)
                .onFailure(failure -> report.accept(failure instanceof ModelCallException
                        ? failure.getMessage() : texts.get("analysis.notStarted", Failures.reason(failure))))
                .executeWith(tasks);
    }

    private Optional<String> chooseModel(String preferred) throws ModelCallException {
        if (preferred != null && !preferred.isBlank()) {
            return Optional.of(preferred);
        }
        Optional<Endpoint> endpoint = endpoints.defaultEndpoint();
        return endpoint.isEmpty() ? Optional.empty() : endpoints.chooseModel(endpoint.get());
    }
}
