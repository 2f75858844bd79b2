package org.pothos.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ollama4j.Ollama;
import io.github.ollama4j.exceptions.OllamaException;
import io.github.ollama4j.models.chat.OllamaChatMessage;
import io.github.ollama4j.models.chat.OllamaChatMessageRole;
import io.github.ollama4j.models.chat.OllamaChatRequest;
import io.github.ollama4j.models.chat.OllamaChatResult;
import io.github.ollama4j.models.chat.OllamaChatTokenHandler;
import io.github.ollama4j.models.request.ThinkMode;
import io.github.ollama4j.models.response.Model;
import io.github.ollama4j.models.response.ModelDetail;
import io.github.ollama4j.utils.OptionsBuilder;
import java.awt.Dimension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.analysis.AnalysisField;
import org.pothos.analysis.AnswerLimits;
import org.pothos.analysis.answer.AnswerSchema;
import org.pothos.testsupport.TestImages;

/** The test server checked with the real client the application uses, ollama4j 1.1.6. */
class SimulatedOllamaTest {

    private static final String VISION = "qwen2.5vl:7b";
    private static final String TEXT = "llama3.2:3b";
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String ANSWER = "{\"title\":\"Harbour at dusk\",\"tags\":[\"boat\",\"harbour\"]}";

    private SimulatedOllama server;
    private Ollama ollama;
    private ExecutorService callers;

    @BeforeEach
    void start() {
        server = SimulatedOllama.start().withVisionModel(VISION).withTextModel(TEXT).answer(ANSWER);
        ollama = new Ollama(server.baseUrl());
        ollama.setRequestTimeoutSeconds(30);
        callers = Executors.newCachedThreadPool();
    }

    @AfterEach
    void stop() {
        callers.shutdownNow();
        server.close();
    }

    private static OllamaChatRequest request(String model, byte[] image) {
        OllamaChatRequest request = OllamaChatRequest.builder().withModel(model).build();
        List<byte[]> images = image == null ? null : List.of(image);
        request.setMessages(new ArrayList<>(List.of(
                new OllamaChatMessage(OllamaChatMessageRole.USER, "Describe this photo.", null, null, images))));
        return request;
    }

