package org.pothos.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;

/**
 * The commands of {@code pothos}, by the names they are called with, in the order help lists them. Picocli builds a
 * command's model by reflection over its class, nested commands included; for all of them that is about 200 ms of
 * every start on two cores, a fifth of {@code pothos stats}. A run that names its command gets that one alone; help,
 * a misspelt command and anything else unusual get them all, so usage texts and suggestions stay complete. A new
 * command is added to {@link #BY_NAME}.
 */
final class Subcommands {

    /**
     * Names and aliases as their {@code @Command} annotations give them, written out because reading the annotations
     * is the reflection this class saves (SubcommandsTest holds the two equal).
     */
    static final Map<String, Class<?>> BY_NAME = byName(
            "import", ImportCommand.class, "list", ListCommand.class, "tags", TagsCommand.class,
            "categories", CategoriesCommand.class, "show", ShowCommand.class, "stats", StatsCommand.class,
            "rescan", RescanCommand.class, "thumbnails", ThumbnailsCommand.class, "analyze", AnalyzeCommand.class,
            "analyse", AnalyzeCommand.class, "jobs", JobsCommand.class, "retry", RetryCommand.class,
            "cancel", CancelCommand.class, "models", ModelsCommand.class, "endpoints", EndpointsCommand.class,
            "tag", TagCommand.class, "category", CategoryCommand.class, "set", SetCommand.class,
            "search", SearchCommand.class, "embed", EmbedCommand.class, "duplicates", DuplicatesCommand.class,
            "review", ReviewCommand.class, "xmp", XmpCommand.class);

    /** Options of {@code pothos} itself that take a value, so the value is not taken for a command's name. */
    private static final Set<String> OPTIONS_WITH_VALUE = Set.of("--data-dir");
    /**
     * Options of {@code pothos} that run without any command: start-up needs none built (SubcommandsTest holds them
     * equal to PothosCommand's, help aside).
     */
    static final Set<String> OPTIONS_WITHOUT_COMMAND = Set.of("--data-dir", "--verbose", "--self-check",
            "-V", "--version");

    private Subcommands() {
    }

    private static Map<String, Class<?>> byName(Object... namesAndClasses) {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        for (int i = 0; i < namesAndClasses.length; i += 2) {
            commands.put((String) namesAndClasses[i], (Class<?>) namesAndClasses[i + 1]);
        }
        return Collections.unmodifiableMap(commands);
    }

    /** Adds to {@code root} the commands that {@code args} may run. */
    static void addTo(CommandLine root, String[] args) {
        for (Class<?> command : needed(args)) {
            root.addSubcommand(command);
        }
    }

    /** The command the arguments name; none for a start without a command; all when in doubt. */
    static List<Class<?>> needed(String[] args) {
        boolean skipValue = false;
        for (String arg : args) {
            if (skipValue) {
                skipValue = false;
            } else if (arg.startsWith("-")) {
                String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                if (!OPTIONS_WITHOUT_COMMAND.contains(option)) {
                    return all();
                }
                skipValue = OPTIONS_WITH_VALUE.contains(arg);
            } else {
                Class<?> named = BY_NAME.get(arg);
                return named == null ? all() : List.of(named);
            }
        }
        return List.of();
    }

    private static List<Class<?>> all() {
        return BY_NAME.values().stream().distinct().toList();
    }
}
