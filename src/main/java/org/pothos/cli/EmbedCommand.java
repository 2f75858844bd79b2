package org.pothos.cli;

import java.io.PrintWriter;
import org.pothos.analysis.ModelCallException;
import org.pothos.app.AppContext;
import org.pothos.common.Cancellation;
import org.pothos.embedding.EmbeddingService;
import org.pothos.embedding.EmbeddingStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "embed", mixinStandardHelpOptions = true,
        description = {"Prepare search by meaning: embed the title, description and labels of every picture that needs it.",
                "`analyze` does this after each batch, and the window in the background; Ctrl-C stops and keeps what is done.",
                "Without an embedding model: `ollama pull " + EmbeddingService.SUGGESTED_MODEL + "`."})
final class EmbedCommand extends LibraryCommand {

    @Option(names = "--model", paramLabel = "M",
            description = "Embedding model for this library (default: the one chosen before, else the best installed one). "
                    + "A new model embeds every picture again.")
    String model;

    @Override
    protected int run(AppContext context) {
        EmbeddingService embeddings = context.embeddings();
        if (model != null) {
            try {
                java.util.List<String> installed = embeddings.installedModels();
                if (!installed.contains(model) && !installed.contains(model + ":latest")) {
                    err().println("Model " + model + " is not installed as an embedding model: run `ollama pull " + model + "`");
                    return FAILURE;
                }
            } catch (ModelCallException e) {
                err().println(e.getMessage());
                return FAILURE;
            }
            embeddings.chooseModel(model);
        }
        try (Interruptible interruptible = new Interruptible()) {
            return embedForSearch(context, interruptible.cancellation(), out(), err(), false);
        }
    }

    /**
     * Embeds what needs it, with a progress line; says what it did. {@code quiet}: after an analysis, a library without
     * an embedding model gets one line of advice, not a failure.
     */
    static int embedForSearch(AppContext context, Cancellation cancellation, PrintWriter out, PrintWriter err, boolean quiet) {
        if (cancellation.isCancelled()) {
            return OK;
        }
        ProgressLine progress = new ProgressLine(err);
        EmbeddingService.Report report = context.embeddings().runNow(cancellation, status -> {
            if (status.state() == EmbeddingStatus.State.RUNNING) {
                progress.update(String.format("Embedding for search with %s: %,d of %,d", status.model(), status.done(),
                        status.total()));
            }
        });
        progress.finish();
        if (report.problem() != null) {
            (quiet ? out : err).println((quiet ? "Search by meaning: " : "") + report.problem());
            out.flush();
            return quiet ? OK : FAILURE;
        }
        if (!quiet || report.embedded() > 0) {
            out.printf("Embedded %d picture(s) for search by meaning with %s%s%n", report.embedded(), report.model(),
                    cancellation.isCancelled() ? " (stopped; run `embed` to go on)" : "");
        }
        out.flush();
        return OK;
    }
}
