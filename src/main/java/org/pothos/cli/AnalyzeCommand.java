package org.pothos.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.pothos.analysis.AnalysisBatch;
import org.pothos.analysis.AnalysisField;
import org.pothos.analysis.AnalysisJob;
import org.pothos.analysis.AnalysisListener;
import org.pothos.analysis.AnalysisOptions;
import org.pothos.analysis.AnalysisService;
import org.pothos.analysis.AnswerLimits;
import org.pothos.analysis.BatchProgress;
import org.pothos.analysis.CustomPromptMode;
import org.pothos.analysis.Endpoint;
import org.pothos.analysis.EndpointService;
import org.pothos.analysis.JobStatus;
import org.pothos.analysis.ModelCallException;
import org.pothos.analysis.OutputLanguage;
import org.pothos.app.AppContext;
import org.pothos.library.MediaQuery;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

@Command(name = "analyze", aliases = "analyse", mixinStandardHelpOptions = true,
        description = {"Ask a vision model for a title, description, tags and categories of each image.",
                "Without a selection, runs the jobs already queued (for instance after Ctrl-C).",
                "Ctrl-C aborts the running requests; they and the queued jobs wait for the next analyze.",
                "Exits 1 when a job failed."})
final class AnalyzeCommand extends LibraryCommand {

    static final class Selection {
        @Option(names = "--all", description = "Every item.")
        boolean all;
        @Option(names = "--unanalysed", description = "Items no model has described yet.")
        boolean unanalysed;
        @Option(names = "--tag", paramLabel = "T", description = "Items with this tag (repeat: all of them).")
        List<String> tags;
        @Parameters(paramLabel = "ID", arity = "1..*", description = "Item ids, as `list` prints them.")
        List<Long> ids;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Selection selection;

    @Option(names = "--model", paramLabel = "M", description = "Vision model (default: the endpoint's default, else its first vision model).")
    String model;

    @Option(names = "--endpoint", paramLabel = "URL", description = "Use only this endpoint (default: every enabled one serving the model).")
    String endpoint;

    @Option(names = "--concurrency", paramLabel = "N", description = "Requests in flight at once, 1 to 16 (default: 2).")
    Integer concurrency;

    @Option(names = "--fields", split = ",", paramLabel = "F", description = "title,description,tags,categories (default: all).")
    List<AnalysisField> fields;

    @Option(names = "--lang", paramLabel = "L", defaultValue = "en", description = "Answer language: en or zh-CN (default: en).")
    String language;

    @Option(names = "--prompt", paramLabel = "TEXT", description = "Your own instructions, added to the default prompt.")
    String prompt;

    @Option(names = "--replace-prompt", description = "Use --prompt instead of the default prompt.")
    boolean replacePrompt;

    @Option(names = "--per-field", description = "Ask one question per field (for models that cannot answer in JSON).")
    boolean perField;

    @Option(names = "--max-tags", paramLabel = "N", defaultValue = "10", description = "At most N tags (default: 10).")
    int maxTags;

    @Option(names = "--max-categories", paramLabel = "N", defaultValue = "3", description = "At most N categories (default: 3).")
    int maxCategories;

    @Option(names = "--max-edge", paramLabel = "PX", defaultValue = "1024",
            description = "Longest edge of the uploaded image, 0 for the original size (default: 1024).")
    int maxEdge;

    @Option(names = "--timeout", paramLabel = "S", description = "Request timeout in seconds (default: 300).")
    Integer timeoutSeconds;

    @Option(names = "--overwrite", description = "Let the model replace titles, descriptions and labels you wrote.")
    boolean overwrite;

    @Option(names = "--review", description = "The answers arrive as suggestions to accept or reject (`review list`), "
            + "even when the library's review mode is off.")
    boolean review;

