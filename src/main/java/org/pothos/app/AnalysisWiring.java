package org.pothos.app;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.pothos.analysis.AnalysisEvents;
import org.pothos.analysis.AnalysisService;
import org.pothos.analysis.AnalysisSettings;
import org.pothos.analysis.EndpointService;
import org.pothos.analysis.EndpointTokens;
import org.pothos.analysis.ImagePreparer;
import org.pothos.analysis.JobDispatcher;
import org.pothos.analysis.JobRunner;
import org.pothos.analysis.JobStore;
import org.pothos.analysis.ModelCatalog;
import org.pothos.analysis.OllamaHost;
import org.pothos.analysis.RunEndpoints;
import org.pothos.analysis.VisionModelClient;
import org.pothos.analysis.answer.AnswerParser;
import org.pothos.analysis.prompt.PromptBuilder;
import org.pothos.common.DaemonThreads;
import org.pothos.credentials.CredentialStores;
import org.pothos.imageio.ImageDecoder;
import org.pothos.library.MediaStore;
import org.pothos.persistence.Database;
import org.pothos.persistence.JpaEndpointStore;
import org.pothos.persistence.JpaPromptHints;

/**
 * The analysis side of the composition root: endpoints, the model catalog, the job engine and its thread pools.
 * Built the first time something asks for endpoints or analysis, so commands that never talk to a model do not
 * pay for it.
 */
final class AnalysisWiring {

    private final EndpointService endpointService;
    private final ExecutorService fieldCalls;
    private final ExecutorService imagePreparation;
    private final AnalysisService analysisService;

    AnalysisWiring(Database database, MediaStore mediaStore, JobStore jobStore, VisionModelClient modelClient,
                   OllamaHost.Setting ollamaHost, ImageDecoder imageDecoder, int cores, Supplier<AnalysisSettings> settings) {
        Clock clock = Clock.systemUTC();
        EndpointTokens tokens = new EndpointTokens(CredentialStores.forThisSystem());
        RunEndpoints endpointStore = new RunEndpoints(new JpaEndpointStore(database, clock), ollamaHost, tokens);
        ModelCatalog catalog = new ModelCatalog(endpointStore, modelClient, clock);
        this.endpointService = new EndpointService(endpointStore, catalog, modelClient, tokens);
        endpointService.ensureDefault();
        endpointStore.moveTokensToVault();
        this.fieldCalls = Executors.newCachedThreadPool(DaemonThreads.named("pothos-analysis-field"));
        // As many preparing threads as cores for CPU work: at high concurrency the model answers faster than one
        // thread decodes and encodes, and waiting requests stream with hardly any CPU.
        this.imagePreparation = Executors.newFixedThreadPool(cores, DaemonThreads.named("pothos-analysis-prepare"));
        ImagePreparer preparer = new ImagePreparer(imageDecoder, AppContext.newJpegEncoder());
        JobRunner runner = new JobRunner(mediaStore, catalog, modelClient, preparer, new PromptBuilder(), new AnswerParser(),
                fieldCalls, imagePreparation, new JpaPromptHints(database, clock));
        AnalysisEvents events = new AnalysisEvents();
        JobDispatcher dispatcher = new JobDispatcher(jobStore, endpointStore, runner, catalog, modelClient, events, clock,
                settings);
        this.analysisService = new AnalysisService(jobStore, dispatcher, events, clock);
    }

    EndpointService endpointService() {
        return endpointService;
    }

    AnalysisService analysisService() {
        return analysisService;
    }

    void close() {
        analysisService.close();
        fieldCalls.shutdownNow();
        imagePreparation.shutdownNow();
    }
}
