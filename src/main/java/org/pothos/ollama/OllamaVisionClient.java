package org.pothos.ollama;

import io.github.ollama4j.Ollama;
import io.github.ollama4j.exceptions.OllamaException;
import io.github.ollama4j.models.chat.OllamaChatMessage;
import io.github.ollama4j.models.chat.OllamaChatMessageRole;
import io.github.ollama4j.models.chat.OllamaChatRequest;
import io.github.ollama4j.models.chat.OllamaChatResponseModel;
import io.github.ollama4j.models.chat.OllamaChatResult;
import io.github.ollama4j.models.response.Model;
import io.github.ollama4j.models.response.ModelDetail;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.pothos.analysis.Endpoint;
import org.pothos.analysis.ErrorKind;
import org.pothos.analysis.ModelCallException;
import org.pothos.analysis.ModelInfo;
import org.pothos.analysis.VisionModelClient;

/**
 * {@link VisionModelClient} over ollama4j. Streams chat answers (so progress can be shown and an
 * interrupt ends the call between chunks) and turns ollama4j's exceptions into errors a user
 * understands, each with its kind so the engine knows whether to retry.
 */
public final class OllamaVisionClient implements VisionModelClient {

    /** Model lists and capability checks answer quickly or not at all. */
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(15);
    /** Keeps the model loaded between the images of a batch. */
    private static final String KEEP_ALIVE = "30m";

    private final Clock clock;
    private final OllamaErrors errors = new OllamaErrors();

    public OllamaVisionClient(Clock clock) {
        this.clock = clock;
    }

    private static Ollama connect(Endpoint endpoint, Duration timeout) {
        Ollama ollama = new Ollama(endpoint.url());
        ollama.setRequestTimeoutSeconds(Math.max(1, timeout.toSeconds()));
        if (endpoint.bearerToken() != null) {
            ollama.setBearerAuth(endpoint.bearerToken());
        }
        return ollama;
    }

    @Override
    public String version(Endpoint endpoint) throws ModelCallException {
        try {
            return connect(endpoint, METADATA_TIMEOUT).getVersion();
        } catch (OllamaException | RuntimeException e) {
            throw errors.translate(e, endpoint, null);
        }
    }

    @Override
    public List<ModelInfo> models(Endpoint endpoint) throws ModelCallException {
        Ollama ollama = connect(endpoint, METADATA_TIMEOUT);
        try {
            List<ModelInfo> models = new ArrayList<>();
            for (Model model : ollama.listModels()) {
                ModelDetail detail = ollama.getModelDetails(model.getName());
                boolean vision = detail.getCapabilities() != null
                        && Arrays.asList(detail.getCapabilities()).contains("vision");
                String family = model.getModelMeta() == null ? null : model.getModelMeta().getFamily();
                models.add(new ModelInfo(endpoint.id(), model.getName(), vision, model.getSize(), family, clock.instant()));
            }
            return models;
        } catch (OllamaException | RuntimeException e) {
            throw errors.translate(e, endpoint, null);
        }
    }

    @Override
    public ChatAnswer chat(Endpoint endpoint, ChatCall call, IntConsumer onTokens) throws ModelCallException {
        OllamaChatRequest request = OllamaChatRequest.builder()
                .withModel(call.model())
                .withMessages(List.of(new OllamaChatMessage(OllamaChatMessageRole.USER, call.prompt(), null, null,
                        call.images())))
                .withKeepAlive(KEEP_ALIVE)
                .build();
        if (call.format() != null) {
            request.setFormat(call.format());
        }
        AtomicInteger chunks = new AtomicInteger();
        StringBuilder thinking = new StringBuilder();
        try {
            OllamaChatResult result = connect(endpoint, call.timeout()).chat(request, (OllamaChatResponseModel chunk) -> {
                if (Thread.currentThread().isInterrupted()) {
                    // Stops reading the stream at once when the job is cancelled or its deadline passed.
                    throw new IllegalStateException("request aborted");
                }
                if (chunk.getMessage() != null && chunk.getMessage().getThinking() != null) {
                    thinking.append(chunk.getMessage().getThinking());
                }
                onTokens.accept(chunks.incrementAndGet());
            });
            OllamaChatResponseModel response = result.getResponseModel();
            if (response == null || response.getMessage() == null) {
                throw new ModelCallException(ErrorKind.BAD_RESPONSE,
                        "Ollama at " + endpoint.url() + " sent no answer for model " + call.model());
            }
            if (response.getError() != null) {
                throw errors.fromServerText(response.getError(), endpoint, call.model());
            }
            String content = response.getMessage().getResponse();
            String think = response.getMessage().getThinking() != null ? response.getMessage().getThinking()
                    : thinking.isEmpty() ? null : thinking.toString();
            return new ChatAnswer(content, think);
        } catch (OllamaException | RuntimeException e) {
            throw errors.translate(e, endpoint, call.model());
        }
    }
}
