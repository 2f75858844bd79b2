package org.pothos.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.pothos.analysis.AnalysisEvents;
import org.pothos.analysis.AnalysisService;
import org.pothos.analysis.AnalysisSettings;
import org.pothos.analysis.EndpointService;
import org.pothos.analysis.EndpointTokens;
import org.pothos.analysis.ImagePreparer;
import org.pothos.analysis.JobDispatcher;
import org.pothos.analysis.JobRunner;
import org.pothos.analysis.JobStatus;
import org.pothos.analysis.JobStore;
import org.pothos.analysis.ModelCatalog;
import org.pothos.analysis.OllamaHost;
import org.pothos.analysis.RunEndpoints;
import org.pothos.analysis.VisionModelClient;
import org.pothos.analysis.answer.AnswerParser;
import org.pothos.analysis.prompt.PromptBuilder;
import org.pothos.common.DaemonThreads;
import org.pothos.credentials.CredentialStores;
import org.pothos.fxdecode.FxScaledJpegDecoder;
import org.pothos.imageio.ImageDecoder;
import org.pothos.imageio.ImageInspector;
import org.pothos.library.ImportService;
import org.pothos.library.MediaStore;
import org.pothos.library.RescanService;
import org.pothos.library.ThumbnailBackfill;
import org.pothos.ollama.OllamaVisionClient;
import org.pothos.persistence.Database;
import org.pothos.persistence.JpaEndpointStore;
import org.pothos.persistence.JpaJobStore;
import org.pothos.persistence.JpaMediaStore;
import org.pothos.thumbnails.ThumbnailService;

/**
 * The composition root: builds every service once, for the GUI and the command line alike, and
 * closes them in reverse order. Holding it means holding the library's lock.
 */
public final class AppContext implements AutoCloseable {

    private final Path dataDir;
    private final LibraryLock lock;
    private final Database database;
    private final MediaStore mediaStore;
    private final ImportService importService;
    private final RescanService rescanService;
    private final ImageDecoder imageDecoder = newImageDecoder();
    private final ThumbnailService thumbnailService;
    private final ThumbnailBackfill thumbnailBackfill;
    private final JobStore jobStore;
    private final EndpointService endpointService;
    private final AtomicReference<AnalysisSettings> analysisSettings = new AtomicReference<>(AnalysisSettings.defaults());
    private final ExecutorService fieldCalls;
    private final ExecutorService imagePreparation;
    private final AnalysisService analysisService;
    private final int recoveredJobs;
    private final List<Long> queuedAtOpen;

    private AppContext(Path dataDir, LibraryLock lock, Database database, VisionModelClient modelClient,
                       OllamaHost.Setting ollamaHost, int workerThreads) {
        this.dataDir = dataDir;
        this.lock = lock;
        this.database = database;
        int cores = workerThreads;
        this.mediaStore = new JpaMediaStore(database, Clock.systemUTC());
        this.importService = new ImportService(mediaStore, new ImageInspector(), cores);
        this.rescanService = new RescanService(mediaStore, importService);
        this.thumbnailService = new ThumbnailService(thumbnailDir(dataDir), ThumbnailService.DEFAULT_SIZE,
                ThumbnailService.DEFAULT_MAX_PIXELS, cores, ThumbnailService.DEFAULT_MEMORY_CACHE_BYTES, imageDecoder);
        this.thumbnailBackfill = new ThumbnailBackfill(mediaStore, thumbnailService, cores);

        Clock clock = Clock.systemUTC();
        EndpointTokens tokens = new EndpointTokens(CredentialStores.forThisSystem());
        RunEndpoints endpointStore = new RunEndpoints(new JpaEndpointStore(database, clock), ollamaHost, tokens);
        this.jobStore = new JpaJobStore(database, clock);
        ModelCatalog catalog = new ModelCatalog(endpointStore, modelClient, clock);
        this.endpointService = new EndpointService(endpointStore, catalog, modelClient, tokens);
        endpointService.ensureDefault();
        endpointStore.moveTokensToVault();
        this.fieldCalls = Executors.newCachedThreadPool(DaemonThreads.named("pothos-analysis-field"));
        // As many preparing threads as cores for CPU work: at high concurrency the model answers faster than one
        // thread decodes and encodes, and waiting requests stream with hardly any CPU.
        this.imagePreparation = Executors.newFixedThreadPool(cores, DaemonThreads.named("pothos-analysis-prepare"));
        JobRunner runner = new JobRunner(mediaStore, catalog, modelClient, new ImagePreparer(imageDecoder), new PromptBuilder(),
                new AnswerParser(), fieldCalls, imagePreparation);
        AnalysisEvents events = new AnalysisEvents();
        JobDispatcher dispatcher = new JobDispatcher(jobStore, endpointStore, runner, catalog, modelClient, events, clock,
                analysisSettings::get);
        this.analysisService = new AnalysisService(jobStore, dispatcher, events, clock);
        // The lock is ours: whatever was RUNNING belongs to a process that died.
        this.recoveredJobs = jobStore.recoverInterrupted();
        this.queuedAtOpen = jobStore.idsWithStatus(JobStatus.QUEUED);
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

    private static AppContext open(Path dataDir, String ollamaHost, int workerThreads)
            throws IOException, LibraryLock.LibraryInUseException {
        LibraryPermissions.createFolder(dataDir);
        LibraryLock lock = LibraryLock.acquire(dataDir);
        try {
            Database database = Database.open(dataDir, lock.previousRunEndedUncleanly());
            LibraryPermissions.tighten(dataDir);
            return new AppContext(dataDir, lock, database, new OllamaVisionClient(Clock.systemUTC()),
                    OllamaHost.Setting.read(ollamaHost), workerThreads);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Decodes common JPEGs at a reduced DCT scale through JavaFX's bundled libjpeg (see {@link FxScaledJpegDecoder}),
     * everything else with ImageIO.
     */
    public static ImageDecoder newImageDecoder() {
        return new ImageDecoder(new FxScaledJpegDecoder());
    }

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

    public EndpointService endpointService() {
        return endpointService;
    }

    public AnalysisService analysisService() {
        return analysisService;
    }

    /** How analysis jobs run; the dispatcher reads it before each round, so changes apply at once. */
    public AtomicReference<AnalysisSettings> analysisSettings() {
        return analysisSettings;
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
        analysisService.close();
        fieldCalls.shutdownNow();
        imagePreparation.shutdownNow();
        thumbnailService.close();
        database.close();
        lock.close();
    }
}
