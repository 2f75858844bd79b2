package org.pothos.analysis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which models each endpoint serves and whether they can see images, cached in the database and
 * refreshed when stale or when a job asks for a model the cache does not know.
 */
public final class ModelCatalog {

    static final Duration MAX_AGE = Duration.ofMinutes(10);

    private final EndpointStore endpoints;
    private final VisionModelClient client;
    private final Clock clock;
    private final Map<Long, Instant> refreshedAt = new ConcurrentHashMap<>();
    /** The lists this process read or stored, so that every job does not ask the database again. */
    private final Map<Long, List<ModelInfo>> known = new ConcurrentHashMap<>();

    public ModelCatalog(EndpointStore endpoints, VisionModelClient client, Clock clock) {
        this.endpoints = endpoints;
        this.client = client;
        this.clock = clock;
    }

    /**
     * Asks the endpoint for its models now and stores the answer. Synchronized: workers starting
     * together would otherwise replace the same cached rows at once.
     */
    public synchronized List<ModelInfo> refresh(Endpoint endpoint) throws ModelCallException {
        List<ModelInfo> models = client.models(endpoint);
        endpoints.saveModels(endpoint.id(), models);
        List<ModelInfo> stored = endpoints.models(endpoint.id());
        known.put(endpoint.id(), stored);
        refreshedAt.put(endpoint.id(), clock.instant());
        return stored;
    }

    /**
     * The cached models, refreshed first if this process has not asked for a while. Fresh lists are answered
     * without a lock: every job asks, many at once.
     */
    public List<ModelInfo> models(Endpoint endpoint) throws ModelCallException {
        Instant last = refreshedAt.get(endpoint.id());
        List<ModelInfo> cached = known.get(endpoint.id());
        if (cached != null && last != null && !last.plus(MAX_AGE).isBefore(clock.instant())) {
            return cached;
        }
        synchronized (this) {
            last = refreshedAt.get(endpoint.id());
            if (last == null || last.plus(MAX_AGE).isBefore(clock.instant())) {
                return refresh(endpoint);
            }
            return known.computeIfAbsent(endpoint.id(), endpoints::models);
        }
    }

    /** The model on this endpoint, looking again once if the cache does not list it. */
    public Optional<ModelInfo> find(Endpoint endpoint, String model) throws ModelCallException {
        Optional<ModelInfo> cached = byName(models(endpoint), model);
        return cached.isPresent() ? cached : byName(refresh(endpoint), model);
    }

    /**
     * Checks before any request that the model exists and sees images: Ollama would otherwise drop
     * the image silently and the model would answer blind.
     */
    public void requireVision(Endpoint endpoint, String model) throws ModelCallException {
        ModelInfo info = find(endpoint, model).orElseThrow(() -> new ModelCallException(ErrorKind.MODEL_NOT_FOUND,
                "model " + model + " is not installed on " + endpoint.url() + ": run `ollama pull " + model + "`"));
        if (!info.vision()) {
            throw new ModelCallException(ErrorKind.NOT_VISION, "model " + model + " on " + endpoint.url()
                    + " cannot see images (no vision capability): choose a vision model such as llava, gemma3 or qwen2.5vl");
        }
    }

    /** What the library last heard of the endpoint's models, without asking it (for when it cannot be reached). */
    public List<ModelInfo> lastKnown(Endpoint endpoint) {
        return known.computeIfAbsent(endpoint.id(), endpoints::models);
    }

    /** Forgets that a model was seen, after the server said it is gone. */
    public void invalidate(Endpoint endpoint) {
        refreshedAt.remove(endpoint.id());
        known.remove(endpoint.id());
    }

    private static Optional<ModelInfo> byName(List<ModelInfo> models, String name) {
        return models.stream()
                .filter(m -> m.name().equals(name) || m.name().equals(name + ":latest"))
                .findFirst();
    }
}
