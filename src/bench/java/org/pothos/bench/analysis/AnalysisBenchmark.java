package org.pothos.bench.analysis;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pothos.analysis.AnalysisJob;
import org.pothos.analysis.AnalysisOptions;
import org.pothos.analysis.Endpoint;
import org.pothos.analysis.ImagePreparer;
import org.pothos.app.AppContext;
import org.pothos.bench.BenchContext;
import org.pothos.bench.Benchmark;
import org.pothos.bench.Budget;
import org.pothos.bench.Figure;
import org.pothos.bench.OnCores;
import org.pothos.bench.photos.BenchPhotos;
import org.pothos.common.Cancellation;
import org.pothos.library.ImportListener;
import org.pothos.library.MediaQuery;
import org.pothos.simulation.SimulatedOllama;

/**
 * The analysis pipeline against the in-process Ollama server with a fixed latency per request: what
 * Pothos sends and how close a batch comes to the ideal time (images × latency ÷ concurrency),
 * beside the original system's way (whole file, base64, one call per field) at the same concurrency.
 */
public final class AnalysisBenchmark implements Benchmark {

    static final String SECTION = "Analysis";
    private static final String MODEL = BenchOllama.MODEL;
    private static final int[] CONCURRENCY = {1, 2, 4, 8};
    private static final double KB = 1024;

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public List<Figure> run(BenchContext context) throws Exception {
        BenchPhotos photos = new BenchPhotos(context);
        int images = context.size().pick(40, 200);
        int baselineImages = context.size().pick(12, 40);
        Duration latency = Duration.ofMillis(200);
        List<Path> files = photos.jpegs(images);
        String setup = images + " images, server latency " + latency.toMillis() + " ms";

        List<Figure> figures = new ArrayList<>();
        try (SimulatedOllama server = BenchOllama.start(latency)) {
            PothosRuns pothos = new PothosRuns();
            for (int repetition = 0; repetition < context.repeats(); repetition++) {
                runPothos(context, server, files, latency, repetition, pothos);
            }
            BaselineRuns baseline = new BaselineRuns();
            List<Path> baselineFiles = files.subList(0, baselineImages);
            for (int repetition = 0; repetition < context.repeats(); repetition++) {
                runBaseline(context, server, baselineFiles, latency, repetition, baseline);
            }

            figures.add(Figure.of(SECTION, "Pothos calls to the model per image", "calls", pothos.calls)
                    .withBudget(Budget.atMost(1)).withNote("structured mode, default settings"));
            figures.add(Figure.of(SECTION, "baseline calls per image", "calls", baseline.calls)
                    .withNote("one call per field"));
            figures.add(Figure.of(SECTION, "Pothos image bytes per image (median; max in max)", "KB", pothos.imageKb)
                    .withBudget(Budget.atMost(150)).withNote("the JPEG sent, before base64: 1024 px, q 0.85, no metadata"));
            figures.add(Figure.of(SECTION, "original file ÷ Pothos image bytes", "×", pothos.shrink)
                    .withBudget(Budget.atLeast(25)));
            figures.add(Figure.of(SECTION, "Pothos request bytes per image on the wire", "KB", pothos.requestKb)
                    .withNote("JSON bodies: base64 image, prompt, schema"));
            figures.add(Figure.of(SECTION, "baseline request bytes per image on the wire", "KB", baseline.requestKb)
                    .withNote("whole file base64 in each of the calls"));
            figures.add(preparationCpu(context, files));
            figures.add(Figure.of(SECTION, "Pothos client overhead per job (wall − server time, concurrency 1)", "ms",
                    pothos.overheadMs).withNote(setup));
            for (int c : CONCURRENCY) {
                figures.add(Figure.of(SECTION, "Pothos throughput at concurrency " + c + ", share of ideal", "%",
                        pothos.shareOfIdeal.get(c)).withBudget(Budget.atLeast(95))
                        .withNote("ideal = images × latency ÷ " + c + "; " + setup));
            }
            for (int c : CONCURRENCY) {
                figures.add(Figure.of(SECTION, "baseline throughput at concurrency " + c + ", share of the same ideal", "%",
                        baseline.shareOfIdeal.get(c)).withNote(baselineImages + " images, " + c + " at a time, calls of one image in turn"));
            }
        }
        return figures;
    }

    /** Samples gathered over the Pothos runs. */
    private static final class PothosRuns {
        final List<Double> calls = new ArrayList<>();
        final List<Double> imageKb = new ArrayList<>();
        final List<Double> shrink = new ArrayList<>();
        final List<Double> requestKb = new ArrayList<>();
        final List<Double> overheadMs = new ArrayList<>();
        final Map<Integer, List<Double>> shareOfIdeal = new TreeMap<>();
    }

    /** Samples gathered over the baseline runs. */
    private static final class BaselineRuns {
        final List<Double> calls = new ArrayList<>();
        final List<Double> requestKb = new ArrayList<>();
        final Map<Integer, List<Double>> shareOfIdeal = new TreeMap<>();
    }

