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
import org.pothos.common.DaemonThreads;
import org.pothos.fxdecode.FxScaledJpegDecoder;
import org.pothos.imageio.HeifDecoder;
import org.pothos.imageio.ImageDecoder;
import org.pothos.imageio.ImageInspector;
import org.pothos.imageio.natives.LibHeifDecoder;
import org.pothos.labelsync.LabelAutoWriter;
import org.pothos.labelsync.LabelSyncService;
import org.pothos.library.ImportService;
import org.pothos.library.ItemEditor;
import org.pothos.library.MediaStore;
import org.pothos.library.RescanService;
import org.pothos.library.ThumbnailBackfill;
import org.pothos.ollama.OllamaVisionClient;
import org.pothos.persistence.Database;
import org.pothos.persistence.JpaEndpointStore;
import org.pothos.persistence.JpaJobStore;
import org.pothos.persistence.JpaLabelSyncStore;
import org.pothos.persistence.JpaLibrarySettings;
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
    private final ItemEditor itemEditor;
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
    private final LabelSyncService labelSync;
    private final LabelAutoWriter labelAutoWriter;

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
        ModelCatalog catalog = new ModelCatalog(endpointStore, modelClient, clock);
        this.endpointService = new EndpointService(endpointStore, catalog, modelClient);
        endpointService.ensureDefault(ollamaHost);
        this.fieldCalls = Executors.newCachedThreadPool(DaemonThreads.named("pothos-analysis-field"));
        // As many preparing threads as cores for CPU work: at high concurrency the model answers faster than one
        // thread decodes and encodes, and waiting requests stream with hardly any CPU.
        this.imagePreparation = Executors.newFixedThreadPool(cores, DaemonThreads.named("pothos-analysis-prepare"));
        JobRunner runner = new JobRunner(mediaStore, catalog, modelClient, new ImagePreparer(imageDecoder), new PromptBuilder(),
                new AnswerParser(), fieldCalls, imagePreparation);
        AnalysisEvents events = new AnalysisEvents();
        JobDispatcher dispatcher = new JobDispatcher(jobStore, endpointStore, runner, catalog, events, clock,
                analysisSettings::get);
        this.analysisService = new AnalysisService(jobStore, dispatcher, events, clock);
        JpaLabelSyncStore labelSyncStore = new JpaLabelSyncStore(database, mediaStore, clock);
        this.labelSync = new LabelSyncService(labelSyncStore, new JpaLibrarySettings(database), thumbnailService,
                "Pothos " + PothosVersion.get());
        this.labelAutoWriter = new LabelAutoWriter(labelSync, labelSyncStore, clock);
        // The lock is ours: whatever was RUNNING belongs to a process that died.
        this.recoveredJobs = jobStore.recoverInterrupted();
        this.queuedAtOpen = jobStore.idsWithStatus(JobStatus.QUEUED);
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
     * Decodes common JPEGs at a reduced DCT scale through JavaFX's bundled libjpeg (see {@link FxScaledJpegDecoder}),
     * HEIF and AVIF through the system's libheif when it has one, everything else with ImageIO.
     */
    public static ImageDecoder newImageDecoder() {
        return new ImageDecoder(new FxScaledJpegDecoder(), HEIF.get());
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
        database.close();
        lock.close();
    }
}
