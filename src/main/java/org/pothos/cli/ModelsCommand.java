package org.pothos.cli;

import java.util.List;
import org.pothos.analysis.Endpoint;
import org.pothos.analysis.ModelCallException;
import org.pothos.analysis.ModelInfo;
import org.pothos.app.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "models", mixinStandardHelpOptions = true,
        description = "List the models of each enabled endpoint; only vision models can analyse images.")
final class ModelsCommand extends LibraryCommand {

    @Option(names = "--endpoint", paramLabel = "URL", description = "Only this endpoint.")
    String endpoint;

    @Override
    protected int run(AppContext context) {
        if (!ollamaHostUsable(context)) {
            return FAILURE;
        }
        List<Endpoint> endpoints = endpoint == null
                ? context.endpointService().list().stream().filter(Endpoint::enabled).toList()
                : context.endpointService().find(endpoint).map(List::of).orElse(List.of());
        if (endpoints.isEmpty()) {
            err().println(endpoint == null ? "No enabled endpoint: add one with `endpoints add URL`." : "No endpoint " + endpoint + ".");
            return FAILURE;
        }
        int failures = 0;
        for (Endpoint e : endpoints) {
            out().println(e.name() + " (" + e.url() + ")");
            try {
                List<ModelInfo> models = context.endpointService().refreshModels(e);
                models.forEach(m -> out().printf("  %-32s %-8s %8s  %s%s%n", m.name(), m.vision() ? "vision" : "text",
                        m.sizeBytes() == null ? "" : String.format("%.1f GB", m.sizeBytes() / 1e9),
                        m.family() == null ? "" : m.family(), m.name().equals(e.defaultModel()) ? "  (default)" : ""));
                if (models.stream().noneMatch(ModelInfo::vision)) {
                    out().println("  No vision model installed. Install one, for example: ollama pull llava:7b");
                }
            } catch (ModelCallException ex) {
                failures++;
                out().println("  " + ex.getMessage());
            }
        }
        return failures == endpoints.size() ? FAILURE : OK;
    }
}
