package org.pothos.cli;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.pothos.app.AppContext;
import org.pothos.library.LabelCount;
import org.pothos.library.LabelKind;
import org.pothos.vocabulary.LabelTree;
import org.pothos.vocabulary.VocabularyEntry;
import picocli.CommandLine.Option;

/**
 * Lists tags or categories with how many items carry each, most used first; with {@code --details}, also
 * who set them and when they were last used; with {@code --tree}, the hierarchy. Its subcommands change
 * the vocabulary.
 */
abstract class LabelCountsCommand extends LibraryCommand {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--details", description = "Also the pictures set by you, a model or the file, the last use, parent and aliases.")
    boolean details;

    @Option(names = "--tree", description = "Show the hierarchy, each label under its parent with its pictures and its family's.")
    boolean tree;

    abstract LabelKind kind();

    @Override
    protected int run(AppContext context) {
        if (details || tree) {
            List<VocabularyEntry> entries = context.vocabularyStore().entries(kind());
            if (json) {
                ItemPrinter.json(tree ? LabelTree.build(entries) : entries, out());
            } else if (entries.isEmpty()) {
                out().println(empty());
            } else if (tree) {
                LabelTree.build(entries).forEach(node -> printTree(node, 0));
            } else {
                printDetails(entries);
            }
            return OK;
        }
        List<LabelCount> counts = context.mediaStore().labelCounts(kind());
        if (json) {
            ItemPrinter.json(counts, out());
        } else if (counts.isEmpty()) {
            out().println(empty());
        } else {
            counts.forEach(c -> out().printf("%7d  %s%n", c.count(), c.name()));
        }
        return OK;
    }

    private String empty() {
        return kind() == LabelKind.TAG ? "No tags yet." : "No categories yet.";
    }

    private void printDetails(List<VocabularyEntry> entries) {
        out().printf("%7s %6s %6s %6s  %-10s  %-24s %s%n", "ITEMS", "YOU", "MODEL", "FILE", "LAST USED", "NAME", "PARENT / ALIASES");
        for (VocabularyEntry e : entries) {
            String extra = (e.parent() == null ? "" : "under " + e.parent())
                    + (e.aliases().isEmpty() ? "" : (e.parent() == null ? "" : "; ") + "aliases " + String.join(", ", e.aliases()));
            out().printf("%7d %6d %6d %6d  %-10s  %-24s %s%n", e.count(), e.byUser(), e.byModel(), e.byFile(),
                    e.lastUsed() == null ? "-" : DAY.format(e.lastUsed()), e.name(), extra);
        }
    }

    private void printTree(LabelTree.Node node, int depth) {
        VocabularyEntry e = node.entry();
        String family = node.children().isEmpty() ? "" : "  (" + e.totalCount() + " with those below)";
        out().printf("%7d  %s%s%s%n", e.count(), "  ".repeat(depth), e.name(), family);
        node.children().forEach(child -> printTree(child, depth + 1));
    }
}
