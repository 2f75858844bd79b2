package org.pothos.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * One /api/chat request as the test server decoded it, with Ollama's field names.
 *
 * @param format    the {@code format} value: a schema as nested maps, the string "json", or null
 * @param stream    the {@code stream} flag as sent, null when absent (Ollama then streams)
 * @param keepAlive the {@code keep_alive} value as sent (string or number), or null
 * @param think     the {@code think} value as sent (boolean or "low"/"medium"/"high"), or null
 */
public record ChatRequest(String model, List<Message> messages, Object format, Boolean stream,
                          Map<String, Object> options, Object keepAlive, Object think, String rawJson) {

    /** A chat message; images are the decoded bytes of the base64 strings sent. */
    public record Message(String role, String content, List<byte[]> images) {
    }

    static ChatRequest parse(String json, ObjectMapper mapper) throws java.io.IOException {
        JsonNode root = mapper.readTree(json);
        if (root == null || !root.isObject() || !root.path("model").isTextual()) {
            throw new IllegalArgumentException("model is required");
        }
        List<Message> messages = new ArrayList<>();
        for (JsonNode message : root.path("messages")) {
            List<byte[]> images = new ArrayList<>();
            for (JsonNode image : message.path("images")) {
                images.add(Base64.getDecoder().decode(image.asText()));
            }
            messages.add(new Message(message.path("role").asText(), message.path("content").asText(""), List.copyOf(images)));
        }
        return new ChatRequest(root.get("model").asText(), List.copyOf(messages), plain(root.get("format"), mapper),
                root.hasNonNull("stream") ? root.get("stream").asBoolean() : null,
                asMap(root.get("options"), mapper), plain(root.get("keep_alive"), mapper),
                plain(root.get("think"), mapper), json);
    }

    /** This request without its images and raw JSON, the bulk of its memory. */
    ChatRequest withoutContent() {
        List<Message> textOnly = messages.stream().map(m -> new Message(m.role(), m.content(), List.of())).toList();
        return new ChatRequest(model, textOnly, format, stream, options, keepAlive, think, "");
    }

    /** Ollama streams unless told not to. */
    public boolean streaming() {
        return stream == null || stream;
    }

    /** The text of the last user message, where the prompt goes. */
    public String prompt() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if ("user".equals(messages.get(i).role())) {
                return messages.get(i).content();
            }
        }
        return "";
    }

    public List<byte[]> images() {
        return messages.stream().flatMap(message -> message.images().stream()).toList();
    }

    /** Whether the client turned thinking off explicitly; Ollama thinks by default on models that can. */
    boolean thinkingDisabled() {
        return Boolean.FALSE.equals(think);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> formatSchema() {
        return format instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    private static Object plain(JsonNode node, ObjectMapper mapper) {
        return node == null || node.isNull() ? null : mapper.convertValue(node, Object.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(JsonNode node, ObjectMapper mapper) {
        return node != null && node.isObject() ? mapper.convertValue(node, Map.class) : Map.of();
    }
}
