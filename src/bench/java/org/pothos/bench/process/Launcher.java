package org.pothos.bench.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.pothos.bench.Executables;

/**
 * A way to start Pothos as its own process, as a person does: {@code java -jar target/pothos.jar} (with or without a
 * class-data archive), or the launcher of the installed .deb, unpacked as dpkg installs it.
 *
 * @param name    how the table names it
 * @param command the command before Pothos's own arguments
 */
public record Launcher(String name, List<String> command) {

    private static final String NAME = "installed .deb launcher";

    public Launcher {
        command = List.copyOf(command);
    }

    /** The command for these Pothos arguments. */
    public List<String> with(String... arguments) {
        List<String> full = new ArrayList<>(command);
        full.addAll(List.of(arguments));
        return full;
    }

    /** {@code java -jar target/pothos.jar}, with the JVM that runs the benchmark; empty when the jar is not built. */
    public static Optional<Launcher> jar(String name, List<String> jvmOptions) {
        Path jar = Path.of("target", "pothos.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        return Optional.of(new Launcher(name, command));
    }

    /** The command-line launcher of the installed .deb ({@code pothos-cli}, with the commands' start-up cache). */
    public static Optional<Launcher> installed(Path into) throws IOException, InterruptedException {
        return installed(into, "pothos-cli", NAME);
    }

    /** The window's launcher of the installed .deb ({@code Pothos}, with the window's start-up cache). */
    public static Optional<Launcher> installedWindow(Path into) throws IOException, InterruptedException {
        return installed(into, "Pothos", "installed .deb window launcher");
    }

    /**
     * The launcher of the .deb in target/jpackage/installer (built by {@code mvn -Ppackage package}), unpacked into
     * {@code into} with {@code dpkg-deb -x}, which keeps the files' times as dpkg does (once: a later call with the same
     * folder finds it there); empty without a .deb or dpkg-deb, and when the .deb holds other classes than
     * target/pothos.jar (a .deb left from an earlier build would measure that build, or fail on a newer library).
     */
    private static Optional<Launcher> installed(Path into, String launcherName, String name)
            throws IOException, InterruptedException {
        Path folder = Path.of("target", "jpackage", "installer");
        Optional<Path> deb = Optional.empty();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                deb = files.filter(file -> file.toString().endsWith(".deb")).findFirst();
            }
        }
        if (deb.isEmpty() || Executables.onPath("dpkg-deb").isEmpty()) {
            return Optional.empty();
        }
        Path root = Files.createDirectories(into);
        Path launcher = root.resolve("opt/pothos/bin").resolve(launcherName);
        if (!Files.isExecutable(launcher)) { // else unpacked by an earlier section
            Timed.run(List.of("dpkg-deb", "-x", deb.get().toAbsolutePath().toString(), root.toString()), Map.of(),
                    Duration.ofMinutes(5));
        }
        Path installedJar = root.resolve("opt/pothos/lib/app/pothos.jar");
        Path builtJar = Path.of("target", "pothos.jar");
        if (!Files.isExecutable(launcher) || !Files.isRegularFile(builtJar) || !sameClasses(installedJar, builtJar)) {
            return Optional.empty();
        }
        return Optional.of(new Launcher(name, List.of(launcher.toString())));
    }

    /** Whether two jars hold the same files with the same contents (by CRC; a rebuild changes only their times). */
    private static boolean sameClasses(Path first, Path second) throws IOException {
        return Files.isRegularFile(first) && contents(first).equals(contents(second));
    }

    private static Map<String, Long> contents(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().filter(entry -> !entry.isDirectory())
                    .collect(Collectors.toMap(ZipEntry::getName, ZipEntry::getCrc));
        }
    }
}
