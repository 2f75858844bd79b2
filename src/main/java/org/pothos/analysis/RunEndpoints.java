package org.pothos.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The endpoints as this run uses them, over those the library saved: {@code OLLAMA_HOST}, when set, is the
 * address of the local Ollama's endpoint; an address named on the command line but never added is an endpoint
 * for this run only (negative id, models remembered in memory); and tokens are read from the credential store
 * the library refers to (see {@link EndpointTokens}).
 */
public final class RunEndpoints implements EndpointStore {

    private final EndpointStore saved;
    private final OllamaHost.Setting host;
    private final EndpointTokens tokens;
    private final Map<Long, Endpoint> runOnly = new ConcurrentHashMap<>();
    private final Map<Long, List<ModelInfo>> runModels = new ConcurrentHashMap<>();
    private final AtomicLong nextRunId = new AtomicLong(-1);
    private volatile Optional<Long> localId;

    public RunEndpoints(EndpointStore saved, OllamaHost.Setting host, EndpointTokens tokens) {
        this.saved = saved;
        this.host = host;
        this.tokens = tokens;
    }

    /** {@code OLLAMA_HOST} as read for this run. */
    public OllamaHost.Setting host() {
        return host;
    }

    /** The endpoint for an address used by this run only; the same address gives the same endpoint. */
    public Endpoint addForRun(String url) {
        synchronized (runOnly) {
            return runOnly.values().stream().filter(e -> e.url().equals(url)).findFirst().orElseGet(() -> {
                long id = nextRunId.getAndDecrement();
                Endpoint endpoint = new Endpoint(id, url + " (this run only)", url, true, false,
                        EndpointService.DEFAULT_MAX_CONCURRENT, null, null);
                runOnly.put(id, endpoint);
                return endpoint;
            });
        }
    }

    static boolean isRunOnly(long id) {
        return id < 0;
    }

    /** Moves tokens kept in the library into the credential store, when there is one now. */
    public void moveTokensToVault() {
        List<Endpoint> plain = saved.list().stream()
                .filter(e -> e.bearerToken() != null && !EndpointTokens.isReference(e.bearerToken())).toList();
        if (plain.isEmpty() || !tokens.usesVault()) {
            return;
        }
        for (Endpoint e : plain) {
            String stored = tokens.toStored(e.bearerToken());
            if (EndpointTokens.isReference(stored)) {
                saved.setBearerToken(e.id(), stored);
            }
        }
    }

    @Override
    public List<Endpoint> list() {
        List<Endpoint> all = new ArrayList<>();
        Optional<Long> local = localId();
        for (Endpoint e : saved.list()) {
            all.add(effective(e, local));
        }
        if (host.url() != null && local.isEmpty()) {
            all.add(hostEndpoint());
        }
        all.addAll(runOnly.values().stream().sorted((a, b) -> Long.compare(b.id(), a.id())).toList());
        return all;
    }

    /** Without a local endpoint in the library, {@code OLLAMA_HOST} adds one for the run. */
    private Endpoint hostEndpoint() {
        return addForRun(host.url());
    }

    private Endpoint effective(Endpoint e, Optional<Long> local) {
        String url = host.url() != null && local.isPresent() && local.get() == e.id() ? host.url() : e.url();
        return new Endpoint(e.id(), e.name(), url, e.enabled(), e.isDefault(), e.maxConcurrentRequests(),
                tokens.resolve(e.bearerToken()), e.defaultModel());
    }

    /** The address the library saved for an endpoint, where it differs from the one this run uses. */
    public Optional<String> savedUrl(long id) {
        if (isRunOnly(id)) {
            return Optional.empty();
        }
        return saved.find(id).map(Endpoint::url).filter(url -> find(id).map(e -> !e.url().equals(url)).orElse(false));
    }

    @Override
    public Optional<Endpoint> find(long id) {
        return list().stream().filter(e -> e.id() == id).findFirst();
    }

    @Override
    public Optional<Endpoint> findByUrl(String url) {
        return list().stream().filter(e -> e.url().equals(url)).findFirst();
    }

    @Override
    public Endpoint add(String name, String url, int maxConcurrentRequests, String bearerToken) {
        Endpoint added = saved.add(name, url, maxConcurrentRequests, tokens.toStored(bearerToken));
        runOnly.values().removeIf(e -> e.url().equals(url));
        return effective(added, localId());
    }

    /** On a library without endpoints, saves the local Ollama's (at {@code OLLAMA_HOST} when that names one). */
    void ensureLocal(String name, int maxConcurrentRequests) {
        if (saved.list().isEmpty()) {
            addLocal(name, host.url() != null ? host.url() : OllamaHost.DEFAULT_URL, maxConcurrentRequests);
        }
    }

    @Override
    public Endpoint addLocal(String name, String url, int maxConcurrentRequests) {
        Endpoint added = saved.addLocal(name, url, maxConcurrentRequests);
        localId = null;
        runOnly.values().removeIf(e -> e.url().equals(url));
        return added;
    }

    @Override
    public Optional<Long> localId() {
        Optional<Long> known = localId;
        if (known == null) {
            known = saved.localId();
            localId = known;
        }
        return known;
    }

    @Override
    public void remove(long id) {
        Optional<String> stored = saved(id).map(Endpoint::bearerToken);
        saved.remove(id);
        stored.ifPresent(tokens::forget);
        localId = null;
    }

    @Override
    public void setDefault(long id) {
        saved.setDefault(savedId(id));
    }

    @Override
    public void setEnabled(long id, boolean enabled) {
        saved.setEnabled(savedId(id), enabled);
    }

    @Override
    public void setDefaultModel(long id, String model) {
        saved.setDefaultModel(savedId(id), model);
    }

    @Override
    public void setMaxConcurrentRequests(long id, int max) {
        saved.setMaxConcurrentRequests(savedId(id), max);
    }

    @Override
    public void setName(long id, String name) {
        saved.setName(savedId(id), name);
    }

    @Override
    public void setBearerToken(long id, String token) {
        long savedId = savedId(id);
        Optional<String> old = saved.find(savedId).map(Endpoint::bearerToken);
        saved.setBearerToken(savedId, tokens.toStored(token));
        old.ifPresent(tokens::forget);
    }

    @Override
    public void saveModels(long endpointId, List<ModelInfo> models) {
        if (isRunOnly(endpointId)) {
            runModels.put(endpointId, List.copyOf(models));
        } else {
            saved.saveModels(endpointId, models);
        }
    }

    @Override
    public List<ModelInfo> models(long endpointId) {
        return isRunOnly(endpointId) ? runModels.getOrDefault(endpointId, List.of()) : saved.models(endpointId);
    }

    private Optional<Endpoint> saved(long id) {
        return isRunOnly(id) ? Optional.empty() : saved.find(id);
    }

    /** Changes are for endpoints the library keeps; one used for this run only must be added first. */
    private long savedId(long id) {
        if (isRunOnly(id)) {
            String url = runOnly.containsKey(id) ? runOnly.get(id).url() : "this address";
            throw new IllegalArgumentException(url + " is used for this run only: add it with `endpoints add " + url + "` to change it");
        }
        return id;
    }
}
