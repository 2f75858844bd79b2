package org.pothos.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.pothos.app.LogSetup;
import org.pothos.app.PothosVersion;
import org.pothos.app.selfcheck.SelfCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pothos [--data-dir DIR] [COMMAND]}: without a command it opens the window. Its commands are added by
 * {@link Subcommands}, only those a run may need.
 */
@Command(name = "pothos",
        mixinStandardHelpOptions = true,
        versionProvider = PothosVersion.Provider.class,
        description = "Organise your pictures; a local vision model (Ollama) describes and tags them.%n"
                + "Without a command, opens the Pothos window.",
        footer = {"", "The library lives in the per-user data folder unless --data-dir or POTHOS_DATA_DIR names another."})
public final class PothosCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Folder of the library (database, thumbnails, logs).")
    String dataDir;

    @Option(names = "--verbose", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Log more: the INFO lines of the libraries Pothos uses (database migrations, Ollama client), "
                    + "and INFO on the console as well as in the log file.")
    boolean verbose;

    @Option(names = "--self-check",
            description = "Check this installation without a window: a library in a temporary folder "
                    + "(database, import, thumbnail, analysis against a local test server), HTTPS and Chinese; "
                    + "your own library is not touched. Exit code 0 when all is well.")
    boolean selfCheck;

    private final GuiStarter guiStarter;
    private final Map<String, String> environment;

    public PothosCommand(GuiStarter guiStarter) {
        this(guiStarter, System.getenv());
    }

    /** @param environment the variables commands read (POTHOS_DATA_DIR, OLLAMA_HOST) */
    public PothosCommand(GuiStarter guiStarter, Map<String, String> environment) {
        this.guiStarter = guiStarter;
        this.environment = Map.copyOf(environment);
    }

    Map<String, String> environment() {
        return environment;
    }

    @Override
    public Integer call() {
        LogSetup.setVerbose(verbose);
        if (selfCheck) {
            return SelfCheck.run(spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        return guiStarter.start(dataDir);
    }

    /** Opens the window; kept behind an interface so the command line never loads JavaFX classes. */
    @FunctionalInterface
    public interface GuiStarter {
        int start(String dataDirOption);
    }
}
