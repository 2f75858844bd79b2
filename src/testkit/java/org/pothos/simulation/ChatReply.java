package org.pothos.simulation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes one /api/chat reply the way Ollama does: a single JSON object, or NDJSON chunks of a few
 * characters each ending with a {@code done: true} line that carries the timings. Faults that act
 * mid-body are applied here.
 */
final class ChatReply {

    /** Raised to make the HTTP server close the socket without finishing the chunked body. */
    static final class AbortConnection extends UncheckedIOException {
        AbortConnection(String message) {
            super(new IOException(message));
        }
    }

    /** Waits on the server's side; returns false when the server is closing and the reply should stop. */
    interface Pause {
        boolean pause(Duration duration);

        boolean untilReleased();
    }

    private static final Pattern TOKEN = Pattern.compile("\\S{1,4}\\s*|\\s+");

    private final ObjectMapper mapper;
    private final ChatRequest request;
    private final String content;
    private final String thinking;

    ChatReply(ObjectMapper mapper, ChatRequest request, String content, String thinking) {
        this.mapper = mapper;
        this.request = request;
        this.content = content;
        this.thinking = thinking;
    }

    void writeSingle(HttpExchange exchange, ChatFault fault, Pause pause) throws IOException {
        if (fault != null && fault.kind() == ChatFault.Kind.ERROR_IN_STREAM) {
            // without streaming Ollama can still set the status, so the error comes as a 500
            SimulatedOllama.send(exchange, 500, "{\"error\":" + mapper.writeValueAsString(fault.body()) + "}");
            return;
        }
        ObjectNode reply = chunk(content, thinking);
        finish(reply);
        byte[] body = (mapper.writeValueAsString(reply) + "\n").getBytes(StandardCharsets.UTF_8);
        if (fault != null && fault.kind() == ChatFault.Kind.GARBAGE_LINE) {
            body = (fault.body() + "\n").getBytes(StandardCharsets.UTF_8);
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        OutputStream out = exchange.getResponseBody();
        if (fault != null && (fault.kind() == ChatFault.Kind.DROP || fault.kind() == ChatFault.Kind.STALL)) {
            out.write(body, 0, body.length / 2);
            out.flush();
            if (fault.kind() == ChatFault.Kind.DROP || !pause.untilReleased()) {
                throw new AbortConnection("dropped mid-body");
            }
            out.write(body, body.length / 2, body.length - body.length / 2);
        } else {
            out.write(body);
        }
        out.close();
    }

    void writeStream(HttpExchange exchange, ChatFault fault, Duration tokenDelay, Pause pause) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/x-ndjson");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        List<ObjectNode> chunks = new ArrayList<>();
        if (thinking != null) {
            tokens(thinking).forEach(piece -> chunks.add(chunk("", piece)));
        }
        tokens(content).forEach(piece -> chunks.add(chunk(piece, null)));
        ObjectNode last = chunk("", null);
        finish(last);
        chunks.add(last);
        for (int i = 0; i < chunks.size(); i++) {
            if (fault != null && i == fault.afterChunks() && !applyMidStream(fault, out, pause)) {
                return;
            }
            if (i > 0 && !tokenDelay.isZero() && !pause.pause(tokenDelay)) {
                throw new AbortConnection("server closing");
            }
            line(out, mapper.writeValueAsString(chunks.get(i)));
        }
        out.close();
    }

    /** Returns false when the stream ends here. */
    private boolean applyMidStream(ChatFault fault, OutputStream out, Pause pause) throws IOException {
        switch (fault.kind()) {
            case DROP -> throw new AbortConnection("dropped mid-stream");
            case STALL -> {
                if (!pause.untilReleased()) {
                    throw new AbortConnection("server closing");
                }
                return true;
            }
            case GARBAGE_LINE -> {
                line(out, fault.body());
                return true;
            }
            case ERROR_IN_STREAM -> {
                line(out, "{\"error\":" + mapper.writeValueAsString(fault.body()) + "}");
                out.close();
                return false;
            }
            default -> {
                return true;
            }
        }
    }

    private ObjectNode chunk(String text, String thinkingText) {
        ObjectNode node = mapper.createObjectNode();
        node.put("model", request.model());
        node.put("created_at", Instant.now().toString());
        ObjectNode message = node.putObject("message");
        message.put("role", "assistant");
        message.put("content", text);
        if (thinkingText != null) {
            message.put("thinking", thinkingText);
        }
        node.put("done", false);
        return node;
    }

    private void finish(ObjectNode node) {
        node.put("done", true);
        node.put("done_reason", "stop");
        node.put("total_duration", 1_520_000_000L);
        node.put("load_duration", 20_000_000L);
        node.put("prompt_eval_count", 300 + 256 * request.images().size());
        node.put("prompt_eval_duration", 900_000_000L);
        node.put("eval_count", Math.max(1, tokens(content).size()));
        node.put("eval_duration", 600_000_000L);
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static void line(OutputStream out, String json) throws IOException {
        out.write((json + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
