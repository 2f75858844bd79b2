package org.pothos.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.app.AppContext;
import org.pothos.common.Cancellation;
import org.pothos.library.ImportListener;
import org.pothos.library.MediaItem;
import org.pothos.library.MediaQuery;
import org.pothos.testsupport.TestImages;

/**
 * Against a real Ollama at {@code OLLAMA_HOST} (default localhost): runs only when one answers and
 * has a vision model installed, and skips itself otherwise.
 */
class LiveOllamaTest {

    @TempDir
    Path temp;

    @Test
    void aRealVisionModelDescribesAPicture() throws Exception {
        String url = OllamaHost.defaultUrl(System.getenv(OllamaHost.ENV_VARIABLE));
        assumeTrue(answers(url), "no Ollama answers at " + url);
        try (AppContext context = AppContext.open(temp.resolve("library"), url)) {
            Endpoint endpoint = context.endpointService().defaultEndpoint().orElseThrow();
            Optional<String> model = context.endpointService().chooseModel(endpoint);
            assumeTrue(model.isPresent(), "no vision model installed at " + url);

            Path photos = Files.createDirectories(temp.resolve("photos"));
            TestImages.jpeg(photos, "picture.jpg", 800, 600);
            context.importService().importPaths(List.of(photos), ImportListener.NONE, new Cancellation());
            List<Long> ids = context.mediaStore().findIds(MediaQuery.all());

            CountDownLatch done = new CountDownLatch(1);
            context.analysisService().addListener(new AnalysisListener() {
                @Override
                public void onBatch(BatchProgress progress) {
                    if (progress.finished()) {
                        done.countDown();
                    }
                }
            });
            context.analysisService().start();
            AnalysisBatch batch = context.analysisService().analyse(ids, model.get(), null, AnalysisOptions.defaults());
            done.await(10, TimeUnit.MINUTES);
            assertEquals(1, context.analysisService().progress(batch.id()).succeeded(),
                    context.jobStore().list(null, 0, 1).items().toString());
            MediaItem item = context.mediaStore().findById(ids.get(0)).orElseThrow();
            assertFalse(item.title() == null || item.title().isBlank());
            assertFalse(item.tags().isEmpty());
        }
    }

    private static boolean answers(String url) {
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()
                    .send(HttpRequest.newBuilder(URI.create(url + "/api/version")).timeout(Duration.ofSeconds(2)).build(),
                            HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }
}
