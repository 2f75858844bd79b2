package org.pothos.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A real HTTP server on 127.0.0.1 that speaks enough of Ollama's API, with its field names, for
 * a client to list models, read their capabilities and chat with images, streaming or not; and
 * that fails on demand in the ways real servers do. Configuration is thread-safe and may change
 * while requests run. Waiting (latency, slow tokens, hangs) happens on the server's threads, and
 * every wait ends when the server closes.
 *
 * <p>What the JDK 17 HTTP client sees for each {@link ChatFault}: HANG sends no headers, so the
 * client's request timeout or an interrupt ends the call; STALL sends headers and some chunks and
 * then nothing, which neither timeout nor interrupt ends (only release or {@link #close()}); DROP
 * closes the socket in the middle of the body, read as IOException "closed"; GARBAGE_LINE and
 * ERROR_IN_STREAM arrive with status 200. Ollama4jFaultsTest pins down how ollama4j reports each.
 */
public final class SimulatedOllama implements AutoCloseable {

    public static final String VERSION = "0.12.3";

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService executor;
    private final ChatRecorder recorder = new ChatRecorder();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final AtomicInteger threadNumber = new AtomicInteger();

    private final Map<String, ModelSpec> models = new LinkedHashMap<>();
    private final Set<String> vanishAfterListing = ConcurrentHashMap.newKeySet();
    private final Deque<ChatFault> nextFaults = new ArrayDeque<>();
    private final Deque<Integer> embedFailures = new ArrayDeque<>();
    private final List<EmbedRequest> embedRequests = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile Duration embedLatency = Duration.ZERO;
    private volatile Function<ChatRequest, String> answer = request -> "{}";
    private volatile String thinking;
    private volatile Duration latency = Duration.ZERO;
    private volatile Duration tokenDelay = Duration.ZERO;
    private volatile boolean keepContent = true;
    private volatile CountDownLatch release = new CountDownLatch(1);
    private double failFraction;
    private Random failRandom = new Random(0);

    static {
        // Ollama (Go's net/http) sends with TCP_NODELAY; the JDK's server does only when asked, and
        // without it Nagle's algorithm meets delayed ACKs and adds about 40 ms to every answer, which
        // the benchmark would count as Pothos's overhead. Read once, when the first server starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private SimulatedOllama() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "simulated-ollama-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public static SimulatedOllama start() {
        try {
            return new SimulatedOllama();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * An address on 127.0.0.1 where nothing listens, so connecting is refused at once, as when
     * Ollama is not running. The port was free a moment ago; another program could take it meanwhile.
     */
    public static String closedPortUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- configuration ----

    public SimulatedOllama withModel(ModelSpec model) {
        synchronized (models) {
            models.put(model.name(), model);
        }
        return this;
    }

    public SimulatedOllama withVisionModel(String name) {
        return withModel(ModelSpec.vision(name));
    }

    public SimulatedOllama withTextModel(String name) {
        return withModel(ModelSpec.textOnly(name));
    }

    /** An embedding model answering {@code /api/embed} with {@link SimulatedEmbeddings} of this dimension. */
    public SimulatedOllama withEmbeddingModel(String name, int dimension) {
        return withModel(ModelSpec.embedding(name, dimension));
    }

    public SimulatedOllama removeModel(String name) {
        synchronized (models) {
            models.remove(ModelNames.canonical(name));
        }
        return this;
    }

    /** The model is removed right after the next /api/tags lists it, as if deleted by someone else. */
    public SimulatedOllama vanishAfterListing(String name) {
        vanishAfterListing.add(ModelNames.canonical(name));
        return this;
    }

    public SimulatedOllama answer(Function<ChatRequest, String> contentForRequest) {
        this.answer = contentForRequest;
        return this;
    }

    public SimulatedOllama answer(String content) {
        return answer(request -> content);
    }

    /** Reasoning returned in {@code message.thinking}, unless the request says {@code think: false}. */
    public SimulatedOllama thinking(String thinkingText) {
        this.thinking = thinkingText;
        return this;
    }

    /** Every chat request waits this long before its reply starts. */
    public SimulatedOllama latency(Duration perRequest) {
        this.latency = perRequest;
        return this;
    }

    /**
     * Whether recorded requests keep their images and raw JSON (the default). Long runs turn it off so
     * that memory stays flat; counts, prompts, timings and body sizes are still recorded.
     */
    public SimulatedOllama keepContent(boolean keep) {
        this.keepContent = keep;
        return this;
    }

    /** A streamed reply waits this long between chunks. */
    public SimulatedOllama tokenDelay(Duration perChunk) {
        this.tokenDelay = perChunk;
        return this;
    }

    /** The next {@code count} chat requests meet this fault, in arrival order. */
    public SimulatedOllama failNext(int count, ChatFault fault) {
        synchronized (nextFaults) {
            for (int i = 0; i < count; i++) {
                nextFaults.add(fault);
            }
        }
        return this;
    }

    public SimulatedOllama failNext(int count, int status, String body) {
        return failNext(count, ChatFault.status(status, body));
    }

    /** This share of chat requests, drawn from a seeded random, fails with a 500 after the queued faults. */
    public SimulatedOllama failFraction(double fraction, long seed) {
        synchronized (nextFaults) {
            failFraction = fraction;
            failRandom = new Random(seed);
        }
        return this;
    }

    /** Lets every request held by HANG or STALL carry on with its normal reply. */
    public void releaseHeld() {
        CountDownLatch held = release;
        release = new CountDownLatch(1);
        held.countDown();
    }

    /** The next {@code count} embed requests answer with this HTTP status. */
    public SimulatedOllama failNextEmbeds(int count, int status) {
        synchronized (embedFailures) {
            for (int i = 0; i < count; i++) {
                embedFailures.add(status);
            }
        }
        return this;
    }

    /** Every embed request waits this long before it is answered. */
    public SimulatedOllama embedLatency(Duration perRequest) {
        this.embedLatency = perRequest;
        return this;
    }

    // ---- recording ----

    /** One {@code /api/embed} request: the model asked and the texts to embed. */
    public record EmbedRequest(String model, List<String> inputs) {
    }

    public List<EmbedRequest> embedRequests() {
        return List.copyOf(embedRequests);
    }

    /** How many texts were embedded so far, over all requests. */
    public int embeddedTexts() {
        return embedRequests.stream().mapToInt(r -> r.inputs().size()).sum();
    }

    public List<ChatRequest> chatRequests() {
        return recorder.requests();
    }

    /** Time the server spent on each chat request so far, in milliseconds: to tell client time from server time. */
    public List<Double> serverMillis() {
        return recorder.handlingNanos().stream().map(n -> n / 1e6).toList();
    }

    /** Size in bytes of each chat request body received so far, in arrival order. */
    public List<Long> requestBytes() {
        return recorder.bodySizes();
    }

    public int chatCount() {
        return recorder.requests().size();
    }

    public int chatCount(String model) {
        return recorder.count(model);
    }

    public int inFlight() {
        return recorder.inFlight();
    }

    public int maxConcurrentChats() {
        return recorder.maxInFlight();
    }

    public List<String> prompts() {
        return recorder.requests().stream().map(ChatRequest::prompt).toList();
    }

    public List<Object> formats() {
        return recorder.requests().stream().map(ChatRequest::format).toList();
    }

    public boolean awaitChatCount(int count, Duration timeout) throws InterruptedException {
        return recorder.await(() -> chatCount() >= count, timeout);
    }

    /** Waits until this many requests sit in a HANG or STALL fault, past the headers for STALL. */
    public boolean awaitHeld(int count, Duration timeout) throws InterruptedException {
        return recorder.await(() -> recorder.held() == count, timeout);
    }

    public boolean awaitInFlight(int count, Duration timeout) throws InterruptedException {
        return recorder.await(() -> recorder.inFlight() == count, timeout);
    }

    @Override
    public void close() {
        closed.countDown();
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- HTTP ----

    /**
     * Closes the exchange only after a complete reply: when a handler throws, HttpServer closes the
     * socket instead, which is how a dropped connection is made.
     */
    private void handle(HttpExchange exchange) throws IOException {
        String route = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
        switch (route) {
            case "GET /", "HEAD /" -> sendText(exchange, "Ollama is running");
            case "GET /api/version" -> send(exchange, 200, "{\"version\":\"" + VERSION + "\"}");
            case "GET /api/tags" -> send(exchange, 200, mapper.writeValueAsString(tags()));
            case "POST /api/show" -> show(exchange);
            case "POST /api/chat" -> chat(exchange);
            case "POST /api/embed" -> embed(exchange);
            default -> send(exchange, 404, "404 page not found");
        }
        exchange.close();
    }

    private ObjectNode tags() {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode list = root.putArray("models");
        synchronized (models) {
            for (ModelSpec model : models.values()) {
                ObjectNode node = list.addObject();
                node.put("name", model.name());
                node.put("model", model.name());
                node.put("modified_at", "2025-09-30T10:15:30.123456789+02:00");
                node.put("size", model.sizeBytes());
                node.put("digest", model.digest());
                node.set("details", details(model));
            }
            models.keySet().removeAll(vanishAfterListing);
            vanishAfterListing.clear();
        }
        return root;
    }

    private ObjectNode details(ModelSpec model) {
        ObjectNode details = mapper.createObjectNode();
        details.put("parent_model", "");
        details.put("format", "gguf");
        details.put("family", model.family());
        details.putArray("families").add(model.family());
        details.put("parameter_size", model.parameterSize());
        details.put("quantization_level", "Q4_K_M");
        return details;
    }

    private void show(HttpExchange exchange) throws IOException {
        JsonNode body = mapper.readTree(readBody(exchange));
        String name = body.path("model").asText(body.path("name").asText(""));
        ModelSpec model = model(name);
        if (model == null) {
            send(exchange, 404, "{\"error\":\"model '" + name + "' not found\"}");
            return;
        }
        ObjectNode root = mapper.createObjectNode();
        root.put("license", "");
        root.put("modelfile", "# Modelfile generated by \"ollama show\"\nFROM " + model.name() + "\n");
        root.put("parameters", "temperature 0.2");
        root.put("template", "{{ .Prompt }}");
        root.set("details", details(model));
        ObjectNode info = root.putObject("model_info");
        info.put("general.architecture", model.family());
        info.put("general.parameter_count", 8_292_166_656L);
        info.put(model.family() + ".context_length", 128_000);
        ArrayNode capabilities = root.putArray("capabilities");
        model.capabilities().forEach(capabilities::add);
        root.put("modified_at", "2025-09-30T10:15:30.123456789+02:00");
        send(exchange, 200, mapper.writeValueAsString(root));
    }

    private void chat(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        try {
            answerChat(exchange);
        } finally {
            recorder.handled(System.nanoTime() - start);
        }
    }

    private void answerChat(HttpExchange exchange) throws IOException {
        ChatRequest request;
        try {
            String body = readBody(exchange);
            recorder.bodyRead(body.getBytes(StandardCharsets.UTF_8).length);
            request = ChatRequest.parse(body, mapper);
        } catch (IOException | IllegalArgumentException e) {
            send(exchange, 400, "{\"error\":" + mapper.writeValueAsString(String.valueOf(e.getMessage())) + "}");
            return;
        }
        recorder.received(keepContent ? request : request.withoutContent());
        recorder.started();
        try {
            if (!pause(latency)) {
                throw new ChatReply.AbortConnection("server closing");
            }
            ChatFault fault = nextFault();
            if (fault != null && fault.kind() == ChatFault.Kind.STATUS) {
                send(exchange, fault.status(), fault.body());
                return;
            }
            if (fault != null && fault.kind() == ChatFault.Kind.HANG && !untilReleased()) {
                throw new ChatReply.AbortConnection("server closing");
            }
            if (model(request.model()) == null) {
                send(exchange, 404, "{\"error\":\"model \\\"" + request.model() + "\\\" not found, try pulling it first\"}");
                return;
            }
            String content = answer.apply(request);
            String thinkingText = request.thinkingDisabled() ? null : thinking;
            ChatReply reply = new ChatReply(mapper, request, content, thinkingText);
            ChatReply.Pause pause = new ChatReply.Pause() {
                @Override
                public boolean pause(Duration duration) {
                    return SimulatedOllama.this.pause(duration);
                }

                @Override
                public boolean untilReleased() {
                    return SimulatedOllama.this.untilReleased();
                }
            };
            if (request.streaming()) {
                reply.writeStream(exchange, fault, tokenDelay, pause);
            } else {
                reply.writeSingle(exchange, fault, pause);
            }
        } finally {
            recorder.finished();
        }
    }

    /**
     * {@code /api/embed}: {@code {"model": …, "input": "text" or ["text", …]}} answered with
     * {@code {"model": …, "embeddings": [[…], …]}}, one unit-length vector per input, as Ollama does.
     */
    private void embed(HttpExchange exchange) throws IOException {
        JsonNode body;
        try {
            body = mapper.readTree(readBody(exchange));
        } catch (IOException e) {
            send(exchange, 400, "{\"error\":\"invalid JSON\"}");
            return;
        }
        String name = body.path("model").asText("");
        List<String> inputs = new ArrayList<>();
        JsonNode input = body.path("input");
        if (input.isArray()) {
            input.forEach(node -> inputs.add(node.asText()));
        } else {
            inputs.add(input.asText(""));
        }
        embedRequests.add(new EmbedRequest(name, List.copyOf(inputs)));
        if (!pause(embedLatency)) {
            throw new ChatReply.AbortConnection("server closing");
        }
        Integer status = nextEmbedFailure();
        if (status != null) {
            send(exchange, status, "{\"error\":\"simulated failure\"}");
            return;
        }
        ModelSpec model = model(name);
        if (model == null) {
            send(exchange, 404, "{\"error\":\"model \\\"" + name + "\\\" not found, try pulling it first\"}");
            return;
        }
        if (!model.embeds()) {
            send(exchange, 400, "{\"error\":\"\\\"" + model.name() + "\\\" does not support embeddings\"}");
            return;
        }
        ObjectNode root = mapper.createObjectNode();
        root.put("model", model.name());
        ArrayNode embeddings = root.putArray("embeddings");
        for (String text : inputs) {
            ArrayNode vector = embeddings.addArray();
            for (float v : SimulatedEmbeddings.embed(text, model.embeddingDimension())) {
                vector.add(v);
            }
        }
        root.put("total_duration", 14_143_917);
        root.put("load_duration", 1_019_500);
        root.put("prompt_eval_count", inputs.size() * 8);
        send(exchange, 200, mapper.writeValueAsString(root));
    }

    private Integer nextEmbedFailure() {
        synchronized (embedFailures) {
            return embedFailures.poll();
        }
    }

    private ChatFault nextFault() {
        synchronized (nextFaults) {
            if (!nextFaults.isEmpty()) {
                return nextFaults.poll();
            }
            return failFraction > 0 && failRandom.nextDouble() < failFraction ? ChatFault.internalError() : null;
        }
    }

    private ModelSpec model(String name) {
        synchronized (models) {
            return models.get(ModelNames.canonical(name));
        }
    }

    /** Waits on the server's thread; false when the server closed meanwhile. */
    private boolean pause(Duration duration) {
        if (duration.isZero()) {
            return closed.getCount() > 0;
        }
        try {
            return !closed.await(duration.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean untilReleased() {
        // Take the latch before counting the request as held: a release that comes right after the
        // count must find this request waiting on the latch it counts down.
        CountDownLatch latch = release;
        recorder.held(true);
        try {
            latch.await();
            return closed.getCount() > 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            recorder.held(false);
        }
    }

    private static String readBody(HttpExchange exchange) throws IOException {
        return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void sendText(HttpExchange exchange, String text) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        if ("HEAD".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
    }

    static void send(HttpExchange exchange, int status, String json) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }
}
