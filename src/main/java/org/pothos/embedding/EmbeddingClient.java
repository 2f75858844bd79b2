package org.pothos.embedding;

import java.time.Duration;
import java.util.List;
import org.pothos.analysis.Endpoint;
import org.pothos.analysis.ModelCallException;

/** Talks to an embedding model server (the Ollama adapter implements it). Calls block; an interrupt aborts them. */
public interface EmbeddingClient {

    /** The installed models that make embeddings (Ollama's {@code embedding} capability). */
    List<String> embeddingModels(Endpoint endpoint) throws ModelCallException;

    /** One vector per text, in order. */
    List<float[]> embed(Endpoint endpoint, String model, List<String> texts, Duration timeout) throws ModelCallException;
}
