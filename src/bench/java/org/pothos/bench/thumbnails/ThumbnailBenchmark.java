package org.pothos.bench.thumbnails;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.pothos.app.AppContext;
import org.pothos.bench.BenchContext;
import org.pothos.bench.Benchmark;
import org.pothos.bench.Budget;
import org.pothos.bench.Figure;
import org.pothos.bench.OnCores;
import org.pothos.bench.Repeat;
import org.pothos.bench.photos.BenchPhotos;
import org.pothos.fxdecode.FxScaledJpegDecoder;
import org.pothos.imageio.ImageDecoder;
import org.pothos.library.ContentHasher;
import org.pothos.thumbnails.ThumbnailResult;
import org.pothos.thumbnails.ThumbnailService;
import org.pothos.thumbnails.ThumbnailSource;
import org.pothos.thumbnails.ThumbnailState;

/**
 * 256 px thumbnails per second from 12 MP JPEGs on every core, through the real thumbnail service
 * with an empty cache each run, beside a full decode then scale, libjpeg-turbo's 1/8-scale decode,
 * libvips's vipsthumbnail, the JavaFX-libjpeg fallback, whole processes of both, the EXIF preview
 * placeholder, and PNG, TIFF and WebP files.
 */
public final class ThumbnailBenchmark implements Benchmark {

    static final String SECTION = "Thumbnails";
    private static final String UNIT = "thumbnails/s";

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public List<Figure> run(BenchContext context) throws Exception {
        BenchPhotos photos = new BenchPhotos(context);
        int count = context.size().pick(24, 120);
        List<Path> files = photos.jpegs(count);
        List<ThumbnailSource> sources = sources(files);
        Path root = Files.createDirectories(context.workDir().resolve("thumbnail-runs"));
        int cores = OnCores.cores();
        String onCores = count + " JPEGs, " + cores + " threads, empty cache each run";

        List<Figure> figures = new ArrayList<>();
        // One untimed round each on a few files, so class loading and the JIT do not count against the first run.
        serviceRate(sources.subList(0, Math.min(4, sources.size())), root.resolve("warm-up"), cores);
        new FullDecodeThumbnailer(ThumbnailService.DEFAULT_SIZE, Files.createDirectories(root.resolve("warm-up-full")))
                .make(files.get(0));
        Repeat.Paired runs = Repeat.inTurns(context.repeats(), i -> {
            context.log().printf("   Pothos thumbnails of %d JPEGs, run %d%n", count, i + 1);
            return serviceRate(sources, root.resolve("pothos-" + i), cores);
        }, i -> {
            context.log().printf("   baseline: full decode then scale, run %d%n", i + 1);
            FullDecodeThumbnailer baseline = new FullDecodeThumbnailer(ThumbnailService.DEFAULT_SIZE,
                    Files.createDirectories(root.resolve("full-" + i)));
            return Repeat.perSecond(files.size(), OnCores.forEach(files, cores, baseline::make));
        });
        List<Double> pothos = runs.first();
        List<Double> fullDecode = runs.second();
        Optional<TjBench> tjbench = TjBench.find();
        String reuse = photos.reuseNote(count);
        figures.add(new Figure(SECTION, "Pothos 256 px JPEG thumbnails (ThumbnailService)", UNIT, pothos,
                Optional.of(Budget.atLeast(40)), onCores + (reuse.isEmpty() ? "" : "; " + reuse)
                + (tjbench.isEmpty() ? "; tjbench not on the PATH, no libjpeg-turbo reference" : "")));
        figures.add(Figure.of(SECTION, "baseline: ImageIO.read full size, then scale", UNIT, fullDecode)
                .withNote("same files and threads; same JPEG encoding and cache write"));
        figures.add(Figure.of(SECTION, "Pothos ÷ full decode", "×", runs.ratios())
                .withBudget(Budget.atLeast(1.7)));
        if (tjbench.isPresent()) {
            List<Path> share = files.subList(0, Math.min(files.size(), context.size().pick(4, 8)));
            List<Double> reference = Repeat.samples(context.repeats(), i -> {
                context.log().printf("   tjbench 1/8-scale decode, run %d%n", i + 1);
                return tjbench.get().picturesPerSecond(share, cores, context.size().pick(0.5, 1.0), root);
            });
            figures.add(Figure.of(SECTION, "reference: libjpeg-turbo tjbench, 1/8-scale decode", "pictures/s", reference)
                    .withNote(share.size() + " of the JPEGs, " + cores + " processes side by side, decode only (no file read, scale or encode)"));
            figures.add(Figure.of(SECTION, "Pothos ÷ libjpeg-turbo", "%",
                    Repeat.ratios(pothos, reference).stream().map(r -> r * 100).toList()).withBudget(Budget.atLeast(75)));
        }
        Optional<VipsThumbnail> vips = VipsThumbnail.find();
        if (vips.isPresent()) {
            List<Double> reference = Repeat.samples(context.repeats(), i -> {
                context.log().printf("   vipsthumbnail, run %d%n", i + 1);
                return files.size() / (vips.get().millis(files, cores, root.resolve("vips-" + i)) / 1000);
            });
            figures.add(Figure.of(SECTION, "reference: vipsthumbnail (libvips), 256 px", UNIT, reference)
                    .withNote(files.size() + " JPEGs, " + cores + " processes side by side, start-up included; q 85, upright"));
            figures.add(Figure.of(SECTION, "Pothos ÷ vipsthumbnail", "×", Repeat.ratios(pothos, reference))
                    .withBudget(Budget.atLeast(1.0)));
        } else {
            figures.set(0, figures.get(0).withNote(figures.get(0).note()
                    + "; vipsthumbnail not on the PATH (Debian: libvips-tools), no libvips reference"));
        }
        List<Double> javaFx = Repeat.samples(context.repeats(), i -> {
            context.log().printf("   Pothos with JavaFX's libjpeg, run %d%n", i + 1);
            return serviceRate(sources, root.resolve("javafx-" + i), cores, new ImageDecoder(new FxScaledJpegDecoder()));
        });
        figures.add(Figure.of(SECTION, "fallback: Pothos with JavaFX's libjpeg instead of libjpeg-turbo", UNIT, javaFx)
                .withNote("same files and threads; what a system without libturbojpeg gets"));
        figures.addAll(WholeProcessThumbnails.measure(context, files, vips, root));
        figures.add(placeholders(context, files, root, cores));
        figures.addAll(otherFormats(context, photos, root, cores, vips));
        return figures;
    }

