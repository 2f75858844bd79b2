package org.pothos.cli;

import java.util.List;
import org.pothos.app.AppContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "retry", mixinStandardHelpOptions = true,
        description = {"Queue failed or cancelled jobs again; `analyze` then runs them."})
final class RetryCommand extends LibraryCommand {

    static final class Which {
        @Option(names = "--failed", required = true, description = "Every failed job.")
        boolean failed;
        @Parameters(paramLabel = "JOB", arity = "1..*", description = "Job ids, as `jobs` prints them.")
        List<Long> ids;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    @Override
    protected int run(AppContext context) {
        int queued = which.failed ? context.analysisService().retryFailed() : context.analysisService().retry(which.ids);
        out().println("Queued " + queued + " job(s) again. Run `analyze` to process them.");
        return OK;
    }
}
