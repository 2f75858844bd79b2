package org.pothos.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ollama4j.Ollama;
import io.github.ollama4j.exceptions.OllamaException;
import io.github.ollama4j.models.chat.OllamaChatMessage;
import io.github.ollama4j.models.chat.OllamaChatMessageRole;
import io.github.ollama4j.models.chat.OllamaChatRequest;
import io.github.ollama4j.models.chat.OllamaChatTokenHandler;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins down what ollama4j 1.1.6 throws for each way a server fails, streaming and not, so that error
 * mapping elsewhere rests on observed behaviour. Every failure is an {@link OllamaException}; only
 * its message and cause tell the faults apart.
 */
class Ollama4jFaultsTest {

    private static final String MODEL = "qwen2.5vl:7b";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private SimulatedOllama server;
    private Ollama ollama;
    private ExecutorService callers;

    @BeforeEach
    void start() {
        server = SimulatedOllama.start().withVisionModel(MODEL).answer("{\"title\":\"Harbour at dusk\"}");
        ollama = new Ollama(server.baseUrl());
        ollama.setRequestTimeoutSeconds(30);
        callers = Executors.newCachedThreadPool();
    }

    @AfterEach
    void stop() {
        callers.shutdownNow();
        server.close();
    }

    private OllamaException chatFails(boolean stream) {
        return chatFails(stream, MODEL);
    }

    private OllamaException chatFails(boolean stream, String model) {
        OllamaChatTokenHandler handler = stream ? chunk -> { } : null;
        return assertThrows(OllamaException.class, () -> ollama.chat(request(model), handler));
    }