    private static void runPothos(BenchContext context, SimulatedOllama server, List<Path> files, Duration latency,
                                  int repetition, PothosRuns runs) throws Exception {
        Path dataDir = Files.createDirectories(context.workDir().resolve("analysis").resolve("pothos-" + repetition));
        try (AppContext app = AppContext.open(dataDir, server.baseUrl())) {
            app.importService().importPaths(files, new ImportListener() {
            }, new Cancellation());
            List<Long> ids = app.mediaStore().findIds(MediaQuery.all());
            app.analysisService().start();
            Endpoint endpoint = app.endpointService().defaultEndpoint().orElseThrow();
            // The default allows 2 requests at once per endpoint; a user running 8 raises it the same way.
            app.endpointService().setMaxConcurrent(endpoint, CONCURRENCY[CONCURRENCY.length - 1]);
            for (int c : CONCURRENCY) {
                context.log().printf("   Pothos: %d images at concurrency %d, run %d%n", ids.size(), c, repetition + 1);
                int callsBefore = server.chatCount();
                int timedBefore = server.serverMillis().size();
                PothosBatch.Result result = PothosBatch.run(app, endpoint, ids, MODEL, c, timeout(ids.size(), latency, c));
                runs.calls.add((server.chatCount() - callsBefore) / (double) ids.size());
                requireOneJobEach(result.jobs(), ids.size());
                runs.shareOfIdeal.computeIfAbsent(c, k -> new ArrayList<>())
                        .add(100 * idealNanos(ids.size(), latency, c) / result.wallNanos());
                List<Double> serverMillis = server.serverMillis();
                List<Long> bodies = server.requestBytes();
                if (c == 1) {
                    double serverTotal = serverMillis.subList(timedBefore, serverMillis.size()).stream()
                            .mapToDouble(Double::doubleValue).sum();
                    runs.overheadMs.add((result.wallNanos() / 1e6 - serverTotal) / ids.size());
                    runs.requestKb.add(bodies.subList(callsBefore, bodies.size()).stream()
                            .mapToLong(Long::longValue).sum() / KB / ids.size());
                    if (repetition == 0) {
                        imageSizes(app, result.jobs(), runs);
                    }
                }
            }
        }
    }

    /** A job that ran twice (requeued) would hide in the averages. */
    private static void requireOneJobEach(List<AnalysisJob> jobs, int images) {
        long retried = jobs.stream().filter(job -> job.attempts() != 1).count();
        if (jobs.size() != images || retried > 0) {
            throw new IllegalStateException(jobs.size() + " jobs for " + images + " images, " + retried + " tried more than once");
        }
    }

    /** Per image, so the median and the largest one show. */
    private static void imageSizes(AppContext app, List<AnalysisJob> jobs, PothosRuns runs) {
        for (AnalysisJob job : jobs) {
            long fileSize = app.mediaStore().findById(job.mediaId()).orElseThrow().sizeBytes();
            runs.imageKb.add(job.bytesUploaded() / KB);
            runs.shrink.add(fileSize / (double) job.bytesUploaded());
        }
    }

    private static void runBaseline(BenchContext context, SimulatedOllama server, List<Path> files, Duration latency,
                                    int repetition, BaselineRuns runs) throws Exception {
        for (int c : CONCURRENCY) {
            context.log().printf("   baseline: %d images at concurrency %d, run %d%n", files.size(), c, repetition + 1);
            OriginalSystemClient client = new OriginalSystemClient(server.baseUrl(), MODEL);
            int callsBefore = server.chatCount();
            long nanos = OnCores.forEach(files, c, client::analyse);
            runs.shareOfIdeal.computeIfAbsent(c, k -> new ArrayList<>()).add(100 * idealNanos(files.size(), latency, c) / nanos);
            if (c == 1) {
                runs.calls.add((server.chatCount() - callsBefore) / (double) files.size());
                runs.requestKb.add(client.bytesSent() / KB / files.size());
            }
        }
    }

    /** CPU time of one thread to decode, orient, downscale and encode one photo, as the analysis sends it. */
    private static Figure preparationCpu(BenchContext context, List<Path> files) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!threads.isCurrentThreadCpuTimeSupported()) {
            throw new IllegalStateException("this JVM cannot measure thread CPU time");
        }
        ImagePreparer preparer = new ImagePreparer(AppContext.newImageDecoder(), AppContext.newJpegEncoder());
        AnalysisOptions options = AnalysisOptions.defaults();
        List<Path> sample = files.subList(0, Math.min(files.size(), context.size().pick(10, 40)));
        preparer.prepare(sample.get(0), options.maxEdge(), options.jpegQuality()); // class loading and JIT
        List<Double> millis = new ArrayList<>();
        for (Path file : sample) {
            long start = threads.getCurrentThreadCpuTime();
            preparer.prepare(file, options.maxEdge(), options.jpegQuality());
            millis.add((threads.getCurrentThreadCpuTime() - start) / 1e6);
        }
        return Figure.of(SECTION, "Pothos image preparation CPU per photo", "ms", millis).withBudget(Budget.atMost(60))
                .withNote(sample.size() + " photos, one sample each (not repetitions); ImagePreparer at default settings");
    }

    private static double idealNanos(int images, Duration latency, int concurrency) {
        return (double) images * latency.toNanos() / concurrency;
    }

    private static Duration timeout(int images, Duration latency, int concurrency) {
        return Duration.ofNanos((long) (idealNanos(images, latency, concurrency) * 10)).plusMinutes(2);
    }
}
