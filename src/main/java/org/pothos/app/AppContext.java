package org.pothos.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.pothos.analysis.AnalysisEvents;
import org.pothos.analysis.AnalysisService;
import org.pothos.analysis.AnalysisSettings;
import org.pothos.analysis.EndpointService;
import org.pothos.analysis.ImagePreparer;
import org.pothos.analysis.JobDispatcher;
import org.pothos.analysis.JobRunner;
import org.pothos.analysis.JobStatus;
import org.pothos.analysis.JobStore;
import org.pothos.analysis.ModelCatalog;
import org.pothos.analysis.OllamaHost;
import org.pothos.analysis.VisionModelClient;
import org.pothos.analysis.answer.AnswerParser;
import org.pothos.analysis.prompt.PromptBuilder;
import org.pothos.codecs.NativeCodecs;
import org.pothos.common.DaemonThreads;
import org.pothos.embedding.EmbeddingService;
import org.pothos.fxdecode.FxScaledJpegDecoder;
import org.pothos.heif.LibHeifDecoder;
import org.pothos.imageio.HeifDecoder;
import org.pothos.imageio.ImageDecoder;
import org.pothos.imageio.ImageInspector;
import org.pothos.labelsync.LabelAutoWriter;
import org.pothos.labelsync.LabelSyncService;
import org.pothos.library.ImportService;
import org.pothos.library.ItemEditor;
import org.pothos.library.LibrarySettings;
import org.pothos.library.MediaStore;
import org.pothos.library.RescanService;
import org.pothos.library.ThumbnailBackfill;
import org.pothos.ollama.OllamaEmbeddingClient;
import org.pothos.ollama.OllamaVisionClient;
import org.pothos.persistence.Database;
import org.pothos.persistence.JpaEmbeddingStore;
import org.pothos.persistence.JpaEndpointStore;
import org.pothos.persistence.JpaJobStore;
import org.pothos.persistence.JpaLabelSyncStore;
import org.pothos.persistence.JpaLibrarySettings;
import org.pothos.persistence.JpaMediaStore;
import org.pothos.persistence.JpaPromptHints;
import org.pothos.persistence.JpaReviewStore;
import org.pothos.persistence.JpaSearchSource;
import org.pothos.persistence.JpaSimilarityStore;
import org.pothos.persistence.JpaVocabularyStore;
import org.pothos.review.ReviewStore;
import org.pothos.search.LibrarySearch;
import org.pothos.searchindex.LuceneSearchIndex;
import org.pothos.similar.DuplicateFinder;
import org.pothos.similar.DuplicateResolver;
import org.pothos.similar.PerceptualHashBackfill;
import org.pothos.similar.SimilarPictures;
import org.pothos.similar.SimilarityStore;
import org.pothos.thumbnails.ThumbnailService;
import org.pothos.vocabulary.VocabularyStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds every service once, for the GUI and the command line alike, and
 * closes them in reverse order. Holding it means holding the library's lock.
 */
