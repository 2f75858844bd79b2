package org.pothos.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.pothos.analysis.AnalysisService;
import org.pothos.analysis.AnalysisSettings;
import org.pothos.analysis.EndpointService;
import org.pothos.analysis.JobStatus;
import org.pothos.analysis.JobStore;
import org.pothos.analysis.OllamaHost;
import org.pothos.analysis.VisionModelClient;
import org.pothos.codecs.NativeCodecs;
import org.pothos.common.Lazy;
import org.pothos.embedding.EmbeddingService;
import org.pothos.fxdecode.FxScaledJpegDecoder;
import org.pothos.heif.LibHeifDecoder;
import org.pothos.imageio.HeifDecoder;
import org.pothos.imageio.ImageDecoder;
import org.pothos.imageio.ImageInspector;
import org.pothos.imageio.JpegEncoder;
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
import org.pothos.persistence.JpaJobStore;
import org.pothos.persistence.JpaLabelSyncStore;
import org.pothos.persistence.JpaLibrarySettings;
import org.pothos.persistence.JpaMediaStore;
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
    private final int cores;
    private final MediaStore mediaStore;
    private final JobStore jobStore;
    private final ReviewStore reviewStore;
    private final VocabularyStore vocabularyStore;
    private final LibrarySettings librarySettings;
    private final Lazy<ImportService> importService;
    private final Lazy<RescanService> rescanService;
    private final Lazy<ItemEditor> itemEditor;
    private final Lazy<ImageDecoder> imageDecoder = new Lazy<>(AppContext::newImageDecoder);
    private final Lazy<ThumbnailService> thumbnailService;
    private final Lazy<ThumbnailBackfill> thumbnailBackfill;
    private final AtomicReference<AnalysisSettings> analysisSettings = new AtomicReference<>(AnalysisSettings.defaults());
    private final Lazy<AnalysisWiring> analysis;
    private final Lazy<LuceneSearchIndex> searchIndex;
    private final Lazy<EmbeddingService> embeddings;
    private final Lazy<LibrarySearch> search;
    private final Lazy<SimilarityStore> similarity;
    private final Lazy<PerceptualHashBackfill> perceptualHashes;
    private final Lazy<DuplicateFinder> duplicateFinder;
    private final Lazy<DuplicateResolver> duplicateResolver;
    private final Lazy<SimilarPictures> similarPictures;
    private final Lazy<JpaLabelSyncStore> labelSyncStore;
    private final Lazy<LabelSyncService> labelSync;
    private final Lazy<LabelAutoWriter> labelAutoWriter;
    private final int recoveredJobs;
    private final List<Long> queuedAtOpen;

    /**
     * Builds only what every use needs (the stores) and recovers the job queue; the other services are made on
     * first use, so that a command such as {@code stats} starts no thread pool, HTTP client, codec or index it does
     * not use.
     */
    private AppContext(Path dataDir, LibraryLock lock, Database database, Supplier<VisionModelClient> modelClient,
                       OllamaHost.Setting ollamaHost, int workerThreads) {
        this.dataDir = dataDir;
        this.lock = lock;
        this.database = database;
        this.cores = workerThreads;
        Clock clock = Clock.systemUTC();
        this.mediaStore = new JpaMediaStore(database, clock);
        this.jobStore = new JpaJobStore(database, clock);
        this.reviewStore = new JpaReviewStore(database, clock);
        this.vocabularyStore = new JpaVocabularyStore(database, clock);
        this.librarySettings = new JpaLibrarySettings(database);
        this.importService = new Lazy<>(() -> new ImportService(mediaStore, new ImageInspector(), cores));
        this.rescanService = new Lazy<>(() -> new RescanService(mediaStore, importService.get()));
        this.itemEditor = new Lazy<>(() -> new ItemEditor(mediaStore));
        this.similarity = new Lazy<>(() -> new JpaSimilarityStore(database, clock));
        this.thumbnailService = new Lazy<>(() -> {
            ThumbnailService thumbnails = new ThumbnailService(thumbnailDir(dataDir), ThumbnailService.DEFAULT_SIZE,
                    ThumbnailService.DEFAULT_MAX_PIXELS, cores, ThumbnailService.DEFAULT_MEMORY_CACHE_BYTES, imageDecoder.get(),
                    newJpegEncoder());
            thumbnails.onPerceptualHash((hash, perceptual) -> similarity.get().setPerceptualHash(hash, perceptual));
            return thumbnails;
        });
        this.thumbnailBackfill = new Lazy<>(() -> new ThumbnailBackfill(mediaStore, thumbnailService.get(), cores));
        this.analysis = new Lazy<>(() -> new AnalysisWiring(database, mediaStore, jobStore, modelClient.get(), ollamaHost,
                imageDecoder.get(), cores, analysisSettings::get));
        // Opened when first needed (a search, or the window once its first page shows): never on the start path.
        this.searchIndex = new Lazy<>(() -> new LuceneSearchIndex(dataDir, new JpaSearchSource(database)));
        this.embeddings = new Lazy<>(() -> new EmbeddingService(new JpaEmbeddingStore(database, clock),
                new OllamaEmbeddingClient(), () -> endpointService().defaultEndpoint(),
                () -> searchIndex.get().embeddingModelChanged()));
        // Texts that changed wake a running embedding service; one not made yet reads them when it starts.
        database.addSearchChangeListener(() -> embeddings.ifMade().ifPresent(EmbeddingService::wake));
        this.search = new Lazy<>(() -> new LibrarySearch(searchIndex.get(), mediaStore, embeddings.get()));
        this.perceptualHashes = new Lazy<>(() -> new PerceptualHashBackfill(similarity.get(), thumbnailService.get(),
                imageDecoder.get(), cores));
        this.duplicateFinder = new Lazy<>(() -> new DuplicateFinder(similarity.get(), mediaStore));
        this.duplicateResolver = new Lazy<>(() -> new DuplicateResolver(similarity.get(), new DesktopTrash()));
        this.similarPictures = new Lazy<>(() -> new SimilarPictures(similarity.get(), mediaStore, searchIndex.get(),
                embeddings.get()));
        this.labelSyncStore = new Lazy<>(() -> new JpaLabelSyncStore(database, mediaStore, clock));
        this.labelSync = new Lazy<>(() -> new LabelSyncService(labelSyncStore.get(), librarySettings, thumbnailService.get(),
                "Pothos " + PothosVersion.get()));
        this.labelAutoWriter = new Lazy<>(() -> new LabelAutoWriter(labelSync.get(), labelSyncStore.get(), clock));
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
     * Like {@link #open(Path)}, with {@code ollamaHost} standing for {@code OLLAMA_HOST}: the address of the
     * local Ollama for this run (and the one a new library saves).
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

    /**
     * For the window: takes the library's lock now (a second Pothos is refused before any window appears) and opens
     * the rest on a thread of its own, while the caller starts the toolkit. The future fails when the library
     * cannot be opened; the lock is then released.
     */
    public static CompletableFuture<AppContext> openForDesktopInBackground(Path dataDir, String ollamaHost)
            throws IOException, LibraryLock.LibraryInUseException {
        LibraryPermissions.createFolder(dataDir);
        LibraryLock lock = LibraryLock.acquire(dataDir);
        int workerThreads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        CompletableFuture<AppContext> opened = new CompletableFuture<>();
        Thread.ofPlatform().name("pothos-open-library").start(() -> {
            try {
                Database database = Database.open(dataDir, lock.previousRunEndedUncleanly());
                LibraryPermissions.tighten(dataDir);
                AppContext context = new AppContext(dataDir, lock, database,
                        () -> new OllamaVisionClient(Clock.systemUTC()), OllamaHost.Setting.read(ollamaHost), workerThreads);
                // Everything the window's constructors ask for, made here rather than on the JavaFX thread.
                context.thumbnailService();
                context.analysisService();
                context.importService();
                context.itemEditor();
                context.labelAutoWriter();
                opened.complete(context);
            } catch (RuntimeException | Error e) {
                try {
                    lock.close();
                } catch (IOException closing) {
                    e.addSuppressed(closing);
                }
                opened.completeExceptionally(e);
            }
        });
        return opened;
    }

    private static AppContext open(Path dataDir, String ollamaHost, int workerThreads)
            throws IOException, LibraryLock.LibraryInUseException {
        LibraryPermissions.createFolder(dataDir);
        LibraryLock lock = LibraryLock.acquire(dataDir);
        try {
            Database database = Database.open(dataDir, lock.previousRunEndedUncleanly());
            LibraryPermissions.tighten(dataDir);
            return new AppContext(dataDir, lock, database, () -> new OllamaVisionClient(Clock.systemUTC()),
                    OllamaHost.Setting.read(ollamaHost), workerThreads);
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

    /** JPEGs written by libjpeg-turbo where the system has it, else by ImageIO. */
    public static JpegEncoder newJpegEncoder() {
        return NativeCodecs.jpegEncoder();
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
        return importService.get();
    }

    public RescanService rescanService() {
        return rescanService.get();
    }

    /** Edits of many items at once (a selection, or the items a command names), with undo. */
    public ItemEditor itemEditor() {
        return itemEditor.get();
    }

    public ImageDecoder imageDecoder() {
        return imageDecoder.get();
    }

    public ThumbnailService thumbnailService() {
        return thumbnailService.get();
    }

    public ThumbnailBackfill thumbnailBackfill() {
        return thumbnailBackfill.get();
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
        return analysis.get().endpointService();
    }

    public AnalysisService analysisService() {
        return analysis.get().analysisService();
    }

    /** Search by words and meaning; its index opens on the first search or {@code searchIndex().start()}. */
    public LibrarySearch search() {
        return search.get();
    }

    /** Embeddings for search by meaning; runs in the background once {@code start()}ed (the window), else on request. */
    public EmbeddingService embeddings() {
        return embeddings.get();
    }

    /** Computes the perceptual hashes thumbnails have not given yet (items imported before, or never shown). */
    public PerceptualHashBackfill perceptualHashes() {
        return perceptualHashes.get();
    }

    public DuplicateFinder duplicateFinder() {
        return duplicateFinder.get();
    }

    public DuplicateResolver duplicateResolver() {
        return duplicateResolver.get();
    }

    public SimilarPictures similarPictures() {
        return similarPictures.get();
    }

    /** How analysis jobs run; the dispatcher reads it before each round, so changes apply at once. */
    public AtomicReference<AnalysisSettings> analysisSettings() {
        return analysisSettings;
    }

    /** Writes labels into the pictures' files (XMP sidecars or embedded), and says how the files stand. */
    public LabelSyncService labelSync() {
        return labelSync.get();
    }

    /** Writes labels into files in the background as the library changes; the window starts it. */
    public LabelAutoWriter labelAutoWriter() {
        return labelAutoWriter.get();
    }

    /** Jobs found RUNNING at start-up (left by a crash) and put back in the queue. */
    public int recoveredJobs() {
        return recoveredJobs;
    }

    /** The jobs that waited in the queue when the library was opened: left by an earlier run, to resume or discard. */
    public List<Long> queuedAtOpen() {
        return queuedAtOpen;
    }

    /** Starts Hibernate now on a thread of its own (for the window: its later edits and job lists find it ready). */
    public void warmUp() {
        database.startHibernateInBackground();
    }

    @Override
    public void close() throws IOException {
        labelAutoWriter.ifMade().ifPresent(LabelAutoWriter::close);
        analysis.ifMade().ifPresent(AnalysisWiring::close);
        thumbnailService.ifMade().ifPresent(ThumbnailService::close);
        embeddings.ifMade().ifPresent(EmbeddingService::close);
        searchIndex.ifMade().ifPresent(LuceneSearchIndex::close);
        database.close();
        lock.close();
        LOG.info("Library closed: {}", dataDir);
    }
}
