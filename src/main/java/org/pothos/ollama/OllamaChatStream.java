package org.pothos.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.pothos.analysis.Endpoint;
import org.pothos.analysis.ErrorKind;
import org.pothos.analysis.ModelCallException;
import org.pothos.analysis.VisionModelClient.ChatAnswer;
import org.pothos.analysis.VisionModelClient.ChatCall;
import org.pothos.common.DaemonThreads;

/**
 * Ollama's streaming {@code /api/chat}, spoken directly over the JDK's HTTP client.
 *
 * <p>Why not ollama4j for this one call: with ollama4j 1.1.6 a stream that stalls after its headers
 * cannot be ended — interrupting the blocked thread does nothing and its timeout only covers the
 * headers — and it loses Ollama's error texts (an empty message for 503, a NullPointerException for
 * an error inside the stream). Here the lines arrive on the client's threads into a queue that the
 * calling thread polls, so an interrupt (cancel or deadline) returns at once and closes the
 * connection, and every error keeps Ollama's own words. Versions and model lists still go through
 * ollama4j.
 */
final class OllamaChatStream {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEEP_ALIVE = "30m";
    private static final Object END = new Object();

    /**
     * One client for the process. The JDK 17 client cannot be closed: its threads and pooled
     * connections end only once it is unreachable and has no exchange pending, and a stream aborted
     * after its headers stays pending in it. A client per library would thus leave its threads behind
     * each time a library is closed and opened again; one shared client bounds them (embeddings use it too).
     */
    static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newCachedThreadPool(DaemonThreads.named("pothos-ollama-http")))
            .build();

    private final HttpClient http = HTTP;
    private final OllamaErrors errors;

    OllamaChatStream(OllamaErrors errors) {
        this.errors = errors;
    }

    ChatAnswer chat(Endpoint endpoint, ChatCall call, IntConsumer onTokens) throws ModelCallException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint.url() + "/api/chat"))
                .timeout(call.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(call)));
        if (endpoint.bearerToken() != null) {
            request.header("Authorization", "Bearer " + endpoint.bearerToken());
        }
        LineQueue lines = new LineQueue();
        CompletableFuture<HttpResponse<Void>> response = http.sendAsync(request.build(), lines);
        boolean complete = false;
        try {
            ChatAnswer answer = read(endpoint, call, lines, response, onTokens);
            complete = true;
            return answer;
        } finally {
            if (!complete && !lines.ended) {
                // Aborted (cancel, deadline, error) in the middle of the body: close the connection rather than
                // leave it to the pool. Not once the body has ended (an error status read to its end): the
                // connection is back in the pool then, maybe carrying another job's request, which a cancel
                // would cut ("closed locally") after the server had taken it.
                lines.cancel();
                response.cancel(true);
            }
        }
    }

    private static byte[] body(ChatCall call) {
        ObjectNode root = JSON.createObjectNode();
        root.put("model", call.model());
        ObjectNode message = root.putArray("messages").addObject();
        message.put("role", "user");
        message.put("content", call.prompt());
        ArrayNode images = message.putArray("images");
        call.images().forEach(image -> images.add(Base64.getEncoder().encodeToString(image)));
        root.put("stream", true);
        root.put("keep_alive", KEEP_ALIVE);
        if (call.format() != null) {
            root.set("format", JSON.valueToTree(call.format()));
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the request", e);
        }
    }

    private ChatAnswer read(Endpoint endpoint, ChatCall call, LineQueue lines,
                            CompletableFuture<HttpResponse<Void>> response, IntConsumer onTokens) throws ModelCallException {
        StringBuilder content = new StringBuilder();
        StringBuilder thinking = new StringBuilder();
        StringBuilder errorBody = new StringBuilder();
        int chunks = 0;
        while (true) {
            Object item = next(endpoint, lines, response);
            if (item == END) {
                if (lines.status != 200) {
                    throw errors.fromStatus(lines.status, errorBody.toString(), endpoint, call.model(),
                            ErrorBodies.retryAfter(lines.retryAfter, java.time.Instant.now()));
                }
                throw new ModelCallException(ErrorKind.BAD_RESPONSE,
                        "Ollama at " + endpoint.url() + " ended the answer before it was complete");
            }
            if (item instanceof Throwable failure) {
                throw lines.status == 0 ? errors.beforeAnswer(failure, endpoint, call.model())
                        : errors.translate(failure, endpoint, call.model());
            }
            String line = (String) item;
            if (lines.status != 200) {
                errorBody.append(line).append('\n');
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            JsonNode chunk = parse(endpoint, line);
            if (chunk.hasNonNull("error")) {
                throw errors.fromStreamError(chunk.get("error").asText(), endpoint, call.model());
            }
            JsonNode message = chunk.path("message");
            content.append(message.path("content").asText(""));
            thinking.append(message.path("thinking").asText(""));
            onTokens.accept(++chunks);
            if (chunk.path("done").asBoolean(false)) {
                // Read to the end of the body so that the connection goes back to the pool clean.
                awaitEnd(endpoint, lines, response);
                return new ChatAnswer(content.toString(), thinking.isEmpty() ? null : thinking.toString());
            }
        }
    }

    private void awaitEnd(Endpoint endpoint, LineQueue lines, CompletableFuture<HttpResponse<Void>> response)
            throws ModelCallException {
        Object item;
        do {
            item = next(endpoint, lines, response);
        } while (item != END && !(item instanceof Throwable));
    }

    /** The next line, end or failure; returns promptly when the thread is interrupted. */
    private Object next(Endpoint endpoint, LineQueue lines, CompletableFuture<HttpResponse<Void>> response)
            throws ModelCallException {
        while (true) {
            Object item;
            try {
                item = lines.queue.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ModelCallException(ErrorKind.TIMEOUT, "the request to " + endpoint.url() + " was interrupted", e);
            }
            if (item != null) {
                return item;
            }
            if (response.isCompletedExceptionally() && lines.queue.isEmpty()) {
                // Failed before any body arrived: connection refused, header timeout, reset.
                try {
                    response.get();
                } catch (ExecutionException e) {
                    return e.getCause();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ModelCallException(ErrorKind.TIMEOUT, "the request to " + endpoint.url() + " was interrupted", e);
                }
            }
        }
    }

    private static JsonNode parse(Endpoint endpoint, String line) throws ModelCallException {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new ModelCallException(ErrorKind.BAD_RESPONSE, "Ollama at " + endpoint.url()
                    + " sent a line that is not valid JSON, so not its protocol: " + abbreviate(line), e);
        }
    }

    private static String abbreviate(String line) {
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }

    /**
     * Receives the response: its status when the headers arrive, then the body line by line into a
     * queue. Cancelling closes the connection.
     */
    private static final class LineQueue implements HttpResponse.BodyHandler<Void>, Flow.Subscriber<String> {
        final LinkedBlockingQueue<Object> queue = new LinkedBlockingQueue<>();
        volatile int status;
        volatile String retryAfter;
        private volatile Flow.Subscription subscription;
        private volatile boolean cancelled;
        /** The body ended, completely or with an error: the connection is the client's again. */
        volatile boolean ended;

        @Override
        public HttpResponse.BodySubscriber<Void> apply(HttpResponse.ResponseInfo info) {
            retryAfter = info.headers().firstValue("Retry-After").orElse(null);
            status = info.statusCode();
            return HttpResponse.BodySubscribers.fromLineSubscriber(this, s -> null, StandardCharsets.UTF_8, "\n");
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (cancelled) {
                s.cancel();
            } else {
                s.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(String line) {
            queue.add(line);
        }

        @Override
        public void onError(Throwable throwable) {
            ended = true;
            queue.add(throwable);
        }

        @Override
        public void onComplete() {
            ended = true;
            queue.add(END);
        }

        void cancel() {
            cancelled = true;
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
        }
    }
}
