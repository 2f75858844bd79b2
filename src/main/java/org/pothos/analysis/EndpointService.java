package org.pothos.analysis;

import java.util.List;
import java.util.Optional;

/** Managing endpoints: the default one on first start, adding with a checked address, testing, choosing models. */
public final class EndpointService {

    public static final int DEFAULT_MAX_CONCURRENT = 2;

    private final EndpointStore store;
    private final ModelCatalog catalog;
    private final VisionModelClient client;

    public EndpointService(EndpointStore store, ModelCatalog catalog, VisionModelClient client) {
        this.store = store;
        this.catalog = catalog;
        this.client = client;
    }

    /** On a new library, sets up the local Ollama (or {@code OLLAMA_HOST}) as the default endpoint. */
    public void ensureDefault(String ollamaHostVariable) {
        if (store.list().isEmpty()) {
            store.add("Local Ollama", OllamaHost.defaultUrl(ollamaHostVariable), DEFAULT_MAX_CONCURRENT, null);
        }
    }

    public List<Endpoint> list() {
        return store.list();
    }

    public Endpoint add(String name, String address, int maxConcurrent, String bearerToken) {
        String url = OllamaHost.normalise(address);
        if (store.findByUrl(url).isPresent()) {
            throw new IllegalArgumentException("endpoint " + url + " is already set up");
        }
        if (maxConcurrent < 1 || maxConcurrent > 16) {
            throw new IllegalArgumentException("concurrent requests must be 1 to 16");
        }
        return store.add(name == null || name.isBlank() ? url : name.strip(), url, maxConcurrent, bearerToken);
    }

    /** Finds an endpoint by id, or by address (normalised the same way as when it was added). */
    public Optional<Endpoint> find(String idOrAddress) {
        if (idOrAddress.matches("\\d+")) {
            return store.find(Long.parseLong(idOrAddress));
        }
        return store.findByUrl(OllamaHost.normalise(idOrAddress));
    }

    public Optional<Endpoint> defaultEndpoint() {
        return store.list().stream().filter(Endpoint::isDefault).findFirst();
    }

    public void remove(Endpoint endpoint) {
        store.remove(endpoint.id());
    }

    public void setDefault(Endpoint endpoint) {
        store.setDefault(endpoint.id());
    }

    public void setEnabled(Endpoint endpoint, boolean enabled) {
        store.setEnabled(endpoint.id(), enabled);
    }

    public void setDefaultModel(Endpoint endpoint, String model) {
        store.setDefaultModel(endpoint.id(), model);
    }

    public void setMaxConcurrent(Endpoint endpoint, int max) {
        store.setMaxConcurrentRequests(endpoint.id(), max);
    }

    /** The server's version; throws with a readable reason when it does not answer. */
    public String test(Endpoint endpoint) throws ModelCallException {
        return client.version(endpoint);
    }

    /** The endpoint's models, fresh from the server. */
    public List<ModelInfo> refreshModels(Endpoint endpoint) throws ModelCallException {
        return catalog.refresh(endpoint);
    }

    /** Where a model can run: the endpoints that serve it with vision, and what is wrong with the others. */
    public record ModelAvailability(List<Endpoint> serving, List<String> problems) {
        public boolean available() {
            return !serving.isEmpty();
        }
    }

    /**
     * Asks the endpoints (the given one, or every enabled one) whether they serve the model and it
     * sees images, so a batch is not queued for a model that cannot run anywhere.
     */
    public ModelAvailability checkModel(String model, Optional<Endpoint> only) {
        List<Endpoint> targets = only.map(List::of).orElseGet(() -> store.list().stream().filter(Endpoint::enabled).toList());
        List<Endpoint> serving = new java.util.ArrayList<>();
        List<String> problems = new java.util.ArrayList<>();
        for (Endpoint endpoint : targets) {
            try {
                catalog.refresh(endpoint);
                catalog.requireVision(endpoint, model);
                serving.add(endpoint);
            } catch (ModelCallException e) {
                problems.add(e.getMessage());
            }
        }
        if (targets.isEmpty()) {
            problems.add("no enabled endpoint: add one with `endpoints add URL`");
        }
        return new ModelAvailability(serving, problems);
    }

    /** The model to use when none is named: the endpoint's default, else its first vision model. */
    public Optional<String> chooseModel(Endpoint endpoint) throws ModelCallException {
        if (endpoint.defaultModel() != null) {
            return Optional.of(endpoint.defaultModel());
        }
        return catalog.models(endpoint).stream().filter(ModelInfo::vision).map(ModelInfo::name).findFirst();
    }
}
