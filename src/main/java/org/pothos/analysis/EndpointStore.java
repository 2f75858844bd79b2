package org.pothos.analysis;

import java.util.List;
import java.util.Optional;

/** The Ollama endpoints the user set up, and the models each one was last seen serving. */
public interface EndpointStore {

    List<Endpoint> list();

    Optional<Endpoint> find(long id);

    Optional<Endpoint> findByUrl(String url);

    /** Adds an endpoint; the first one becomes the default. */
    Endpoint add(String name, String url, int maxConcurrentRequests, String bearerToken);

    /** Adds the endpoint of the local Ollama, the one {@code OLLAMA_HOST} points elsewhere for a run. */
    Endpoint addLocal(String name, String url, int maxConcurrentRequests);

    /** The id of the local Ollama's endpoint, if the library has one. */
    Optional<Long> localId();

    void setName(long id, String name);

    /** Sets or (with null) removes the bearer token; what is stored is the caller's (a token or a reference to one). */
    void setBearerToken(long id, String token);

    void remove(long id);

    void setDefault(long id);

    void setEnabled(long id, boolean enabled);

    void setDefaultModel(long id, String model);

    void setMaxConcurrentRequests(long id, int max);

    /** Replaces the cached model list of an endpoint. */
    void saveModels(long endpointId, List<ModelInfo> models);

    List<ModelInfo> models(long endpointId);
}
