package org.pothos.bench.startup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.pothos.bench.BenchContext;
import org.pothos.bench.Benchmark;
import org.pothos.bench.Budget;
import org.pothos.bench.Figure;
import org.pothos.bench.Repeat;
import org.pothos.bench.library.LibraryShape;
import org.pothos.bench.library.LibrarySynthesizer;
import org.pothos.bench.process.Launcher;
import org.pothos.bench.process.Timed;
import org.pothos.persistence.Database;

/**
 * Whole processes, as a person starts them: {@code pothos --version}, {@code stats} and {@code list --limit 50} on a
 * 10,000-item library, each started five times in turns beside the others, from {@code java -jar} without and with a
 * class-data archive and from the installed .deb's launcher with its ahead-of-time cache (when a .deb was built).
 * The budgets are wall times of the whole process and the ratio to {@code --version} in the same run.
 */
public final class StartupBenchmark implements Benchmark {

    static final String SECTION = "Start-up";
    private static final int ITEMS = 10_000;
    private static final int RUNS = 5;
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public List<Figure> run(BenchContext context) throws Exception {
        Path library = context.workDir().resolve("startup-library");
        try (Database database = Database.open(library)) {
            new LibrarySynthesizer(LibraryShape.realistic(ITEMS)).writeTo(database);
        }
        Path archive = context.workDir().resolve("startup-jar.jsa");
        List<Launcher> launchers = new ArrayList<>();
        Launcher.jar("java -jar", List.of()).ifPresent(launchers::add);
        Launcher.jar("java -jar with a class-data archive",
                List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive)).ifPresent(launchers::add);
        Optional<Launcher> installed = Launcher.installed(context.workDir().resolve("installed"));
        installed.ifPresent(launchers::add);
        if (launchers.isEmpty()) {
            throw new IllegalStateException("target/pothos.jar is not built: run the benchmark with mvn -Pbench package");
        }
        Map<String, String> environment = Map.of("HOME", Files.createDirectories(context.workDir().resolve("home")).toString());
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("--version", List.of("--version"));
        commands.put("stats", List.of("--data-dir", library.toString(), "stats"));
        commands.put("list --limit 50", List.of("--data-dir", library.toString(), "list", "--limit", "50"));

        // One untimed round: the class-data archive is written by its first run, and files come into the page cache.
        for (Launcher launcher : launchers) {
            for (List<String> arguments : commands.values()) {
                Timed.run(launcher.with(arguments.toArray(String[]::new)), environment, TIMEOUT);
            }
        }
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        for (int i = 0; i < RUNS; i++) {
            context.log().printf("   start-up, round %d of %d%n", i + 1, RUNS);
            for (Launcher launcher : launchers) {
                for (Map.Entry<String, List<String>> command : commands.entrySet()) {
                    double millis = Timed.run(launcher.with(command.getValue().toArray(String[]::new)), environment, TIMEOUT).millis();
                    samples.computeIfAbsent(launcher.name() + "|" + command.getKey(), k -> new ArrayList<>()).add(millis);
                }
            }
        }
        List<Figure> figures = new ArrayList<>();
        for (Launcher launcher : launchers) {
            boolean isInstalled = installed.isPresent() && launcher == installed.get();
            boolean archived = launcher.name().contains("archive");
            List<Double> version = samples.get(launcher.name() + "|--version");
            figures.add(Figure.of(SECTION, "pothos --version, " + launcher.name(), "ms", version)
                    .withNote(RUNS + " whole processes, in turns with the rows below"));
            for (String command : List.of("stats", "list --limit 50")) {
                List<Double> times = samples.get(launcher.name() + "|" + command);
                Figure figure = Figure.of(SECTION, "pothos " + command + ", " + launcher.name(), "ms", times)
                        .withNote(String.format(Locale.ROOT, "%,d items; whole process", ITEMS));
                figures.add(isInstalled ? figure.withBudget(Budget.atMost(1000))
                        : archived ? figure.withBudget(Budget.atMost(2000)) : figure);
                if (isInstalled) {
                    figures.add(Figure.of(SECTION, "pothos " + command + " ÷ --version, " + launcher.name(), "×",
                            Repeat.ratios(times, version)).withBudget(Budget.atMost(2)));
                }
            }
        }
        if (installed.isEmpty()) {
            int last = figures.size() - 1;
            figures.set(last, figures.get(last).withNote(figures.get(last).note()
                    + "; no installed launcher measured: no .deb of this build (mvn -Ppackage package)"));
        }
        return figures;
    }
}
