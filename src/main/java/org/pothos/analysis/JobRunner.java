package org.pothos.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.DoubleConsumer;
import org.pothos.analysis.answer.AnswerParser;
import org.pothos.analysis.answer.AnswerSchema;
import org.pothos.analysis.answer.ParsedAnswer;
import org.pothos.analysis.prompt.PromptBuilder;
import org.pothos.library.MediaItem;
import org.pothos.library.MediaStore;

/**
 * Runs one job on one endpoint: checks the model sees images, prepares the image once, asks the
 * model (one structured call; per field when the model cannot follow a schema) and parses the
 * answer. It records nothing: the dispatcher turns the outcome into a state change.
 */
public final class JobRunner {

    /** Structured answers that failed validation this many times in a row switch a model to per-field mode. */
    static final int STRUCTURED_FAILURES_BEFORE_PER_FIELD = 2;
    /** Prepared images kept ready for upcoming jobs. */
    private static final int PREFETCH_CAPACITY = 16;
    /** Rough length of an answer in streamed chunks, for a progress estimate. */
    private static final double EXPECTED_CHUNKS = 120;

    private final MediaStore media;
    private final ModelCatalog catalog;
    private final VisionModelClient client;
    private final ImagePrefetcher images;
    private final PromptBuilder prompts;
    private final AnswerParser parser;
    private final ExecutorService fieldCalls;
    private final PromptHints.Source hints;
    /** Models seen failing the schema; they are asked per field from then on. */
    private final Set<String> perFieldModels = ConcurrentHashMap.newKeySet();

    /**
     * @param fieldCalls  runs the questions of per-field mode in parallel
     * @param preparation prepares the images of upcoming jobs; about one thread per core keeps ahead of
     *                    a model answering many requests at once
     */
    public JobRunner(MediaStore media, ModelCatalog catalog, VisionModelClient client, ImagePreparer preparer,
                     PromptBuilder prompts, AnswerParser parser, ExecutorService fieldCalls,
                     java.util.concurrent.Executor preparation, PromptHints.Source hints) {
        this.media = media;
        this.catalog = catalog;
        this.client = client;
        this.images = new ImagePrefetcher(preparer, preparation, PREFETCH_CAPACITY);
        this.prompts = prompts;
        this.parser = parser;
        this.fieldCalls = fieldCalls;
        this.hints = hints;
    }

    /**
     * Runs the job; an interrupt (cancel or deadline) surfaces as a {@link ModelCallException}. Only the waits
     * for the image and the model run in {@code section}, where an interrupt can land; the database is read
     * before it.
     */
    JobOutcome run(AnalysisJob job, Endpoint endpoint, java.time.Duration timeout, DoubleConsumer progress,
                   InterruptibleSection section) throws ModelCallException {
        Optional<MediaItem> item = media.findById(job.mediaId());
        if (item.isEmpty()) {
            return JobOutcome.failure(ErrorKind.FILE_MISSING, "the item is no longer in the library", null, 0);
        }
        catalog.requireVision(endpoint, job.model());
        PromptHints itemHints = hints.forItem(job.mediaId());
        return section.run(() -> ask(job, endpoint, item.get(), itemHints, timeout, progress));
    }

    private JobOutcome ask(AnalysisJob job, Endpoint endpoint, MediaItem item, PromptHints itemHints,
                           java.time.Duration timeout, DoubleConsumer progress) throws ModelCallException {
        AnalysisOptions options = job.options();
        byte[] image = images.take(job.mediaId(), item.path(), options);
        Call call = new Call(endpoint, job.model(), image, options, itemHints, timeout, progress);
        if (options.perField() || perFieldModels.contains(job.model())) {
            return perField(call);
        }
        StringBuilder raw = new StringBuilder();
        for (int attempt = 1; attempt <= STRUCTURED_FAILURES_BEFORE_PER_FIELD; attempt++) {
            VisionModelClient.ChatAnswer answer = call.ask(
                    prompts.structuredPrompt(options.fields(), options.language(), options.limits(),
                            options.customPrompt(), options.promptMode(), call.hints),
                    AnswerSchema.forFields(options.fields(), options.limits(), call.hints.allowedCategories()));
            appendRaw(raw, answer.content());
            ParsedAnswer parsed = parser.parse(answer.content(), answer.thinking(), options.fields(), options.limits());
            if (parsed.strict() || parsed.problems().isEmpty()) {
                return JobOutcome.success(parsed.answer(), raw.toString(), call.bytesUploaded);
            }
        }
        perFieldModels.add(job.model());
        JobOutcome fallback = perField(call);
        return fallback.succeeded()
                ? JobOutcome.success(fallback.answer(), raw + "\n\n" + fallback.rawAnswer(), call.bytesUploaded)
                : fallback;
    }