    @Override
    protected int run(AppContext context) {
        AnalysisOptions options = options();
        if (concurrency != null) {
            context.analysisSettings().updateAndGet(s -> s.withConcurrency(concurrency));
        }
        if (timeoutSeconds != null) {
            context.analysisSettings().updateAndGet(s -> s.withRequestTimeout(Duration.ofSeconds(timeoutSeconds)));
        }
        AnalysisService service = context.analysisService();
        AnalysisBatch batch;
        if (selection == null) {
            batch = service.followQueued().orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "Nothing is queued. Choose images: --all, --unanalysed, --tag T or item ids."));
            out().println("Resuming " + batch.jobIds().size() + " queued job(s).");
        } else {
            Optional<Endpoint> chosen = endpointOption(context);
            String modelName = model != null ? model : defaultModel(context, chosen);
            if (modelName == null) {
                return FAILURE;
            }
            EndpointService.ModelAvailability availability = context.endpointService().checkModel(modelName, chosen);
            if (!availability.available()) {
                availability.problems().forEach(p -> err().println(p));
                return FAILURE;
            }
            List<Long> ids = selectedIds(context);
            if (ids.isEmpty()) {
                out().println("No images match.");
                return OK;
            }
            batch = service.analyse(ids, modelName, chosen.map(Endpoint::id).orElse(null), options);
            out().printf("Queued %d image(s) for %s%s.%n", batch.created(), modelName,
                    batch.alreadyActive() > 0 ? " (" + batch.alreadyActive() + " already queued)" : "");
        }
        return runBatch(service, batch, context);
    }

    private int runBatch(AnalysisService service, AnalysisBatch batch, AppContext context) {
        ProgressLine progress = new ProgressLine(err());
        CountDownLatch finished = new CountDownLatch(1);
        AnalysisListener listener = new AnalysisListener() {
            @Override
            public void onBatch(BatchProgress p) {
                if (!p.batchId().equals(batch.id())) {
                    return;
                }
                progress.update(String.format("Analysing: %d/%d done, %d failed%s", p.done(), p.total(), p.failed(),
                        p.eta() == null ? "" : String.format(", %.1f images/min, about %s left",
                                p.imagesPerMinute(), Durations.describe(p.eta()))));
                if (p.finished()) {
                    finished.countDown();
                }
            }
        };
        service.addListener(listener);
        try (Interruptible interruptible = new Interruptible()) {
            int recovered = service.start();
            if (recovered > 0) {
                out().println("Recovered " + recovered + " job(s) interrupted by an earlier stop.");
            }
            if (!service.progress(batch.id()).finished()) {
                awaitOrCancel(finished, interruptible);
            }
            if (interruptible.cancellation().isCancelled()) {
                service.close(); // aborts running requests: they go back to the queue with the queued jobs
            }
            progress.finish();
            int code = report(context, batch, interruptible.cancellation().isCancelled());
            EmbedCommand.embedForSearch(context, interruptible.cancellation(), out(), err(), true);
            return code;
        } finally {
            service.removeListener(listener);
        }
    }

    private static void awaitOrCancel(CountDownLatch finished, Interruptible interruptible) {
        try {
            while (!finished.await(200, TimeUnit.MILLISECONDS)) {
                if (interruptible.cancellation().isCancelled()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int report(AppContext context, AnalysisBatch batch, boolean interrupted) {
        List<AnalysisJob> jobs = new ArrayList<>();
        for (Long id : batch.jobIds()) {
            context.jobStore().find(id).ifPresent(jobs::add);
        }
        long succeeded = jobs.stream().filter(j -> j.status() == JobStatus.SUCCEEDED).count();
        List<AnalysisJob> failed = jobs.stream().filter(j -> j.status() == JobStatus.FAILED).toList();
        long cancelled = jobs.stream().filter(j -> j.status() == JobStatus.CANCELLED).count();
        long queued = jobs.stream().filter(j -> j.status() == JobStatus.QUEUED).count();
        out().printf("%s: %d succeeded, %d failed, %d cancelled%s%n", interrupted ? "Stopped" : "Done",
                succeeded, failed.size(), cancelled, queued > 0 ? ", " + queued + " still queued (run `analyze` to resume)" : "");
        failed.forEach(j -> out().printf("  item %d (job %d, %s): %s%n", j.mediaId(), j.id(),
                context.mediaStore().findById(j.mediaId()).map(item -> item.path().toString()).orElse("removed"),
                j.errorMessage()));
        out().flush();
        return failed.isEmpty() ? OK : FAILURE;
    }

    private AnalysisOptions options() {
        Set<AnalysisField> chosenFields = fields == null || fields.isEmpty()
                ? EnumSet.allOf(AnalysisField.class) : EnumSet.copyOf(fields);
        OutputLanguage lang;
        try {
            lang = OutputLanguage.fromTag(language);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (replacePrompt && prompt == null) {
            throw new ParameterException(spec.commandLine(), "--replace-prompt needs --prompt TEXT");
        }
        if (maxTags < 1 || maxCategories < 1 || maxEdge < 0) {
            throw new ParameterException(spec.commandLine(), "--max-tags and --max-categories must be at least 1, --max-edge not negative");
        }
        if (concurrency != null && (concurrency < 1 || concurrency > 16)) {
            throw new ParameterException(spec.commandLine(), "--concurrency must be 1 to 16");
        }
        AnswerLimits defaults = AnswerLimits.defaults();
        return AnalysisOptions.builder()
                .fields(chosenFields)
                .language(lang)
                .limits(new AnswerLimits(defaults.maxTitleLength(), defaults.maxDescriptionLength(), maxTags, maxCategories))
                .maxEdge(maxEdge)
                .customPrompt(prompt, replacePrompt ? CustomPromptMode.REPLACE : CustomPromptMode.EXTEND)
                .perField(perField)
                .overwrite(overwrite)
                .review(review)
                .build();
    }

    private Optional<Endpoint> endpointOption(AppContext context) {
        if (endpoint == null) {
            return Optional.empty();
        }
        Optional<Endpoint> found = context.endpointService().find(endpoint);
        if (found.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "No endpoint " + endpoint + ": add it with `endpoints add "
                    + endpoint + "`.");
        }
        return found;
    }

    private String defaultModel(AppContext context, Optional<Endpoint> chosen) {
        Optional<Endpoint> endpointToAsk = chosen.isPresent() ? chosen : context.endpointService().defaultEndpoint();
        if (endpointToAsk.isEmpty()) {
            err().println("No endpoint is set up: add one with `endpoints add URL`.");
            return null;
        }
        try {
            Optional<String> found = context.endpointService().chooseModel(endpointToAsk.get());
            if (found.isEmpty()) {
                err().println("No vision model is installed on " + endpointToAsk.get().url()
                        + ". Install one, for example: ollama pull llava:7b");
                return null;
            }
            return found.get();
        } catch (ModelCallException e) {
            err().println(e.getMessage());
            return null;
        }
    }

    private List<Long> selectedIds(AppContext context) {
        if (selection.ids != null && !selection.ids.isEmpty()) {
            for (Long id : selection.ids) {
                if (context.mediaStore().findById(id).isEmpty()) {
                    throw new ParameterException(spec.commandLine(), "No item with id " + id + ".");
                }
            }
            return selection.ids;
        }
        MediaQuery query = MediaQuery.all();
        if (selection.unanalysed) {
            query = query.withAnalysed(false);
        } else if (selection.tags != null) {
            query = query.withTags(selection.tags);
        }
        return context.mediaStore().findIds(query);
    }
}