    private static OllamaChatRequest request(String model) {
        OllamaChatRequest request = OllamaChatRequest.builder().withModel(model).build();
        request.setMessages(new ArrayList<>(List.of(new OllamaChatMessage(OllamaChatMessageRole.USER, "Describe.",
                null, null, List.of(new byte[]{1, 2, 3})))));
        return request;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void status500KeepsOllamasText(boolean stream) {
        server.failNext(1, ChatFault.internalError());

        OllamaException error = chatFails(stream);

        assertEquals("llama runner process has terminated: exit status 2", error.getMessage());
        assertInstanceOf(OllamaException.class, error.getCause());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void status503BusyHasAnEmptyMessage(boolean stream) {
        server.failNext(1, ChatFault.busy());

        OllamaException error = chatFails(stream);

        assertEquals("", error.getMessage());
        assertInstanceOf(OllamaException.class, error.getCause());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void status400KeepsOllamasText(boolean stream) {
        server.failNext(1, 400, "{\"error\":\"time: missing unit in duration \\\"-1\\\"\"}");

        assertEquals("time: missing unit in duration \"-1\"", chatFails(stream).getMessage());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void unknownModelKeepsOllamasText(boolean stream) {
        assertEquals("model \"gone:1b\" not found, try pulling it first", chatFails(stream, "gone:1b").getMessage());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void errorAfterTheStreamStarted(boolean stream) {
        server.failNext(1, ChatFault.errorInStreamAfter(2, "failed to process inputs: image: unknown format"));

        OllamaException error = chatFails(stream);

        if (stream) {
            // the {"error"} line has no message, and ollama4j trips over that instead of reading the error
            assertInstanceOf(NullPointerException.class, error.getCause());
            assertTrue(error.getMessage().contains("getMessage()\" is null"), error.getMessage());
        } else {
            assertEquals("failed to process inputs: image: unknown format", error.getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void droppedConnectionSaysOnlyClosed(boolean stream) {
        server.failNext(1, ChatFault.dropAfter(2));

        OllamaException error = chatFails(stream);

        assertEquals("closed", error.getMessage());
        assertInstanceOf(IOException.class, error.getCause());
        assertEquals("closed", error.getCause().getMessage());
        assertNotNull(error.getCause().getCause(), "the JDK client names the framing it was reading");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void garbageLineIsAJsonParseError(boolean stream) {
        server.failNext(1, ChatFault.garbageLineAfter(2));

        OllamaException error = chatFails(stream);

        assertInstanceOf(com.fasterxml.jackson.core.JsonParseException.class, error.getCause());
        assertTrue(error.getMessage().startsWith("Unrecognized token 'data'"), error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void hangBeforeHeadersHitsTheRequestTimeout(boolean stream) {
        server.failNext(1, ChatFault.hang());
        ollama.setRequestTimeoutSeconds(1);

        OllamaException error = chatFails(stream);

        assertEquals("request timed out", error.getMessage());
        assertInstanceOf(HttpTimeoutException.class, error.getCause());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void interruptWhileWaitingForHeaders(boolean stream) throws Exception {
        server.failNext(1, ChatFault.hang());
        OllamaChatTokenHandler handler = stream ? chunk -> { } : null;

        OllamaException error = interrupted(handler, () -> server.awaitHeld(1, WAIT));

        assertEquals("Thread was interrupted", error.getMessage());
        assertInstanceOf(InterruptedException.class, error.getCause());
    }

    /**
     * The request timeout does not end a stream that stalls after its headers (it only covers the
     * wait for them). On the JDK 17 client an interrupt did not end it either; the Java 25 client's
     * response stream gives up on an interrupt, so a worker can be freed without the server's help.
     */
    @Test
    void onlyAnInterruptEndsAStalledStream() throws Exception {
        server.failNext(1, ChatFault.stallAfter(2));
        ollama.setRequestTimeoutSeconds(1);
        CountDownLatch firstChunk = new CountDownLatch(1);
        CompletableFuture<Thread> worker = new CompletableFuture<>();
        Future<OllamaException> call = callers.submit(() -> {
            worker.complete(Thread.currentThread());
            return assertThrows(OllamaException.class, () -> ollama.chat(request(MODEL), chunk -> firstChunk.countDown()));
        });
        assertTrue(firstChunk.await(WAIT.toSeconds(), TimeUnit.SECONDS));
        assertThrows(TimeoutException.class, () -> call.get(1500, TimeUnit.MILLISECONDS), "past the request timeout");

        worker.get(10, TimeUnit.SECONDS).interrupt();
        OllamaException error = call.get(10, TimeUnit.SECONDS);
        assertInstanceOf(IOException.class, error.getCause());
        assertInstanceOf(InterruptedException.class, error.getCause().getCause());
    }

    /** Throwing from the token handler is the way to cancel a stream that is still producing chunks. */
    @Test
    void throwingFromTheTokenHandlerEndsTheCall() throws Exception {
        server.tokenDelay(Duration.ofMillis(20)).answer("a long answer that trickles in token by token");
        AtomicInteger chunks = new AtomicInteger();

        OllamaException error = assertThrows(OllamaException.class, () -> ollama.chat(request(MODEL), chunk -> {
            if (chunks.incrementAndGet() == 3) {
                throw new CancellationException("job cancelled");
            }
        }));

        assertEquals("job cancelled", error.getMessage());
        assertInstanceOf(CancellationException.class, error.getCause());
        assertEquals(3, chunks.get());
    }

    private interface Ready {
        boolean await() throws InterruptedException;
    }

    /** Runs a chat on its own thread, interrupts it once the server holds it, and returns what it threw. */
    private OllamaException interrupted(OllamaChatTokenHandler handler, Ready ready) throws Exception {
        CompletableFuture<Thread> worker = new CompletableFuture<>();
        Future<OllamaException> call = callers.submit(() -> {
            worker.complete(Thread.currentThread());
            return assertThrows(OllamaException.class, () -> ollama.chat(request(MODEL), handler));
        });
        assertTrue(ready.await());
        worker.get(10, TimeUnit.SECONDS).interrupt();
        return call.get(5, TimeUnit.SECONDS);
    }
}
