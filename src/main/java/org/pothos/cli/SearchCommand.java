package org.pothos.cli;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pothos.app.AppContext;
import org.pothos.library.MediaItem;
import org.pothos.library.MediaQuery;
import org.pothos.search.LibrarySearch;
import org.pothos.search.SearchHit;
import org.pothos.search.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Find pictures by words and by meaning, best first.",
                "Words match titles, descriptions, tags, categories, file and folder names (English stemmed, Chinese "
                        + "segmented); \"quoted phrases\", -word to exclude, tag:NAME and category:NAME to filter.",
                "Meaning comes from an Ollama embedding model (`ollama pull nomic-embed-text`); without one, words only."})
final class SearchCommand extends LibraryCommand {

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "What to look for.")
    List<String> words;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N results (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--text-only", description = "Rank by words alone, without the embedding model.")
    boolean textOnly;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    protected int run(AppContext context) {
        if (limit < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
        }
        LibrarySearch search = context.search();
        if (!SearchIndexWait.awaitCurrent(search.index(), err(), Duration.ofHours(1))) {
            err().println("The search index is not ready (" + search.index().status().state().name().toLowerCase(Locale.ROOT)
                    + "); see the log for why.");
            return FAILURE;
        }
        MediaQuery query = MediaQuery.all().withText(String.join(" ", words));
        SearchResults results = textOnly ? search.byWords(query) : search.byWordsAndMeaning(query);
        List<MediaItem> items = search.items(results, 0, limit);
        Map<Long, Double> scores = results.hits().stream().collect(Collectors.toMap(SearchHit::id, SearchHit::score));
        if (json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("ranking", results.ranking().name().toLowerCase(Locale.ROOT));
            root.put("note", results.note());
            root.put("total", results.size());
            root.put("results", items.stream().map(item -> result(item, scores)).toList());
            ItemPrinter.json(root, out());
            return OK;
        }
        if (results.note() != null) {
            err().println("Note: " + results.note());
        }
        out().printf("%-7s %-9s %s%n", "ID", "SCORE", "TITLE");
        Function<MediaItem, String> title = item -> item.title() == null ? "(" + item.fileName() + ")" : item.title();
        items.forEach(item -> out().printf(Locale.ROOT, "%-7d %-9.4f %s%n", item.id(), scores.get(item.id()), title.apply(item)));
        out().printf("%d of %d match(es), ranked by %s%n", items.size(), results.size(), describe(results.ranking()));
        return OK;
    }

    private static Map<String, Object> result(MediaItem item, Map<Long, Double> scores) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", item.id());
        map.put("score", scores.get(item.id()));
        map.put("title", item.title());
        map.put("fileName", item.fileName());
        map.put("path", item.path().toString());
        return map;
    }

    static String describe(SearchResults.Ranking ranking) {
        return switch (ranking) {
            case WORDS -> "words";
            case WORDS_AND_MEANING -> "words and meaning";
            case UNRANKED -> "nothing (plain text match)";
        };
    }
}