    private static double serviceRate(List<ThumbnailSource> sources, Path cacheDir, int cores) throws Exception {
        return serviceRate(sources, cacheDir, cores, AppContext.newImageDecoder());
    }

    /** The service as the app sets it up, decoding with {@code decoder}. */
    private static ThumbnailService service(Path cacheDir, int cores, ImageDecoder decoder) {
        return new ThumbnailService(cacheDir, ThumbnailService.DEFAULT_SIZE, ThumbnailService.DEFAULT_MAX_PIXELS, cores,
                ThumbnailService.DEFAULT_MEMORY_CACHE_BYTES, decoder, AppContext.newJpegEncoder());
    }

    private static double serviceRate(List<ThumbnailSource> sources, Path cacheDir, int cores, ImageDecoder decoder)
            throws Exception {
        try (ThumbnailService service = service(cacheDir, cores, decoder)) {
            long nanos = OnCores.forEach(sources, cores, source -> {
                ThumbnailResult result = service.ensure(source);
                if (result.state() != ThumbnailState.READY) {
                    throw new IOException("no thumbnail for " + source.file() + ": " + result.reason());
                }
            });
            return Repeat.perSecond(sources.size(), nanos);
        }
    }

    /** The camera's preview shown while the thumbnail is made: read, and turned upright where needed. */
    private static Figure placeholders(BenchContext context, List<Path> files, Path root, int cores) throws Exception {
        int reads = context.size().pick(2_000, 10_000);
        List<Path> rounds = new ArrayList<>(reads);
        for (int i = 0; i < reads; i++) {
            rounds.add(files.get(i % files.size()));
        }
        AtomicInteger missing = new AtomicInteger();
        List<Double> rates;
        try (ThumbnailService service = service(root.resolve("placeholders"), cores, AppContext.newImageDecoder())) {
            rates = Repeat.samples(context.repeats(), i -> {
                context.log().printf("   EXIF placeholders, run %d%n", i + 1);
                long nanos = OnCores.forEach(rounds, cores, file -> {
                    if (service.placeholder(file).isEmpty()) {
                        missing.incrementAndGet();
                    }
                });
                return Repeat.perSecond(rounds.size(), nanos);
            });
        }
        if (missing.get() > 0) {
            throw new IOException(missing.get() + " placeholder reads found no EXIF preview: the photos need one");
        }
        return Figure.of(SECTION, "EXIF preview placeholder", "placeholders/s", rates).withBudget(Budget.atLeast(3_000))
                .withNote(reads + " reads over " + files.size() + " files, " + cores + " threads; turned previews re-encoded");
    }

