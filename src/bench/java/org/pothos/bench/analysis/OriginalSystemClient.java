package org.pothos.bench.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The way the original system asked its model: the original file base64-encoded into the JSON, one
 * non-streaming chat call per field, over the JDK HTTP client. The baseline for the analysis figures.
 */
final class OriginalSystemClient {

    private static final List<String> FIELD_QUESTIONS = List.of(
            "Give this image a short title.",
            "Describe this image in two or three sentences.",
            "List up to ten tags for this image, separated by commas.",
            "Name up to three categories for this image, separated by commas.");

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI chat;
    private final String model;
    private final AtomicLong bytesSent = new AtomicLong();

    OriginalSystemClient(String baseUrl, String model) {
        this.chat = URI.create(baseUrl + "/api/chat");
        this.model = model;
    }

    static int callsPerImage() {
        return FIELD_QUESTIONS.size();
    }

    /** Asks every field question about one image, one after the other. */
    void analyse(Path image) throws IOException, InterruptedException {
        String encoded = Base64.getEncoder().encodeToString(Files.readAllBytes(image));
        for (String question : FIELD_QUESTIONS) {
            ObjectNode body = json.createObjectNode();
            body.put("model", model);
            body.put("stream", false);
            ObjectNode message = body.putArray("messages").addObject();
            message.put("role", "user");
            message.put("content", question);
            message.putArray("images").add(encoded);
            byte[] bytes = json.writeValueAsBytes(body);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(chat)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("chat call failed with HTTP " + response.statusCode() + ": " + response.body());
            }
            bytesSent.addAndGet(bytes.length);
        }
    }

    /** Request body bytes sent so far. */
    long bytesSent() {
        return bytesSent.get();
    }
}
