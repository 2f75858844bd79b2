package org.pothos.analysis;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Talks to a model server. The Ollama adapter implements it; the engine knows nothing of the wire
 * protocol. A call blocks; interrupting the calling thread aborts it promptly with a
 * {@link ModelCallException} (the engine then knows from its own state whether it was a cancel or
 * a deadline).
 */
public interface VisionModelClient {

    /** The server's version, proving it answers. */
    String version(Endpoint endpoint) throws ModelCallException;

    /** Installed models, each with whether it can see images. */
    List<ModelInfo> models(Endpoint endpoint) throws ModelCallException;

    /**
     * One chat turn with images.
     *
     * @param onTokens told how many tokens have streamed in so far, for progress
     */
    ChatAnswer chat(Endpoint endpoint, ChatCall call, IntConsumer onTokens) throws ModelCallException;

    /** What to ask. {@code format} is a JSON schema for structured output, or null for free text. */
    record ChatCall(String model, String prompt, List<byte[]> images, Map<String, Object> format, Duration timeout) {
    }

    /** The model's answer: its content, and its separate reasoning when it sent one. */
    record ChatAnswer(String content, String thinking) {
    }
}
