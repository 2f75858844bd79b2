package org.pothos.cli;

import org.pothos.analysis.Endpoint;
import org.pothos.analysis.EndpointService;
import org.pothos.analysis.ModelCallException;
import org.pothos.analysis.OllamaHost;
import org.pothos.app.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

@Command(name = "endpoints", mixinStandardHelpOptions = true,
        description = "Manage the Ollama servers Pothos uses.",
        subcommands = {EndpointsCommand.ListEndpoints.class, EndpointsCommand.AddEndpoint.class,
                EndpointsCommand.RemoveEndpoint.class, EndpointsCommand.DefaultEndpoint.class,
                EndpointsCommand.TestEndpoint.class, EndpointsCommand.SetEndpoint.class})
final class EndpointsCommand {

    /** Shared lookup of an endpoint named on the command line. */
    abstract static class OnEndpoint extends LibraryCommand {
        @Parameters(index = "0", paramLabel = "ID|URL", description = "The endpoint's id or address.")
        String which;

        Endpoint endpoint(AppContext context) {
            return context.endpointService().find(which).orElseThrow(() ->
                    new ParameterException(spec.commandLine(), "No endpoint " + which + "; `endpoints list` shows them."));
        }

    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List endpoints.")
    static final class ListEndpoints extends LibraryCommand {
        @Override
        protected int run(AppContext context) {
            EndpointService endpoints = context.endpointService();
            out().printf("%-4s %-20s %-36s %-8s %-7s %-4s %s%n", "ID", "NAME", "URL", "ENABLED", "DEFAULT", "MAX", "MODEL");
            for (Endpoint e : endpoints.list()) {
                out().printf("%-4s %-20s %-36s %-8s %-7s %-4d %s%s%s%n", endpoints.isForThisRunOnly(e) ? "-" : e.id(), e.name(), e.url(),
                        e.enabled() ? "yes" : "no", e.isDefault() ? "yes" : "", e.maxConcurrentRequests(),
                        e.defaultModel() == null ? "" : e.defaultModel(), e.bearerToken() == null ? "" : "  (token set)",
                        endpoints.savedUrl(e).map(saved -> "  (" + OllamaHost.ENV_VARIABLE + "; saved: " + saved + ")").orElse(""));
            }
            endpoints.hostProblem().ifPresent(p -> out().println(p + "."));
            if (endpoints.list().stream().anyMatch(e -> e.bearerToken() != null)) {
                out().println("Tokens are kept " + endpoints.tokensKept() + ".");
            }
            return OK;
        }

    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an endpoint (and test it).")
    static final class AddEndpoint extends LibraryCommand {
        @Parameters(paramLabel = "URL", description = "Address, e.g. http://gpu-box:11434 or gpu-box.")
        String url;
        @Option(names = "--name", paramLabel = "N", description = "A name to show (default: the address).")
        String name;
        @Option(names = "--max-concurrent", paramLabel = "N", defaultValue = "2", description = "Requests at once on it (default: 2).")
        int maxConcurrent;
        @Option(names = "--token", paramLabel = "T", description = "Bearer token, for a server behind a proxy.")
        String token;
        @Option(names = "--default", description = "Make it the default endpoint.")
        boolean makeDefault;
        @Option(names = "--model", paramLabel = "M", description = "Its default model.")
        String model;

        @Override
        protected int run(AppContext context) {
            EndpointService endpoints = context.endpointService();
            Endpoint added;
            try {
                added = endpoints.add(name, url, maxConcurrent, token);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            if (makeDefault) {
                endpoints.setDefault(added);
            }
            if (model != null) {
                endpoints.setDefaultModel(added, model);
            }
            out().println("Added endpoint " + added.id() + ": " + added.url());
            if (token != null) {
                out().println("Its token is kept " + endpoints.tokensKept() + ".");
            }
            try {
                out().println("It answers: Ollama " + endpoints.test(added));
            } catch (ModelCallException e) {
                out().println("It does not answer yet: " + e.getMessage());
            }
            return OK;
        }

    }

    @Command(name = "set", mixinStandardHelpOptions = true, description = "Change an endpoint's settings.")
    static final class SetEndpoint extends OnEndpoint {
        @Option(names = "--max-concurrent", paramLabel = "N", description = "Requests at once on it, 1 to 16.")
        Integer maxConcurrent;
        @Option(names = "--name", paramLabel = "N", description = "The name to show.")
        String name;
        @Option(names = "--token", paramLabel = "T", description = "Bearer token, for a server behind a proxy (\"\" removes it).")
        String token;
        @Option(names = "--enable", description = "Use it for analysis.")
        boolean enable;
        @Option(names = "--disable", description = "Do not use it for analysis.")
        boolean disable;

        @Override
        protected int run(AppContext context) {
            if (enable && disable) {
                throw new ParameterException(spec.commandLine(), "--enable and --disable cannot go together");
            }
            if (maxConcurrent == null && name == null && token == null && !enable && !disable) {
                throw new ParameterException(spec.commandLine(), "Nothing to change: give --max-concurrent, --name, --token,"
                        + " --enable or --disable.");
            }
            Endpoint changed;
            try {
                changed = context.endpointService().update(endpoint(context), name, maxConcurrent, token,
                        enable ? Boolean.TRUE : disable ? Boolean.FALSE : null);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            out().printf("Endpoint %d: %s (%s), %s, up to %d request(s) at once%s.%n", changed.id(), changed.name(), changed.url(),
                    changed.enabled() ? "enabled" : "disabled", changed.maxConcurrentRequests(),
                    changed.bearerToken() == null ? "" : ", token kept " + context.endpointService().tokensKept());
            return OK;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove an endpoint.")
    static final class RemoveEndpoint extends OnEndpoint {
        @Override
        protected int run(AppContext context) {
            Endpoint e = endpoint(context);
            context.endpointService().remove(e);
            out().println("Removed endpoint " + e.id() + ": " + e.url());
            return OK;
        }
    }

    @Command(name = "default", mixinStandardHelpOptions = true, description = "Make an endpoint the default (and set its model).")
    static final class DefaultEndpoint extends OnEndpoint {
        @Option(names = "--model", paramLabel = "M", description = "Its default model.")
        String model;

        @Override
        protected int run(AppContext context) {
            Endpoint e = endpoint(context);
            context.endpointService().setDefault(e);
            if (model != null) {
                context.endpointService().setDefaultModel(e, model);
            }
            out().println("Default endpoint: " + e.url() + (model == null ? "" : ", model " + model));
            return OK;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true, description = "Check that an endpoint answers.")
    static final class TestEndpoint extends OnEndpoint {
        @Override
        protected int run(AppContext context) {
            Endpoint e = endpoint(context);
            try {
                out().println(e.url() + " answers: Ollama " + context.endpointService().test(e));
                return OK;
            } catch (ModelCallException ex) {
                out().println(ex.getMessage());
                return FAILURE;
            }
        }
    }
}
