package org.pothos.app.selfcheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.pothos.common.DaemonThreads;

/**
 * The smallest Ollama the self-check needs, on 127.0.0.1: one vision model, a fixed answer, and a
 * required bearer token. It speaks Ollama's wire protocol (field names as Ollama sends them) so that
 * the installed runtime's HTTP client, JSON and streaming parser are exercised for real; it injects
 * no faults (the test suite has its own server for those).
 */
final class StubOllama implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, DaemonThreads.named("pothos-selfcheck-ollama"));
    private final String model;
    private final String answer;
    private final String token;
    private final AtomicInteger chats = new AtomicInteger();

    StubOllama(String model, String answer, String token) throws IOException {
        this.model = model;
        this.answer = answer;
        this.token = token;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int chatCount() {
        return chats.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                send(exchange, 401, "{\"error\":\"unauthorized\"}");
                return;
            }
            switch (exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath()) {
                case "GET /api/version" -> send(exchange, 200, "{\"version\":\"0.12.3\"}");
                case "GET /api/tags" -> send(exchange, 200, tags());
                case "POST /api/show" -> send(exchange, 200, show());
                case "POST /api/chat" -> chat(exchange);
                default -> send(exchange, 404, "404 page not found");
            }
        }
    }

    private String tags() throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode entry = root.putArray("models").addObject();
        entry.put("name", model);
        entry.put("model", model);
        entry.put("modified_at", "2025-09-30T10:15:30.123456789+02:00");
        entry.put("size", 4_700_000_000L);
        entry.put("digest", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
        entry.set("details", details());
        return JSON.writeValueAsString(root);
    }

    private String show() throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("modelfile", "FROM " + model + "\n");
        root.set("details", details());
        root.putArray("capabilities").add("completion").add("vision");
        root.put("modified_at", "2025-09-30T10:15:30.123456789+02:00");
        return JSON.writeValueAsString(root);
    }

    private ObjectNode details() {
        ObjectNode details = JSON.createObjectNode();
        details.put("format", "gguf");
        details.put("family", "llama");
        details.putArray("families").add("llama").add("clip");
        details.put("parameter_size", "7B");
        details.put("quantization_level", "Q4_K_M");
        return details;
    }

    /** One content chunk, then the closing {@code done} line, streamed as NDJSON when asked. */
    private void chat(HttpExchange exchange) throws IOException {
        JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
        chats.incrementAndGet();
        ObjectNode content = message(answer, false);
        ObjectNode last = message("", true);
        last.put("done_reason", "stop");
        last.put("eval_count", 20);
        if (!request.path("stream").asBoolean(true)) {
            last.remove("message");
            content.setAll(last);
            send(exchange, 200, JSON.writeValueAsString(content));
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "application/x-ndjson");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write((JSON.writeValueAsString(content) + "\n").getBytes(StandardCharsets.UTF_8));
        out.write((JSON.writeValueAsString(last) + "\n").getBytes(StandardCharsets.UTF_8));
        out.close();
    }

    private ObjectNode message(String text, boolean done) {
        ObjectNode node = JSON.createObjectNode();
        node.put("model", model);
        node.put("created_at", Instant.now().toString());
        ObjectNode message = node.putObject("message");
        message.put("role", "assistant");
        message.put("content", text);
        node.put("done", done);
        return node;
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
