package org.pothos.analysis;

import java.util.List;
import java.util.Optional;

/** Managing endpoints: the default one on first start, adding with a checked address, testing, choosing models. */
public final class EndpointService {

    public static final int DEFAULT_MAX_CONCURRENT = 2;

    private final RunEndpoints store;
    private final ModelCatalog catalog;
    private final VisionModelClient client;
    private final EndpointTokens tokens;

    public EndpointService(RunEndpoints store, ModelCatalog catalog, VisionModelClient client, EndpointTokens tokens) {
        this.store = store;
        this.catalog = catalog;
        this.client = client;
        this.tokens = tokens;
    }

    /**
     * On a new library, sets up the local Ollama as the default endpoint, at {@code OLLAMA_HOST} when that names
     * an address (a bad value is told where Ollama is used, see {@link #hostProblem()}).
     */
    public void ensureDefault() {
        store.ensureLocal("Local Ollama", DEFAULT_MAX_CONCURRENT);
    }

    /** {@code OLLAMA_HOST} as read for this run. */
    public OllamaHost.Setting host() {
        return store.host();
    }

    /** Why {@code OLLAMA_HOST} cannot be used, naming it and its value; empty when it is fine or unset. */
    public Optional<String> hostProblem() {
        return Optional.ofNullable(store.host().problem());
    }

    /** Where tokens are kept, in words for the user. */
    public String tokensKept() {
        return tokens.whereKept();
    }

    /** The address the library saved for an endpoint, when this run uses another ({@code OLLAMA_HOST}). */
    public Optional<String> savedUrl(Endpoint endpoint) {
        return store.savedUrl(endpoint.id());
    }

    /**
     * An address named for one run that was never added: it is used as given, for this run only (as Ollama's
     * own clients do); {@code endpoints add} keeps it.
     */
    public Endpoint forThisRun(String address) {
        String url = OllamaHost.normalise(address);
        return store.findByUrl(url).orElseGet(() -> store.addForRun(url));
    }

    public boolean isForThisRunOnly(Endpoint endpoint) {
        return RunEndpoints.isRunOnly(endpoint.id());
    }

    /**
     * Changes an endpoint; a null argument leaves that setting as it is, a blank token removes the token.
     *
     * @return the endpoint as it is now
     */
    public Endpoint update(Endpoint endpoint, String name, Integer maxConcurrent, String token, Boolean enabled) {
        if (maxConcurrent != null && (maxConcurrent < 1 || maxConcurrent > 16)) {
            throw new IllegalArgumentException("concurrent requests must be 1 to 16");
        }
        if (name != null && name.isBlank()) {
            throw new IllegalArgumentException("a name cannot be empty");
        }
        if (name != null) {
            store.setName(endpoint.id(), name.strip());
        }
        if (maxConcurrent != null) {
            store.setMaxConcurrentRequests(endpoint.id(), maxConcurrent);
        }
        if (token != null) {
            store.setBearerToken(endpoint.id(), token.isBlank() ? null : token.strip());
        }
        if (enabled != null) {
            store.setEnabled(endpoint.id(), enabled);
        }
        return store.find(endpoint.id()).orElseThrow();
    }

    public List<Endpoint> list() {
        return store.list();
    }

    public Endpoint add(String name, String address, int maxConcurrent, String bearerToken) {
        String url = OllamaHost.normalise(address);
        if (store.findByUrl(url).filter(e -> !RunEndpoints.isRunOnly(e.id())).isPresent()) {
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

    /**
     * Where a model can run: the endpoints that serve it with vision (or may: those that cannot be reached now, whose
     * jobs wait for them, see {@code waiting}), and what is wrong with the others.
     */
    public record ModelAvailability(List<Endpoint> serving, List<String> problems, List<String> waiting) {
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
        List<String> waiting = new java.util.ArrayList<>();
        List<Endpoint> unknown = new java.util.ArrayList<>();
        List<String> unknownWaiting = new java.util.ArrayList<>();
        for (Endpoint endpoint : targets) {
            try {
                catalog.refresh(endpoint);
                catalog.requireVision(endpoint, model);
                serving.add(endpoint);
            } catch (ModelCallException e) {
                Optional<Boolean> seenWithVision = lastSeen(endpoint, model);
                if (e.kind() != ErrorKind.CONNECTION || seenWithVision.filter(vision -> !vision).isPresent()) {
                    problems.add(e.getMessage());
                } else if (seenWithVision.isPresent()) {
                    // Not reachable now, but it served the model when last asked: its jobs wait for it.
                    serving.add(endpoint);
                    waiting.add(e.getMessage());
                } else {
                    unknown.add(endpoint);
                    unknownWaiting.add(e.getMessage());
                }
            }
        }
        if (serving.isEmpty() && !unknown.isEmpty()) {
            // Nothing is known to serve it, and the endpoints that might cannot be asked now: the jobs wait for them.
            serving.addAll(unknown);
            waiting.addAll(unknownWaiting);
        } else {
            problems.addAll(unknownWaiting);
        }
        if (targets.isEmpty()) {
            problems.add("no enabled endpoint: add one with `endpoints add URL`");
        }
        return new ModelAvailability(serving, problems, waiting);
    }

    /** Whether the model had vision when the endpoint last listed it; empty when it was not listed. */
    private Optional<Boolean> lastSeen(Endpoint endpoint, String model) {
        return catalog.lastKnown(endpoint).stream()
                .filter(m -> m.name().equals(model) || m.name().equals(model + ":latest"))
                .map(ModelInfo::vision).findFirst();
    }

    /**
     * The model to use when none is named: the endpoint's default, else its first vision model (as last seen, when
     * the endpoint cannot be reached now).
     */
    public Optional<String> chooseModel(Endpoint endpoint) throws ModelCallException {
        if (endpoint.defaultModel() != null) {
            return Optional.of(endpoint.defaultModel());
        }
        List<ModelInfo> models;
        try {
            models = catalog.models(endpoint);
        } catch (ModelCallException e) {
            models = catalog.lastKnown(endpoint);
            if (e.kind() != ErrorKind.CONNECTION || models.isEmpty()) {
                throw e;
            }
        }
        return models.stream().filter(ModelInfo::vision).map(ModelInfo::name).findFirst();
    }
}