    private static byte[] jpeg(int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(TestImages.picture(width, height), "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- discovery ----

    @Test
    void pingVersionAndRootAnswerLikeOllama() throws Exception {
        assertTrue(ollama.ping());
        assertEquals("0.12.3", ollama.getVersion());

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> root = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<Void> head = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals("Ollama is running", root.body());
        assertEquals(200, head.statusCode());
    }

    @Test
    void pingFailsWhenNothingListens() {
        String url = server.baseUrl();
        server.close();

        assertThrows(OllamaException.class, () -> new Ollama(url).ping());
    }

    @Test
    void listsModelsWithTheirDetails() throws Exception {
        List<Model> models = ollama.listModels();

        assertEquals(List.of(VISION, TEXT), models.stream().map(Model::getName).toList());
        Model vision = models.get(0);
        assertEquals(VISION, vision.getModel());
        assertEquals("8.3B", vision.getModelMeta().getParameterSize());
        assertEquals("Q4_K_M", vision.getModelMeta().getQuantizationLevel());
        assertEquals(64, vision.getDigest().length());
        assertTrue(vision.getSize() > 0);
        assertEquals(2025, vision.getModifiedAt().getYear());
    }

    @Test
    void showsCapabilitiesTellingVisionModelsApart() throws Exception {
        ModelDetail vision = ollama.getModelDetails(VISION);
        ModelDetail text = ollama.getModelDetails(TEXT);

        assertTrue(List.of(vision.getCapabilities()).contains("vision"));
        assertFalse(List.of(text.getCapabilities()).contains("vision"));
        assertTrue(List.of(text.getCapabilities()).contains("completion"));
        assertEquals("gguf", vision.getDetails().getFormat());
        assertTrue(vision.getModelFile().contains("FROM " + VISION));
    }

    @Test
    void showingAnUnknownModelFails() {
        OllamaException error = assertThrows(OllamaException.class, () -> ollama.getModelDetails("nope:1b"));

        assertTrue(error.getMessage().contains("model 'nope:1b' not found"), error.getMessage());
    }

    // ---- chat ----

    @Test
    void nonStreamingChatCarriesImageFormatAndOptions() throws Exception {
        byte[] image = jpeg(320, 240);
        Map<String, Object> schema = AnswerSchema.forFields(EnumSet.of(AnalysisField.TITLE, AnalysisField.TAGS),
                AnswerLimits.defaults());
        OllamaChatRequest request = request(VISION, image);
        request.setFormat(schema);
        request.setKeepAlive("30m");
        Map<String, Object> options = new HashMap<>();
        options.put("temperature", 0.2);
        options.put("num_ctx", 4096);
        request.setOptions(options);
        server.answer(received -> "{\"title\":\"" + received.images().size() + " image, prompt: " + received.prompt() + "\"}");

        OllamaChatResult result = ollama.chat(request, null);

        assertEquals("{\"title\":\"1 image, prompt: Describe this photo.\"}",
                result.getResponseModel().getMessage().getResponse());
        assertTrue(result.getResponseModel().isDone());
        assertEquals("stop", result.getResponseModel().getDoneReason());
        assertTrue(result.getResponseModel().getEvalCount() > 0);

        ChatRequest received = server.chatRequests().get(0);
        assertEquals(VISION, received.model());
        assertEquals(Boolean.FALSE, received.stream());
        assertEquals(schema, received.formatSchema());
        assertEquals("30m", received.keepAlive());
        assertEquals(0.2, received.options().get("temperature"));
        assertEquals(List.of("Describe this photo."), server.prompts());
        byte[] sent = received.images().get(0);
        assertArrayEquals(image, sent);
        assertEquals(new Dimension(320, 240), ReceivedImages.dimensions(sent));
        assertFalse(ReceivedImages.hasExif(sent));
        assertEquals(1, server.chatCount(VISION));
        assertEquals(0, server.chatCount(TEXT));
    }

    @Test
    void receivedImagesRevealExif(@TempDir Path dir) throws Exception {
        byte[] withExif = Files.readAllBytes(TestImages.jpegWithExif(dir, "exif.jpg", 64, 48,
                TestImages.ExifSpec.empty().camera("Canon", "EOS")));

        ollama.chat(request(VISION, withExif), null);

        assertTrue(ReceivedImages.hasExif(server.chatRequests().get(0).images().get(0)));
    }

    @Test
    void streamingChatDeliversNewTokensThenTheWholeAnswer() throws Exception {
        server.thinking("The user wants a title. I see boats.");
        List<String> contentTokens = new ArrayList<>();
        StringBuilder thinking = new StringBuilder();
        OllamaChatTokenHandler handler = chunk -> {
            if (chunk.getMessage() != null && chunk.getMessage().getThinking() != null) {
                thinking.append(chunk.getMessage().getThinking());
            } else if (chunk.getMessage() != null && !chunk.getMessage().getResponse().isEmpty()) {
                contentTokens.add(chunk.getMessage().getResponse());
            }
        };

        OllamaChatResult result = ollama.chat(request(VISION, jpeg(64, 64)), handler);

        assertTrue(contentTokens.size() > 5, contentTokens.toString());
        assertEquals(ANSWER, String.join("", contentTokens));
        assertEquals("The user wants a title. I see boats.", thinking.toString());
        assertEquals(ANSWER, result.getResponseModel().getMessage().getResponse());
        assertEquals(Boolean.TRUE, server.chatRequests().get(0).stream());
    }

    @Test
    void thinkingIsLeftOutWhenTheRequestTurnsItOff() throws Exception {
        server.thinking("hidden");
        OllamaChatRequest request = request(VISION, null);
        request.setThink(ThinkMode.DISABLED);

        OllamaChatResult result = ollama.chat(request, null);

        assertEquals(Boolean.FALSE, server.chatRequests().get(0).think());
        assertNull(result.getResponseModel().getMessage().getThinking());
    }

    @Test
    void unknownModelIs404WithOllamasText() {
        OllamaException error = assertThrows(OllamaException.class, () -> ollama.chat(request("nope:1b", null), null));

        assertEquals("model \"nope:1b\" not found, try pulling it first", error.getMessage());
        assertEquals(1, server.chatCount("nope:1b"));
    }

    @Test
    void modelVanishesBetweenListingAndChat() throws Exception {
        server.vanishAfterListing(VISION);

        assertTrue(ollama.listModels().stream().anyMatch(model -> model.getName().equals(VISION)));
        OllamaException error = assertThrows(OllamaException.class, () -> ollama.chat(request(VISION, null), null));
        assertTrue(error.getMessage().contains("not found"));
        assertFalse(ollama.listModels().stream().anyMatch(model -> model.getName().equals(VISION)));
    }

    @Test
    void textOnlyModelStillAnswersWhenGivenAnImage() throws Exception {
        OllamaChatResult result = ollama.chat(request(TEXT, jpeg(32, 32)), null);

        assertEquals(ANSWER, result.getResponseModel().getMessage().getResponse());
    }

    // ---- faults ----

    @Test
    void failNextThenRecover() throws Exception {
        server.failNext(2, 500, "{\"error\":\"llama runner process has terminated: signal: killed\"}");

        for (int i = 0; i < 2; i++) {
            OllamaException error = assertThrows(OllamaException.class, () -> ollama.chat(request(VISION, null), null));
            assertEquals("llama runner process has terminated: signal: killed", error.getMessage());
        }
        assertEquals(ANSWER, ollama.chat(request(VISION, null), null).getResponseModel().getMessage().getResponse());
        assertEquals(3, server.chatCount());
    }

    @Test
    void seededFractionFailsPredictably() throws Exception {
        server.failFraction(0.4, 7);
        Random expected = new Random(7);
        for (int i = 0; i < 20; i++) {
            boolean shouldFail = expected.nextDouble() < 0.4;
            OllamaChatRequest request = request(VISION, null);
            if (shouldFail) {
                assertThrows(OllamaException.class, () -> ollama.chat(request, null));
            } else {
                ollama.chat(request, null);
            }
        }
        assertEquals(20, server.chatCount());
    }

    @Test
    void garbageLineInAStreamSurfacesAsAParseError() {
        server.failNext(1, ChatFault.garbageLineAfter(2));

        OllamaException error = assertThrows(OllamaException.class,
                () -> ollama.chat(request(VISION, null), chunk -> { }));

        assertInstanceOf(com.fasterxml.jackson.core.JsonParseException.class, error.getCause());
    }

    @Test
    void concurrentRequestsAreCountedAndHeldUntilReleased() throws Exception {
        server.failNext(4, ChatFault.hang());
        List<Future<OllamaChatResult>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(callers.submit(() -> ollama.chat(request(VISION, null), null)));
        }

        assertTrue(server.awaitHeld(4, WAIT));
        assertEquals(4, server.inFlight());
        server.releaseHeld();
        for (Future<OllamaChatResult> call : calls) {
            assertEquals(ANSWER, call.get(10, TimeUnit.SECONDS).getResponseModel().getMessage().getResponse());
        }
        assertEquals(4, server.maxConcurrentChats());
        assertTrue(server.awaitInFlight(0, WAIT));
    }

    @Test
    void latencyIsSpentOnTheServer() throws Exception {
        server.latency(Duration.ofMillis(200));
        long start = System.nanoTime();

        ollama.chat(request(VISION, null), null);

        assertTrue(System.nanoTime() - start >= Duration.ofMillis(200).toNanos());
    }

    @Test
    void slowStreamTricklesTokens() throws Exception {
        server.tokenDelay(Duration.ofMillis(20)).answer("a slow little answer");
        List<Long> arrivals = new ArrayList<>();

        ollama.chat(request(VISION, null), chunk -> arrivals.add(System.nanoTime()));

        assertTrue(arrivals.size() >= 5);
        // The first chunk may reach the handler late (class loading, a busy machine) and the next ones
        // catch up with it, so one gap of the span is not counted on.
        long span = arrivals.get(arrivals.size() - 1) - arrivals.get(0);
        assertTrue(span >= Duration.ofMillis(20L * (arrivals.size() - 2)).toNanos(), span / 1_000_000 + " ms");
    }

    @Test
    void hangPastTheRequestTimeoutTimesOut() {
        server.failNext(1, ChatFault.hang());
        ollama.setRequestTimeoutSeconds(1);

        OllamaException error = assertThrows(OllamaException.class, () -> ollama.chat(request(VISION, null), null));

        assertEquals("request timed out", error.getMessage());
        assertInstanceOf(java.net.http.HttpTimeoutException.class, error.getCause());
    }

    @Test
    void interruptingAHungCallReturnsPromptly() throws Exception {
        server.failNext(1, ChatFault.hang());
        CompletableFuture<Thread> worker = new CompletableFuture<>();
        Future<Throwable> call = callers.submit(() -> {
            worker.complete(Thread.currentThread());
            try {
                ollama.chat(request(VISION, null), null);
                return null;
            } catch (OllamaException e) {
                return e;
            }
        });
        assertTrue(server.awaitHeld(1, WAIT));

        worker.get(10, TimeUnit.SECONDS).interrupt();

        assertInstanceOf(OllamaException.class, call.get(5, TimeUnit.SECONDS));
    }

    @Test
    void closingReleasesHeldRequests() throws Exception {
        server.failNext(1, ChatFault.hang());
        Future<Throwable> call = callers.submit(() -> {
            try {
                ollama.chat(request(VISION, null), null);
                return null;
            } catch (OllamaException e) {
                return e;
            }
        });
        assertTrue(server.awaitHeld(1, WAIT));

        server.close();

        assertInstanceOf(OllamaException.class, call.get(10, TimeUnit.SECONDS));
    }

    @Test
    void unparsableRequestIs400() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/chat"))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"messages\": []}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("\"error\""));
    }

    @Test
    void textOptionsUseTheClientsBuilder() throws Exception {
        OllamaChatRequest request = request(VISION, null);
        request.setOptions(new OptionsBuilder().setTemperature(0.1f).setNumCtx(2048).build().getOptionsMap());

        ollama.chat(request, null);

        assertEquals(2048, server.chatRequests().get(0).options().get("num_ctx"));
    }
}
