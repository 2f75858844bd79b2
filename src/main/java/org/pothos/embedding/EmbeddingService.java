package org.pothos.embedding;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.pothos.analysis.Endpoint;
import org.pothos.analysis.ErrorKind;
import org.pothos.analysis.ModelCallException;
import org.pothos.common.Cancellation;
import org.pothos.common.DaemonThreads;
import org.pothos.common.UncaughtExceptions;
import org.pothos.search.MeaningSource;
import org.pothos.search.QueryMeaning;
import org.pothos.search.VectorSpace;
import org.pothos.search.Vectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Search by meaning: embeds every item's title, description and labels with an Ollama embedding model, and the
 * words of a search.
 *
 * <p>The work to do is read from the database, not kept in a queue: an item needs a vector when it has words and
 * no vector of the library's model made from the current generation of its texts (every change of them counts a
 * generation, see the search seam in persistence). So the work survives crashes and restarts, a cancelled run
 * resumes where it stopped, and a change of model re-embeds everything in the background, with progress. In the
 * window it runs on a thread of its own, woken a moment after texts change (an analysis finished, an edit);
 * the command line runs it with {@link #runNow}.
 */
public final class EmbeddingService implements MeaningSource, AutoCloseable {

    /** The model to suggest when none is installed: small, fast, good at English, known to Ollama's library. */
    public static final String SUGGESTED_MODEL = "nomic-embed-text";
    /** Chosen in this order when the library has no model yet; any other embedding model after them. */
    static final List<String> PREFERRED = List.of("nomic-embed-text", "embeddinggemma", "mxbai-embed-large");

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddingService.class);
    private static final int BATCH = 16;
    /** The first request loads the model into memory, which can take a while on a busy machine. */
    private static final Duration EMBED_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(15);
    /** Edits in a row (a title typed letter by letter, saved as typed) are embedded once, after they settle. */
    private static final Duration SETTLE = Duration.ofSeconds(2);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    private static final Duration LAST_RETRY = Duration.ofMinutes(5);
    /** How often a search asks the server again for an embedding model when the library has none. */
    private static final Duration MODEL_LOOKUP_INTERVAL = Duration.ofMinutes(1);
    private static final int QUERY_CACHE = 64;

    private final EmbeddingStore store;
    private final EmbeddingClient client;
    private final Supplier<Optional<Endpoint>> endpoint;
    private final Runnable onModelChanged;
    private final List<Consumer<EmbeddingStatus>> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, QueryMeaning> queryCache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, QueryMeaning> eldest) {
            return size() > QUERY_CACHE;
        }
    };
    private final Object passLock = new Object();
    private ScheduledExecutorService worker;
    private ScheduledFuture<?> scheduled;
    private volatile EmbeddingStatus status = EmbeddingStatus.idle(null);
    private volatile Cancellation current = new Cancellation();
    private volatile boolean stoppedByUser;
    private volatile long lastModelLookup;
    private Duration retryDelay = FIRST_RETRY;

    /**
     * @param endpoint       the server to ask (the library's default endpoint)
     * @param onModelChanged told after the library's model changed (the search index then rebuilds its vectors)
     */
    public EmbeddingService(EmbeddingStore store, EmbeddingClient client, Supplier<Optional<Endpoint>> endpoint,
                            Runnable onModelChanged) {
        this.store = store;
        this.client = client;
        this.endpoint = endpoint;
        this.onModelChanged = onModelChanged;
    }

    // ---- background runs (the window) ----

    /** Starts embedding in the background: now, then whenever {@link #wake()} says texts changed. */
    public synchronized void start() {
        if (worker == null) {
            worker = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("pothos-embedding"));
            schedule(Duration.ZERO);
        }
    }

    /** Texts changed: embeds them once the changes settle (unless the person stopped embedding). */
    public void wake() {
        if (!stoppedByUser) {
            schedule(SETTLE);
        }
    }

    /** Stops the current run; nothing more is embedded until {@link #resume()} or the next start. */
    public void cancel() {
        stoppedByUser = true;
        current.cancel();
        EmbeddingStatus now = status;
        setStatus(new EmbeddingStatus(EmbeddingStatus.State.CANCELLED, now.model(), now.done(), now.total(), null));
    }

    public void resume() {
        stoppedByUser = false;
        schedule(Duration.ZERO);
    }

    private synchronized void schedule(Duration delay) {
        if (worker == null || (scheduled != null && !scheduled.isDone()
                && scheduled.getDelay(TimeUnit.MILLISECONDS) <= delay.toMillis())) {
            return;
        }
        if (scheduled != null) {
            scheduled.cancel(false);
        }
        try {
            scheduled = worker.schedule(UncaughtExceptions.logged(this::backgroundRun), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("Embedding is shutting down; not scheduled");
        }
    }

    private void backgroundRun() {
        if (stoppedByUser) {
            return;
        }
        Report report = run(new Cancellation(), progress -> { }, false);
        if (report.retryLater()) {
            schedule(retryDelay);
            retryDelay = retryDelay.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retryDelay.multipliedBy(2);
        } else {
            retryDelay = FIRST_RETRY;
        }
    }

    // ---- one run ----

    /**
     * What a run did.
     *
     * @param embedded   items given a new vector
     * @param confirmed  items whose texts changed in ways that do not change what is embedded
     * @param problem    why the run stopped early, or null
     * @param retryLater whether trying again later may help (the server did not answer)
     */
    public record Report(String model, long embedded, long confirmed, String problem, boolean retryLater) {
    }

    /** Embeds every item that needs it, on the calling thread, until done or cancelled. One run at a time. */
    public Report runNow(Cancellation cancellation, Consumer<EmbeddingStatus> progress) {
        return run(cancellation, progress, true);
    }

    /**
     * @param askServer whether a library without a model asks the server for one now; the background runs, woken by
     *                  every edit, ask at most once a minute
     */
    private Report run(Cancellation cancellation, Consumer<EmbeddingStatus> progress, boolean askServer) {
        synchronized (passLock) {
            current = cancellation;
            Optional<Endpoint> server = endpoint.get();
            if (server.isEmpty()) {
                return stop(null, EmbeddingStatus.State.NO_MODEL, "no Ollama endpoint is set up", false, 0, 0, progress);
            }
            String model;
            try {
                Optional<String> chosen = askServer || store.model().isPresent() || modelLookupDue()
                        ? resolveModel(server.get()) : Optional.empty();
                if (chosen.isEmpty()) {
                    return stop(null, EmbeddingStatus.State.NO_MODEL, noModelMessage(server.get()), false, 0, 0, progress);
                }
                model = chosen.get();
            } catch (ModelCallException e) {
                return stop(null, EmbeddingStatus.State.PAUSED, e.getMessage(), true, 0, 0, progress);
            }
            return embedAll(server.get(), model, cancellation, progress);
        }
    }

    private Report embedAll(Endpoint server, String model, Cancellation cancellation, Consumer<EmbeddingStatus> progress) {
        long total = store.countPending(model);
        long embedded = 0;
        long confirmed = 0;
        long afterId = 0;
        report(new EmbeddingStatus(total == 0 ? EmbeddingStatus.State.IDLE : EmbeddingStatus.State.RUNNING, model, 0, total,
                null), progress);
        while (!cancellation.isCancelled()) {
            List<EmbeddingSource> batch = store.pending(model, afterId, BATCH);
            if (batch.isEmpty()) {
                break;
            }
            afterId = batch.get(batch.size() - 1).id();
            try {
                long[] counts = embedBatch(server, model, batch);
                embedded += counts[0];
                confirmed += counts[1];
            } catch (ModelCallException e) {
                boolean missing = e.kind() == ErrorKind.MODEL_NOT_FOUND;
                LOG.warn("Embedding stopped after {} item(s): {}", embedded, e.getMessage());
                return stop(model, missing ? EmbeddingStatus.State.NO_MODEL : EmbeddingStatus.State.PAUSED, e.getMessage(),
                        !missing && e.kind().isTransient(), embedded, confirmed, progress);
            }
            long done = embedded + confirmed;
            report(new EmbeddingStatus(EmbeddingStatus.State.RUNNING, model, done, Math.max(total, done), null), progress);
        }
        boolean cancelled = cancellation.isCancelled();
        if (embedded > 0) {
            LOG.info("Embedded {} item(s) with {}{}", embedded, model, cancelled ? " (stopped)" : "");
        }
        report(cancelled ? new EmbeddingStatus(EmbeddingStatus.State.CANCELLED, model, embedded + confirmed, total, null)
                : EmbeddingStatus.idle(model), progress);
        return new Report(model, embedded, confirmed, null, false);
    }

    /** Returns how many were embedded and how many only confirmed (their embedded text had not changed). */
    private long[] embedBatch(Endpoint server, String model, List<EmbeddingSource> batch) throws ModelCallException {
        Map<Long, String> stored = store.textHashes(model, batch.stream().map(EmbeddingSource::id).toList());
        Map<Long, Integer> unchanged = new HashMap<>();
        List<EmbeddingSource> changed = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (EmbeddingSource item : batch) {
            String text = EmbeddingPrompts.document(model, EmbeddingText.of(item));
            String hash = EmbeddingText.hash(text);
            if (hash.equals(stored.get(item.id()))) {
                unchanged.put(item.id(), item.generation());
            } else {
                changed.add(item);
                texts.add(text);
                hashes.add(hash);
            }
        }
        if (!unchanged.isEmpty()) {
            store.confirm(model, unchanged);
        }
        if (!changed.isEmpty()) {
            List<float[]> vectors = client.embed(server, model, texts, EMBED_TIMEOUT);
            List<EmbeddingStore.Embedding> embeddings = new ArrayList<>(changed.size());
            for (int i = 0; i < changed.size(); i++) {
                embeddings.add(new EmbeddingStore.Embedding(changed.get(i).id(), changed.get(i).generation(),
                        Vectors.normalised(vectors.get(i)), hashes.get(i)));
            }
            store.save(model, embeddings);
        }
        return new long[] {changed.size(), unchanged.size()};
    }

    private Report stop(String model, EmbeddingStatus.State state, String message, boolean retryLater, long embedded,
                        long confirmed, Consumer<EmbeddingStatus> progress) {
        report(new EmbeddingStatus(state, model, embedded + confirmed, 0, message), progress);
        return new Report(model, embedded, confirmed, message, retryLater);
    }

    private void report(EmbeddingStatus next, Consumer<EmbeddingStatus> progress) {
        progress.accept(next);
        setStatus(next);
    }

    // ---- the model ----

    /** The library's model; when it has none, the best embedding model the server offers, which becomes the library's. */
    private Optional<String> resolveModel(Endpoint server) throws ModelCallException {
        Optional<String> chosen = store.model();
        if (chosen.isPresent()) {
            return chosen;
        }
        lastModelLookup = System.nanoTime();
        List<String> installed = client.embeddingModels(server);
        Optional<String> pick = PREFERRED.stream()
                .flatMap(family -> installed.stream().filter(name -> name.equals(family) || name.startsWith(family + ":")))
                .findFirst()
                .or(() -> installed.stream().findFirst());
        pick.ifPresent(model -> {
            LOG.info("Search by meaning uses the embedding model {}", model);
            store.setModel(model);
            onModelChanged.run();
        });
        return pick;
    }

    /** The embedding models the default endpoint offers, for a choice in Settings. */
    public List<String> installedModels() throws ModelCallException {
        Endpoint server = endpoint.get().orElseThrow(() -> new ModelCallException(ErrorKind.NO_ENDPOINT,
                "no Ollama endpoint is set up"));
        return client.embeddingModels(server);
    }

    public Optional<String> model() {
        return store.model();
    }

    /** Makes {@code model} the library's embedding model: every item is embedded again in the background. */
    public void chooseModel(String model) {
        if (model.equals(store.model().orElse(null))) {
            return;
        }
        store.setModel(model);
        synchronized (queryCache) {
            queryCache.clear();
        }
        onModelChanged.run();
        stoppedByUser = false;
        current.cancel();
        schedule(Duration.ZERO);
    }

    // ---- searching ----

    @Override
    public QueryMeaning embed(String text) {
        Optional<Endpoint> server = endpoint.get();
        if (server.isEmpty()) {
            return QueryMeaning.none("no Ollama endpoint is set up, so search uses words only");
        }
        Optional<String> model = store.model();
        if (model.isEmpty()) {
            model = lookUpModelNowAndThen(server.get());
            if (model.isEmpty()) {
                return QueryMeaning.none(noModelMessage(server.get()));
            }
        }
        String key = model.get() + "\n" + text;
        synchronized (queryCache) {
            QueryMeaning cached = queryCache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        try {
            float[] vector = Vectors.normalised(client.embed(server.get(), model.get(),
                    List.of(EmbeddingPrompts.query(model.get(), text)), QUERY_TIMEOUT).get(0));
            QueryMeaning meaning = QueryMeaning.of(new VectorSpace(model.get(), vector.length), vector);
            synchronized (queryCache) {
                queryCache.put(key, meaning);
            }
            return meaning;
        } catch (ModelCallException e) {
            return QueryMeaning.none(e.getMessage() + "; search uses words only");
        }
    }

    private boolean modelLookupDue() {
        return lastModelLookup == 0 || System.nanoTime() - lastModelLookup >= MODEL_LOOKUP_INTERVAL.toNanos();
    }

    private Optional<String> lookUpModelNowAndThen(Endpoint server) {
        if (!modelLookupDue()) {
            return Optional.empty();
        }
        try {
            Optional<String> found = resolveModel(server);
            found.ifPresent(m -> wake());
            return found;
        } catch (ModelCallException e) {
            return Optional.empty();
        }
    }

    private static String noModelMessage(Endpoint server) {
        return "no embedding model on " + server.url() + ": run `ollama pull " + SUGGESTED_MODEL
                + "` to search by meaning too";
    }

    /** An item's own vector, to find pictures of similar meaning. */
    public Optional<QueryMeaning> meaningOf(long itemId) {
        return store.model().flatMap(model -> store.vector(itemId, model)
                .map(vector -> QueryMeaning.of(new VectorSpace(model, vector.length), Vectors.normalised(vector))));
    }

    // ---- status ----

    public EmbeddingStatus status() {
        return status;
    }

    /** Told of every change of status, on the embedding thread. */
    public void addStatusListener(Consumer<EmbeddingStatus> listener) {
        listeners.add(listener);
    }

    private void setStatus(EmbeddingStatus next) {
        status = next;
        for (Consumer<EmbeddingStatus> listener : listeners) {
            try {
                listener.accept(next);
            } catch (RuntimeException e) {
                LOG.warn("An embedding status listener failed", e);
            }
        }
    }

    @Override
    public void close() {
        current.cancel();
        ScheduledExecutorService w;
        synchronized (this) {
            w = worker;
            worker = null;
        }
        if (w != null) {
            w.shutdown();
            try {
                // A run stops between batches; one still waiting for the server is interrupted (never one in the database).
                if (!w.awaitTermination(5, TimeUnit.SECONDS)) {
                    w.shutdownNow();
                    w.awaitTermination(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