    /** Prepares the image of a job expected to run soon (see {@link ImagePrefetcher}). */
    public void prepareAhead(AnalysisJob job) {
        media.findById(job.mediaId()).ifPresent(item -> images.prefetch(job.mediaId(), item.path(), job.options()));
    }

    /** One question per field, asked in parallel; the answers are parsed field by field and merged. */
    private JobOutcome perField(Call call) throws ModelCallException {
        AnalysisOptions options = call.options;
        Map<AnalysisField, Future<VisionModelClient.ChatAnswer>> futures = new EnumMap<>(AnalysisField.class);
        for (AnalysisField field : options.fields()) {
            String prompt = prompts.fieldPrompt(field, options.language(), options.limits(),
                    options.customPrompt(), options.promptMode(), call.hints);
            futures.put(field, fieldCalls.submit(() -> call.ask(prompt, null)));
        }
        StringBuilder raw = new StringBuilder();
        String title = null;
        String description = null;
        List<String> tags = List.of();
        List<String> categories = List.of();
        List<String> problems = new ArrayList<>();
        try {
            for (Map.Entry<AnalysisField, Future<VisionModelClient.ChatAnswer>> entry : futures.entrySet()) {
                AnalysisField field = entry.getKey();
                VisionModelClient.ChatAnswer answer = await(entry.getValue());
                appendRaw(raw, field.name().toLowerCase(Locale.ROOT) + ": " + answer.content());
                ParsedAnswer parsed = parser.parse(answer.content(), answer.thinking(), Set.of(field), options.limits());
                problems.addAll(parsed.problems());
                switch (field) {
                    case TITLE -> title = parsed.answer().title();
                    case DESCRIPTION -> description = parsed.answer().description();
                    case TAGS -> tags = parsed.answer().tags();
                    case CATEGORIES -> categories = parsed.answer().categories();
                }
            }
        } finally {
            futures.values().forEach(f -> f.cancel(true));
        }
        ModelAnswer merged = new ModelAnswer(title, description, tags, categories);
        if (problems.size() == options.fields().size()) {
            return JobOutcome.failure(ErrorKind.INVALID_ANSWER, "the model's answer could not be read: "
                    + String.join("; ", problems), raw.toString(), call.bytesUploaded);
        }
        return JobOutcome.success(merged, raw.toString(), call.bytesUploaded);
    }

    private static VisionModelClient.ChatAnswer await(Future<VisionModelClient.ChatAnswer> future) throws ModelCallException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelCallException(ErrorKind.TIMEOUT, "the request was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ModelCallException m) {
                throw m;
            }
            throw new ModelCallException(ErrorKind.INTERNAL, String.valueOf(e.getCause()), e.getCause());
        }
    }

    /** The raw answer keeps every reply of the job, separated by blank lines. */
    private static void appendRaw(StringBuilder raw, String content) {
        raw.append(raw.isEmpty() ? "" : "\n\n").append(content == null ? "" : content);
    }

    /** The parts every request of one job shares, and the bytes it has uploaded so far. */
    private final class Call {
        final Endpoint endpoint;
        final String model;
        final byte[] image;
        final AnalysisOptions options;
        final PromptHints hints;
        final java.time.Duration timeout;
        final DoubleConsumer progress;
        volatile long bytesUploaded;

        Call(Endpoint endpoint, String model, byte[] image, AnalysisOptions options, PromptHints hints,
             java.time.Duration timeout, DoubleConsumer progress) {
            this.endpoint = endpoint;
            this.model = model;
            this.image = image;
            this.options = options;
            this.hints = hints;
            this.timeout = timeout;
            this.progress = progress;
        }

        VisionModelClient.ChatAnswer ask(String prompt, Map<String, Object> format) throws ModelCallException {
            synchronized (this) {
                bytesUploaded += image.length;
            }
            return client.chat(endpoint, new VisionModelClient.ChatCall(model, prompt, List.of(image), format, timeout),
                    tokens -> progress.accept(Math.min(0.95, tokens / EXPECTED_CHUNKS)));
        }
    }
}
