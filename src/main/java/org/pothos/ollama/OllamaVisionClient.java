package org.pothos.ollama;

import io.github.ollama4j.Ollama;
import io.github.ollama4j.exceptions.OllamaException;
import io.github.ollama4j.models.response.Model;
import io.github.ollama4j.models.response.ModelDetail;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.pothos.analysis.Endpoint;
import org.pothos.analysis.ErrorKind;
import org.pothos.analysis.ModelCallException;
import org.pothos.analysis.ModelInfo;
import org.pothos.analysis.VisionModelClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link VisionModelClient} for Ollama: versions and model lists through ollama4j, chat through
 * {@link OllamaChatStream} (see there why), every failure turned into an error a user understands,
 * with the kind that tells the engine whether to retry.
 */
public final class OllamaVisionClient implements VisionModelClient {

    private static final Logger LOG = LoggerFactory.getLogger(OllamaVisionClient.class);

    /** Model lists and capability checks answer quickly or not at all. */
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(15);

    private final Clock clock;
    private final OllamaErrors errors = new OllamaErrors();
    private final OllamaChatStream chatStream = new OllamaChatStream(errors);

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
        String version;
        try {
            version = connect(endpoint, METADATA_TIMEOUT).getVersion();
        } catch (OllamaException | RuntimeException e) {
            throw errors.translate(e, endpoint, null);
        }
        // Said once it is true: ollama4j's own "Connected to Ollama server" comes before anything answered.
        LOG.info("Ollama {} answers at {}", version, endpoint.url());
        return version;
    }

    @Override
    public List<ModelInfo> models(Endpoint endpoint) throws ModelCallException {
        Ollama ollama = connect(endpoint, METADATA_TIMEOUT);
        try {
            List<ModelInfo> models = new ArrayList<>();
            for (Model model : ollama.listModels()) {
                Optional<ModelDetail> details = details(ollama, endpoint, model.getName());
                if (details.isEmpty()) {
                    continue;
                }
                ModelDetail detail = details.get();
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

    /**
     * Empty when the model was deleted between the list and this question: the list stays good for
     * the other models, and a job for the vanished one hears that it is not installed.
     */
    private Optional<ModelDetail> details(Ollama ollama, Endpoint endpoint, String model) throws ModelCallException {
        try {
            return Optional.of(ollama.getModelDetails(model));
        } catch (OllamaException | RuntimeException e) {
            ModelCallException translated = errors.translate(e, endpoint, model);
            if (translated.kind() == ErrorKind.MODEL_NOT_FOUND) {
                return Optional.empty();
            }
            throw translated;
        }
    }

    @Override
    public ChatAnswer chat(Endpoint endpoint, ChatCall call, IntConsumer onTokens) throws ModelCallException {
        return chatStream.chat(endpoint, call, onTokens);
    }
}
