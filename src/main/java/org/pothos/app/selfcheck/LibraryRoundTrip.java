package org.pothos.app.selfcheck;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.pothos.analysis.AnalysisBatch;
import org.pothos.analysis.AnalysisJob;
import org.pothos.analysis.AnalysisOptions;
import org.pothos.analysis.BatchProgress;
import org.pothos.analysis.Endpoint;
import org.pothos.app.AppContext;
import org.pothos.common.Cancellation;
import org.pothos.imageio.JpegEncoder;
import org.pothos.library.ImportListener;
import org.pothos.library.ImportOutcome;
import org.pothos.library.ImportReport;
import org.pothos.library.Label;
import org.pothos.library.LabelKind;
import org.pothos.library.MediaItem;
import org.pothos.library.Source;
import org.pothos.thumbnails.ThumbnailResult;
import org.pothos.thumbnails.ThumbnailSource;
import org.pothos.thumbnails.ThumbnailState;

/**
 * The library's own path through a fresh library: open (H2, Flyway, Hibernate), import a picture
 * drawn here, write and read labels, make its thumbnail, and analyse it against an Ollama-protocol
 * server on 127.0.0.1 (HTTP client, JSON, image preparation). Each step builds on the one before.
 */
final class LibraryRoundTrip implements AutoCloseable {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 480;
    private static final String MODEL = "pothos-check-vision";
    private static final String TITLE = "绿萝 self-check";
    private static final String DESCRIPTION = "A heart-shaped green leaf.";
    private static final String TOKEN = "self-check-token";
    private static final Duration ANALYSIS_DEADLINE = Duration.ofSeconds(60);

    private final Path folder;
    private AppContext context;
    private MediaItem item;

    LibraryRoundTrip(Path folder) {
        this.folder = folder;
    }

    List<Check> checks() {
        return List.of(
                new Check("database", this::open),
                new Check("import", this::importPicture),
                new Check("labels", this::writeAndReadLabels),
                new Check("thumbnail", this::thumbnail),
                new Check("analysis", this::analyse));
    }

    private String open() throws Exception {
        // The default endpoint is only recorded; the analysis step names its own server.
        context = AppContext.open(folder.resolve("library"), "http://127.0.0.1:11434");
        return "library opened, schema migrated and validated in " + context.dataDir();
    }

    private String importPicture() throws IOException {
        AppContext library = requireOpen();
        Path pictures = Files.createDirectories(folder.resolve("pictures"));
        JpegEncoder.imageIo().write(SamplePicture.draw(WIDTH, HEIGHT, 0), 0.9f, pictures.resolve("pothos-check.jpg"));
        ImportReport report = library.importService().importPaths(List.of(pictures), ImportListener.NONE,
                new Cancellation());
        ImportOutcome outcome = report.outcomes().stream()
                .filter(o -> o.kind() == ImportOutcome.Kind.IMPORTED)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the picture was not imported: " + report.outcomes()));
        item = library.mediaStore().findById(outcome.mediaId())
                .orElseThrow(() -> new IllegalStateException("imported item " + outcome.mediaId() + " cannot be read"));
        if (item.width() != WIDTH || item.height() != HEIGHT) {
            throw new IllegalStateException("read back as " + item.width() + "x" + item.height());
        }
        return "JPEG " + item.width() + "x" + item.height() + " imported as item " + item.id();
    }

    private String writeAndReadLabels() {
        AppContext library = requireOpen();
        MediaItem imported = requireItem();
        library.mediaStore().setTitle(imported.id(), TITLE, Source.USER);
        library.mediaStore().addLabels(imported.id(), LabelKind.TAG, List.of("leaf", "叶子"), Source.USER);
        MediaItem read = library.mediaStore().findById(imported.id()).orElseThrow();
        List<String> tags = read.tags().stream().map(Label::name).toList();
        if (!TITLE.equals(read.title()) || !tags.containsAll(List.of("leaf", "叶子"))) {
            throw new IllegalStateException("read back title " + read.title() + " and tags " + tags);
        }
        return "title and tags written and read back (" + String.join(", ", tags) + ")";
    }

    private String thumbnail() throws IOException {
        AppContext library = requireOpen();
        MediaItem imported = requireItem();
        ThumbnailResult result = library.thumbnailService().ensure(new ThumbnailSource(imported.contentHash(),
                imported.path()));
        if (result.state() != ThumbnailState.READY) {
            throw new IllegalStateException("thumbnail " + result.state() + ": " + result.reason());
        }
        BufferedImage thumbnail = ImageIO.read(result.file().toFile());
        int size = library.thumbnailService().sizePx();
        if (thumbnail == null || Math.max(thumbnail.getWidth(), thumbnail.getHeight()) != size) {
            throw new IllegalStateException("the cached thumbnail does not decode to " + size + " px");
        }
        return thumbnail.getWidth() + "x" + thumbnail.getHeight() + " thumbnail made and decoded";
    }

    private String analyse() throws IOException, InterruptedException {
        AppContext library = requireOpen();
        MediaItem imported = requireItem();
        // A token exercises the Authorization header the way a proxied endpoint would.
        try (StubOllama server = new StubOllama(MODEL, "{\"title\":\"Leaf\",\"description\":\"" + DESCRIPTION
                + "\",\"tags\":[\"plant\"],\"categories\":[\"Nature\"]}", TOKEN)) {
            Endpoint endpoint = library.endpointService().add("self-check", server.baseUrl(), 1, TOKEN);
            library.analysisService().start();
            AnalysisBatch batch = library.analysisService().analyse(List.of(imported.id()), MODEL, endpoint.id(),
                    AnalysisOptions.defaults());
            BatchProgress progress = awaitFinished(library, batch);
            if (progress.succeeded() != 1) {
                AnalysisJob job = library.jobStore().find(batch.jobIds().get(0)).orElseThrow();
                throw new IllegalStateException("analysis " + job.status() + ": " + job.errorMessage());
            }
            MediaItem analysed = library.mediaStore().findById(imported.id()).orElseThrow();
            if (!DESCRIPTION.equals(analysed.description()) || !TITLE.equals(analysed.title())) {
                throw new IllegalStateException("after analysis: title " + analysed.title() + ", description "
                        + analysed.description());
            }
            return "model answer over HTTP applied (your title kept), " + server.chatCount() + " request(s)";
        }
    }

    private static BatchProgress awaitFinished(AppContext library, AnalysisBatch batch) throws InterruptedException {
        long deadline = System.nanoTime() + ANALYSIS_DEADLINE.toNanos();
        BatchProgress progress = library.analysisService().progress(batch.id());
        while (!progress.finished()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no answer within " + ANALYSIS_DEADLINE.toSeconds() + " s");
            }
            Thread.sleep(20);
            progress = library.analysisService().progress(batch.id());
        }
        return progress;
    }

    private AppContext requireOpen() {
        if (context == null) {
            throw new Check.Skipped("the library did not open");
        }
        return context;
    }

    private MediaItem requireItem() {
        if (item == null) {
            throw new Check.Skipped("no imported picture");
        }
        return item;
    }

    @Override
    public void close() {
        if (context != null) {
            try {
                context.close();
            } catch (IOException | RuntimeException e) {
                // The library lives in a temporary folder that is deleted next; nothing to keep.
            }
        }
    }
}