    private static List<Figure> otherFormats(BenchContext context, BenchPhotos photos, Path root, int cores,
                                             Optional<VipsThumbnail> vips) throws Exception {
        List<Path> originals = photos.sources();
        List<Path> pictures = originals.subList(0, Math.min(originals.size(), context.size().pick(2, 6)));
        List<Figure> figures = new ArrayList<>();
        for (OtherFormats.Format format : OtherFormats.Format.values()) {
            String name = "Pothos thumbnails from " + format.name().replace("WEBP", "WebP") + " (12 MP)";
            if (format == OtherFormats.Format.WEBP && OtherFormats.cwebp().isEmpty()) {
                // ImageIO reads WebP but cannot write it: without cwebp there are no WebP files to measure.
                int last = figures.size() - 1;
                figures.set(last, figures.get(last).withNote(figures.get(last).note()
                        + "; WebP not measured: cwebp (Debian: webp) is not on the PATH"));
                continue;
            }
            context.log().printf("   writing %d %s files%n", pictures.size(), format);
            List<Path> written = OtherFormats.write(format, pictures, root.resolve(format.name()));
            List<ThumbnailSource> sources = sources(written);
            // One untimed run first: the first decodes load and link the codec and compile the pixel loops, which a
            // handful of files per thread cannot amortise (it halved the WebP figure).
            serviceRate(sources, root.resolve(format.name() + "-warm-up"), cores);
            List<Double> rates = Repeat.samples(context.repeats(), i ->
                    serviceRate(sources, root.resolve(format.name() + "-cache-" + i), cores));
            String how = switch (format) {
                case PNG -> "written by ImageIO";
                case TIFF -> "uncompressed, written by ImageIO";
                case WEBP -> "lossy q 90, written by cwebp; decoded by libwebp where installed";
            };
            Figure figure = Figure.of(SECTION, name, UNIT, rates).withNote(sources.size() + " files " + how + ", " + cores + " threads");
            figures.add(format == OtherFormats.Format.WEBP ? figure.withBudget(Budget.atLeast(15)) : figure);
            if (format == OtherFormats.Format.WEBP && vips.isPresent()) {
                List<Double> reference = Repeat.samples(context.repeats(), i ->
                        written.size() / (vips.get().millis(written, cores, root.resolve("vips-webp-" + i)) / 1000));
                figures.add(Figure.of(SECTION, "reference: vipsthumbnail from the same WebP files", UNIT, reference)
                        .withNote(cores + " processes side by side, start-up included"));
                figures.add(Figure.of(SECTION, "Pothos ÷ vipsthumbnail, WebP", "×", Repeat.ratios(rates, reference))
                        .withNote("both decode with libwebp, scaled while decoding"));
            }
        }
        return figures;
    }

    private static List<ThumbnailSource> sources(List<Path> files) throws IOException {
        ContentHasher hasher = new ContentHasher();
        List<ThumbnailSource> sources = new ArrayList<>(files.size());
        for (Path file : files) {
            sources.add(new ThumbnailSource(hasher.sha256(file), file));
        }
        return sources;
    }
}
