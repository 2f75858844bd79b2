package org.pothos.cli;

import java.time.Instant;
import java.util.List;
import org.pothos.app.AppContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "cancel", mixinStandardHelpOptions = true,
        description = {"Cancel queued jobs. (A running `analyze` is stopped with Ctrl-C: the library",
                "is open in one Pothos at a time.)"})
final class CancelCommand extends LibraryCommand {

    static final class Which {
        @Option(names = "--all", required = true, description = "Every queued job.")
        boolean all;
        @Parameters(paramLabel = "JOB", arity = "1..*", description = "Job ids, as `jobs` prints them.")
        List<Long> ids;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    @Override
    protected int run(AppContext context) {
        int cancelled = (which.all ? context.jobStore().cancelAllQueued(Instant.now())
                : context.jobStore().cancelQueued(which.ids, Instant.now())).size();
        out().println("Cancelled " + cancelled + " queued job(s).");
        return OK;
    }
}