public final class AppContext implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);

    private final Path dataDir;
    private final LibraryLock lock;
    private final Database database;
    private final MediaStore mediaStore;
    private final ImportService importService;
    private final RescanService rescanService;
    private final ItemEditor itemEditor;
    private final ImageDecoder imageDecoder = newImageDecoder();
    private final ThumbnailService thumbnailService;
    private final ThumbnailBackfill thumbnailBackfill;
    private final JobStore jobStore;
    private final ReviewStore reviewStore;
    private final VocabularyStore vocabularyStore;
    private final LibrarySettings librarySettings;
    private final EndpointService endpointService;
    private final AtomicReference<AnalysisSettings> analysisSettings = new AtomicReference<>(AnalysisSettings.defaults());
    private final ExecutorService fieldCalls;
    private final ExecutorService imagePreparation;
    private final AnalysisService analysisService;
    private final LuceneSearchIndex searchIndex;
    private final LibrarySearch search;
    private final EmbeddingService embeddings;
    private final PerceptualHashBackfill perceptualHashes;
    private final DuplicateFinder duplicateFinder;
    private final DuplicateResolver duplicateResolver;
    private final SimilarPictures similarPictures;
    private final LabelSyncService labelSync;
    private final LabelAutoWriter labelAutoWriter;
    private final int recoveredJobs;
    private final List<Long> queuedAtOpen;

    private AppContext(Path dataDir, LibraryLock lock, Database database, VisionModelClient modelClient,
                       String ollamaHost, int workerThreads) {
        this.dataDir = dataDir;
        this.lock = lock;
        this.database = database;
        int cores = workerThreads;
        this.mediaStore = new JpaMediaStore(database, Clock.systemUTC());
        this.importService = new ImportService(mediaStore, new ImageInspector(), cores);
        this.rescanService = new RescanService(mediaStore, importService);
        this.itemEditor = new ItemEditor(mediaStore);
        this.thumbnailService = new ThumbnailService(thumbnailDir(dataDir), ThumbnailService.DEFAULT_SIZE,
                ThumbnailService.DEFAULT_MAX_PIXELS, cores, ThumbnailService.DEFAULT_MEMORY_CACHE_BYTES, imageDecoder);
        this.thumbnailBackfill = new ThumbnailBackfill(mediaStore, thumbnailService, cores);

        Clock clock = Clock.systemUTC();
        JpaEndpointStore endpointStore = new JpaEndpointStore(database, clock);
        this.jobStore = new JpaJobStore(database, clock);
        this.reviewStore = new JpaReviewStore(database, clock);
        this.vocabularyStore = new JpaVocabularyStore(database, clock);
        this.librarySettings = new JpaLibrarySettings(database);
        ModelCatalog catalog = new ModelCatalog(endpointStore, modelClient, clock);
        this.endpointService = new EndpointService(endpointStore, catalog, modelClient);
        endpointService.ensureDefault(ollamaHost);
        this.fieldCalls = Executors.newCachedThreadPool(DaemonThreads.named("pothos-analysis-field"));
        // As many preparing threads as cores for CPU work: at high concurrency the model answers faster than one
        // thread decodes and encodes, and waiting requests stream with hardly any CPU.
        this.imagePreparation = Executors.newFixedThreadPool(cores, DaemonThreads.named("pothos-analysis-prepare"));
        JobRunner runner = new JobRunner(mediaStore, catalog, modelClient, new ImagePreparer(imageDecoder), new PromptBuilder(),
                new AnswerParser(), fieldCalls, imagePreparation, new JpaPromptHints(database, clock));
        AnalysisEvents events = new AnalysisEvents();
        JobDispatcher dispatcher = new JobDispatcher(jobStore, endpointStore, runner, catalog, events, clock,
                analysisSettings::get);
        this.analysisService = new AnalysisService(jobStore, dispatcher, events, clock);
        // Opened when first needed (a search, or the window once its first page shows): never on the start path.
        this.searchIndex = new LuceneSearchIndex(dataDir, new JpaSearchSource(database));
        this.embeddings = new EmbeddingService(new JpaEmbeddingStore(database, clock), new OllamaEmbeddingClient(),
                endpointService::defaultEndpoint, searchIndex::embeddingModelChanged);
        database.addSearchChangeListener(embeddings::wake);
        this.search = new LibrarySearch(searchIndex, mediaStore, embeddings);
        SimilarityStore similarity = new JpaSimilarityStore(database, clock);
        thumbnailService.onPerceptualHash(similarity::setPerceptualHash);
        this.perceptualHashes = new PerceptualHashBackfill(similarity, thumbnailService, imageDecoder, cores);
        this.duplicateFinder = new DuplicateFinder(similarity, mediaStore);
        this.duplicateResolver = new DuplicateResolver(similarity, new DesktopTrash());
        this.similarPictures = new SimilarPictures(similarity, mediaStore, searchIndex, embeddings);
        JpaLabelSyncStore labelSyncStore = new JpaLabelSyncStore(database, mediaStore, clock);
        this.labelSync = new LabelSyncService(labelSyncStore, librarySettings, thumbnailService, "Pothos " + PothosVersion.get());
        this.labelAutoWriter = new LabelAutoWriter(labelSync, labelSyncStore, clock);
        // The lock is ours: whatever was RUNNING belongs to a process that died.
        this.recoveredJobs = jobStore.recoverInterrupted();
        this.queuedAtOpen = jobStore.idsWithStatus(JobStatus.QUEUED);
        LOG.info("Library opened in {}: {} analysis job(s) waiting, {} put back in the queue after an interrupted run",
                dataDir, queuedAtOpen.size(), recoveredJobs);
    }

    /** Opens the library in {@code dataDir}, creating the folder and the database on first use. */
    public static AppContext open(Path dataDir) throws IOException, LibraryLock.LibraryInUseException {
        return open(dataDir, System.getenv(OllamaHost.ENV_VARIABLE));
    }

    /**
     * Like {@link #open(Path)}, with the address a new library takes as its default endpoint given
     * instead of read from {@code OLLAMA_HOST}.
     */
    public static AppContext open(Path dataDir, String ollamaHost) throws IOException, LibraryLock.LibraryInUseException {
        return open(dataDir, ollamaHost, Runtime.getRuntime().availableProcessors());
    }

    /**
     * For the window: CPU-heavy background work (import, thumbnails) uses one core less than the
     * machine has, so the JavaFX thread always finds a core to render and react on.
     */
    public static AppContext openForDesktop(Path dataDir, String ollamaHost)
            throws IOException, LibraryLock.LibraryInUseException {
        return open(dataDir, ollamaHost, Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    }

    private static AppContext open(Path dataDir, String ollamaHost, int workerThreads)
            throws IOException, LibraryLock.LibraryInUseException {
        Files.createDirectories(dataDir);
        LibraryLock lock = LibraryLock.acquire(dataDir);
        try {
            return new AppContext(dataDir, lock, Database.open(dataDir), new OllamaVisionClient(Clock.systemUTC()),
                    ollamaHost, workerThreads);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Decodes common JPEGs at a reduced DCT scale through libjpeg-turbo where the system has it, else through
     * JavaFX's bundled libjpeg (see {@link FxScaledJpegDecoder}); WebP pictures scaled while decoding through libwebp
     * and HEIF and AVIF through libheif where the system has them; everything else, and whatever those decline,
     * with ImageIO.
     */
    public static ImageDecoder newImageDecoder() {
        return NativeCodecs.imageDecoder(new FxScaledJpegDecoder(), HEIF.get());
    }

    /** libheif is bound once per process: binding costs a library load and a dozen method handles. */
    private static final Supplier<HeifDecoder> HEIF = new Supplier<>() {
        private volatile HeifDecoder loaded;

        @Override
        public HeifDecoder get() {
            HeifDecoder decoder = loaded;
            if (decoder == null) {
                synchronized (this) {
                    if (loaded == null) {
                        loaded = LibHeifDecoder.load();
                    }
                    decoder = loaded;
                }
            }
            return decoder;
        }
    };

    public static Path thumbnailDir(Path dataDir) {
        return dataDir.resolve("thumbnails");
    }

    public Path dataDir() {
        return dataDir;
    }

    public MediaStore mediaStore() {
        return mediaStore;
    }

    public ImportService importService() {
        return importService;
    }

    public RescanService rescanService() {
        return rescanService;
    }

    /** Edits of many items at once (a selection, or the items a command names), with undo. */
    public ItemEditor itemEditor() {
        return itemEditor;
    }

    public ImageDecoder imageDecoder() {
        return imageDecoder;
    }

    public ThumbnailService thumbnailService() {
        return thumbnailService;
    }

    public ThumbnailBackfill thumbnailBackfill() {
        return thumbnailBackfill;
    }

    public JobStore jobStore() {
        return jobStore;
    }

    /** The suggestions waiting for the person's review, and their decisions. */
    public ReviewStore reviewStore() {
        return reviewStore;
    }

    /** The person's tags and categories: rename, merge, delete, aliases, hierarchy. */
    public VocabularyStore vocabularyStore() {
        return vocabularyStore;
    }

    /** Settings kept in the library itself (review mode, vocabulary mode). */
    public LibrarySettings librarySettings() {
        return librarySettings;
    }

    public EndpointService endpointService() {
        return endpointService;
    }

    public AnalysisService analysisService() {
        return analysisService;
    }

    /** Search by words and meaning; its index opens on the first search or {@code searchIndex().start()}. */
    public LibrarySearch search() {
        return search;
    }

    /** Embeddings for search by meaning; runs in the background once {@code start()}ed (the window), else on request. */
    public EmbeddingService embeddings() {
        return embeddings;
    }

    /** Computes the perceptual hashes thumbnails have not given yet (items imported before, or never shown). */
    public PerceptualHashBackfill perceptualHashes() {
        return perceptualHashes;
    }

    public DuplicateFinder duplicateFinder() {
        return duplicateFinder;
    }

    public DuplicateResolver duplicateResolver() {
        return duplicateResolver;
    }

    public SimilarPictures similarPictures() {
        return similarPictures;
    }

    /** How analysis jobs run; the dispatcher reads it before each round, so changes apply at once. */
    public AtomicReference<AnalysisSettings> analysisSettings() {
        return analysisSettings;
    }

    /** Writes labels into the pictures' files (XMP sidecars or embedded), and says how the files stand. */
    public LabelSyncService labelSync() {
        return labelSync;
    }

    /** Writes labels into files in the background as the library changes; the window starts it. */
    public LabelAutoWriter labelAutoWriter() {
        return labelAutoWriter;
    }

    /** Jobs found RUNNING at start-up (left by a crash) and put back in the queue. */
    public int recoveredJobs() {
        return recoveredJobs;
    }

    /** The jobs that waited in the queue when the library was opened: left by an earlier run, to resume or discard. */
    public List<Long> queuedAtOpen() {
        return queuedAtOpen;
    }

    @Override
    public void close() throws IOException {
        labelAutoWriter.close();
        analysisService.close();
        fieldCalls.shutdownNow();
        imagePreparation.shutdownNow();
        thumbnailService.close();
        embeddings.close();
        searchIndex.close();
        database.close();
        lock.close();
        LOG.info("Library closed: {}", dataDir);
    }
}
