package org.pothos.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.pothos.app.AppContext;
import org.pothos.library.Label;
import org.pothos.library.MediaItem;
import org.pothos.similar.DuplicateFinder;
import org.pothos.similar.DuplicateGroup;
import org.pothos.similar.HammingGroups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "duplicates", mixinStandardHelpOptions = true,
        description = {"List groups of exact copies (same file content) and near-duplicates (resized, recompressed, "
                + "re-exported: perceptual hashes at most N bits apart).",
                "The first picture of each group is the one worth keeping (most pixels, then largest file); the window "
                        + "keeps one and removes the others, merging their labels."})
final class DuplicatesCommand extends LibraryCommand {

    @Option(names = "--threshold", paramLabel = "N", defaultValue = "" + DuplicateFinder.DEFAULT_THRESHOLD,
            description = "Largest number of differing bits of 64 for a near-duplicate, 0 to " + HammingGroups.MAX_THRESHOLD
                    + " (default: ${DEFAULT-VALUE}; 0 finds only pictures with identical hashes).")
    int threshold;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    protected int run(AppContext context) {
        if (threshold < 0 || threshold > HammingGroups.MAX_THRESHOLD) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--threshold must be 0 to " + HammingGroups.MAX_THRESHOLD);
        }
        long missing = context.perceptualHashes().missing();
        if (missing > 0) {
            ProgressLine progress = new ProgressLine(err());
            try (Interruptible interruptible = new Interruptible()) {
                context.perceptualHashes().run(done -> progress.update(String.format("Fingerprinting pictures: %,d of %,d",
                        done, missing)), interruptible.cancellation());
            }
            progress.finish();
        }
        List<DuplicateGroup> groups = context.duplicateFinder().find(threshold);
        if (json) {
            ItemPrinter.json(groups.stream().map(DuplicatesCommand::toMap).toList(), out());
            return OK;
        }
        int number = 0;
        long removable = 0;
        for (DuplicateGroup group : groups) {
            out().printf("Group %d: %d pictures, %s%n", ++number, group.members().size(),
                    group.identical() ? "identical files" : "near-duplicates");
            out().printf("  %-4s %-7s %-4s %-9s %-11s %-16s %-24s %s%n", "KEEP", "ID", "DIST", "SIZE", "DIMENSIONS", "TAKEN",
                    "TAGS", "PATH");
            for (DuplicateGroup.Member member : group.members()) {
                MediaItem item = member.item();
                out().printf("  %-4s %-7d %-4s %-9s %-11s %-16s %-24s %s%n", item == group.suggestedKeeper() ? "*" : "",
                        item.id(), distance(group, member),
                        size(item.sizeBytes()), item.displayWidth() + "x" + item.displayHeight(),
                        item.takenAt() == null ? "-" : item.takenAt().toString().replace('T', ' '),
                        clip(names(item.tags()), 24), item.path());
            }
            removable += group.members().size() - 1;
        }
        out().printf("%d group(s); %d picture(s) could go, keeping the first (*) of each%n", groups.size(), removable);
        return OK;
    }

    /** Bits from the kept one's hash; "same" for an identical file, "?" while a hash is unknown. */
    private static String distance(DuplicateGroup group, DuplicateGroup.Member member) {
        if (member.item() == group.suggestedKeeper()) {
            return "0";
        }
        return member.sameContent() ? "same" : member.distance() < 0 ? "?" : String.valueOf(member.distance());
    }

    private static Map<String, Object> toMap(DuplicateGroup group) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("identical", group.identical());
        map.put("items", group.members().stream().map(member -> {
            Map<String, Object> item = new LinkedHashMap<>();
            MediaItem m = member.item();
            item.put("id", m.id());
            item.put("suggestedKeep", m == group.suggestedKeeper());
            item.put("distance", member.distance() < 0 ? null : member.distance());
            item.put("sameContent", member.sameContent());
            item.put("path", m.path().toString());
            item.put("sizeBytes", m.sizeBytes());
            item.put("width", m.displayWidth());
            item.put("height", m.displayHeight());
            item.put("takenAt", m.takenAt() == null ? null : m.takenAt().toString());
            item.put("title", m.title());
            item.put("tags", m.tags().stream().map(Label::name).toList());
            item.put("categories", m.categories().stream().map(Label::name).toList());
            return item;
        }).toList());
        return map;
    }

    private static String size(long bytes) {
        return bytes >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0)
                : String.format(Locale.ROOT, "%d KB", Math.max(1, bytes / 1024));
    }

    private static String names(List<Label> labels) {
        return labels.stream().map(Label::name).collect(Collectors.joining(", "));
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
