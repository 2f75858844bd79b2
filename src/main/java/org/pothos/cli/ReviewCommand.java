package org.pothos.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pothos.app.AppContext;
import org.pothos.review.ReviewItem;
import org.pothos.review.ReviewResult;
import org.pothos.review.ReviewSelection;
import org.pothos.review.Suggestion;
import org.pothos.review.SuggestionField;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"The model's suggestions waiting for your decision (in review mode, or after `analyze --review`).",
                "A rejected tag or category is remembered for its picture and never suggested for it again;",
                "`analyze --review ID` asks the model again, telling it what you rejected and keeping what you accepted."},
        subcommands = {ReviewCommand.ListPending.class, ReviewCommand.Accept.class, ReviewCommand.Reject.class,
                ReviewCommand.Mode.class})
final class ReviewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Say what to do: list, accept, reject or mode.");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Pictures with suggestions waiting, oldest first.")
    static final class ListPending extends LibraryCommand {

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N pictures (default: ${DEFAULT-VALUE}).")
        int limit;

        @Override
        protected int run(AppContext context) {
            List<Long> ids = context.reviewStore().pendingIds();
            List<ReviewItem> items = context.reviewStore().find(ids.subList(0, Math.min(ids.size(), Math.max(0, limit))));
            if (json) {
                ItemPrinter.json(items.stream().map(ListPending::toMap).toList(), out());
                return OK;
            }
            if (ids.isEmpty()) {
                out().println("Nothing to review.");
                return OK;
            }
            for (ReviewItem item : items) {
                out().printf("%d  %s%n", item.id(), item.item().fileName());
                for (SuggestionField field : SuggestionField.values()) {
                    List<Suggestion> suggested = item.suggested(field);
                    if (!suggested.isEmpty()) {
                        out().printf("    %-12s %s  (%s)%n", field.key() + ":", describe(field, suggested), suggested.get(0).source());
                    }
                }
            }
            out().printf("%d picture(s) to review%s%n", ids.size(), ids.size() > items.size() ? "; more with --limit" : "");
            return OK;
        }

        private static String describe(SuggestionField field, List<Suggestion> suggested) {
            List<String> values = suggested.stream().map(Suggestion::value).toList();
            return field.isLabel() ? String.join(", ", values) : "\"" + values.get(0) + "\"";
        }

        private static Map<String, Object> toMap(ReviewItem item) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("id", item.id());
            map.put("path", item.item().path().toString());
            map.put("fileName", item.item().fileName());
            map.put("title", item.item().title());
            List<Map<String, Object>> suggested = new ArrayList<>();
            item.suggested().forEach(s -> suggested.add(suggestion(s)));
            map.put("suggested", suggested);
            List<Map<String, Object>> rejected = new ArrayList<>();
            item.rejected().forEach(s -> rejected.add(suggestion(s)));
            map.put("rejected", rejected);
            return map;
        }

        private static Map<String, Object> suggestion(Suggestion s) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("field", s.field().key());
            map.put("value", s.value());
            map.put("source", s.source().toString());
            return map;
        }
    }

    /** Accept or reject: which pictures, and which of their suggestions. */
    abstract static class Decide extends LibraryCommand {

        @Parameters(paramLabel = "ID", arity = "1..*", description = "Item ids, as `review list` prints them.")
        List<Long> ids;

        @Option(names = "--tag", paramLabel = "T", description = "This suggested tag (repeat for several).")
        List<String> tags = new ArrayList<>();

        @Option(names = "--category", paramLabel = "C", description = "This suggested category (repeat for several).")
        List<String> categories = new ArrayList<>();

        @Option(names = "--title", description = "The suggested title.")
        boolean title;

        @Option(names = "--description", description = "The suggested description.")
        boolean description;

        @Option(names = "--all", description = "Every suggestion waiting on these pictures.")
        boolean all;

        abstract ReviewResult decide(AppContext context, ReviewSelection selection);

        abstract String verb();

        /** "Accepted" or "Rejected", for the report. */
        abstract String done();

        @Override
        protected int run(AppContext context) {
            ReviewSelection selection = new ReviewSelection(tags, categories, title, description, all);
            if (selection.isEmpty()) {
                throw new ParameterException(spec.commandLine(),
                        "Say what to " + verb() + ": --tag T, --category C, --title, --description or --all.");
            }
            ReviewResult result = decide(context, selection);
            out().printf("%s %d value(s) on %d picture(s).%n", done(), result.changed(), ids.size());
            result.notFound().forEach(message -> err().println(message));
            return result.notFound().isEmpty() ? OK : FAILURE;
        }
    }

    @Command(name = "accept", mixinStandardHelpOptions = true,
            description = "Apply suggestions: they keep the model as their source, and a later analysis keeps them.")
    static final class Accept extends Decide {
        @Override
        ReviewResult decide(AppContext context, ReviewSelection selection) {
            return context.reviewStore().accept(ids, selection);
        }

        @Override
        String verb() {
            return "accept";
        }

        @Override
        String done() {
            return "Accepted";
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true,
            description = {"Turn suggestions down; a rejected tag or category is never suggested for that picture again.",
                    "A model's tag or category applied outside review can be rejected too: it is removed and remembered."})
    static final class Reject extends Decide {
        @Override
        ReviewResult decide(AppContext context, ReviewSelection selection) {
            return context.reviewStore().reject(ids, selection);
        }

        @Override
        String verb() {
            return "reject";
        }

        @Override
        String done() {
            return "Rejected";
        }
    }

    @Command(name = "mode", mixinStandardHelpOptions = true,
            description = {"Show or set review mode for this library: on, the model's answers arrive as suggestions;",
                    "off (the default), they are applied at once."})
    static final class Mode extends LibraryCommand {

        @Parameters(paramLabel = "on|off", arity = "0..1", description = "on or off.")
        String value;

        @Override
        protected int run(AppContext context) {
            if (value != null) {
                if (!value.equals("on") && !value.equals("off")) {
                    throw new ParameterException(spec.commandLine(), "Say on or off.");
                }
                context.librarySettings().setReviewMode(value.equals("on"));
            }
            out().println("Review mode: " + (context.librarySettings().reviewMode() ? "on" : "off"));
            return OK;
        }
    }
}
