package org.pothos.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ollama4j.Ollama;
import io.github.ollama4j.exceptions.OllamaException;
import io.github.ollama4j.models.response.Model;
import io.github.ollama4j.models.response.ModelDetail;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.pothos.analysis.Endpoint;
import org.pothos.analysis.ErrorKind;
import org.pothos.analysis.ModelCallException;
import org.pothos.embedding.EmbeddingClient;

/**
 * {@link EmbeddingClient} for Ollama: the models with the {@code embedding} capability through ollama4j (as for vision
 * models), and {@code /api/embed} over the JDK's HTTP client, whose call an interrupt aborts at once.
 */
public final class OllamaEmbeddingClient implements EmbeddingClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(15);
    private static final String KEEP_ALIVE = "30m";

    private final OllamaErrors errors = new OllamaErrors();

    @Override
    public List<String> embeddingModels(Endpoint endpoint) throws ModelCallException {
        Ollama ollama = new Ollama(endpoint.url());
        ollama.setRequestTimeoutSeconds(METADATA_TIMEOUT.toSeconds());
        if (endpoint.bearerToken() != null) {
            ollama.setBearerAuth(endpoint.bearerToken());
        }
        try {
            List<String> names = new ArrayList<>();
            for (Model model : ollama.listModels()) {
                ModelDetail detail;
                try {
                    detail = ollama.getModelDetails(model.getName());
                } catch (OllamaException e) {
                    // Deleted between the list and this question: not offered.
                    continue;
                }
                if (detail.getCapabilities() != null && Arrays.asList(detail.getCapabilities()).contains("embedding")) {
                    names.add(model.getName());
                }
            }
            return names;
        } catch (OllamaException | RuntimeException e) {
            throw errors.translate(e, endpoint, null);
        }
    }

    @Override
    public List<float[]> embed(Endpoint endpoint, String model, List<String> texts, Duration timeout) throws ModelCallException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint.url() + "/api/embed"))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(model, texts)));
        if (endpoint.bearerToken() != null) {
            request.header("Authorization", "Bearer " + endpoint.bearerToken());
        }
        CompletableFuture<HttpResponse<String>> sent = OllamaChatStream.HTTP.sendAsync(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        HttpResponse<String> response;
        try {
            response = sent.get();
        } catch (InterruptedException e) {
            sent.cancel(true);
            Thread.currentThread().interrupt();
            throw new ModelCallException(ErrorKind.TIMEOUT, "the request to " + endpoint.url() + " was interrupted", e);
        } catch (ExecutionException e) {
            throw errors.translate(e.getCause(), endpoint, model);
        }
        if (response.statusCode() != 200) {
            throw errors.fromStatus(response.statusCode(), OllamaChatStream.errorText(response.body()), endpoint, model);
        }
        return vectors(endpoint, response.body(), texts.size());
    }

    private static byte[] body(String model, List<String> texts) {
        ObjectNode root = JSON.createObjectNode();
        root.put("model", model);
        ArrayNode input = root.putArray("input");
        texts.forEach(input::add);
        // Long descriptions are cut to the model's context rather than refused.
        root.put("truncate", true);
        root.put("keep_alive", KEEP_ALIVE);
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the request", e);
        }
    }

    private static List<float[]> vectors(Endpoint endpoint, String body, int expected) throws ModelCallException {
        JsonNode embeddings;
        try {
            embeddings = JSON.readTree(body).path("embeddings");
        } catch (IOException e) {
            throw new ModelCallException(ErrorKind.BAD_RESPONSE, "Ollama at " + endpoint.url()
                    + " answered the embedding request with something that is not JSON", e);
        }
        if (!embeddings.isArray() || embeddings.size() != expected) {
            throw new ModelCallException(ErrorKind.BAD_RESPONSE, "Ollama at " + endpoint.url() + " sent "
                    + embeddings.size() + " embedding(s) for " + expected + " text(s)");
        }
        List<float[]> vectors = new ArrayList<>(expected);
        int dimension = -1;
        for (JsonNode node : embeddings) {
            float[] vector = new float[node.size()];
            for (int i = 0; i < vector.length; i++) {
                vector[i] = (float) node.get(i).asDouble();
            }
            if (vector.length == 0 || (dimension >= 0 && vector.length != dimension)) {
                throw new ModelCallException(ErrorKind.BAD_RESPONSE, "Ollama at " + endpoint.url()
                        + " sent embeddings of different lengths");
            }
            dimension = vector.length;
            vectors.add(vector);
        }
        return vectors;
    }
}
