package org.pothos.cli;

import java.util.ArrayList;
import java.util.List;
import org.pothos.library.Availability;
import org.pothos.library.MediaQuery;
import picocli.CommandLine.Option;

/**
 * The filters of {@code list}, shared by every command that works on "the items matching …" ({@code --query}
 * of {@code tag}, {@code category}, {@code set}), so a filter means the same everywhere. A picocli mixin.
 */
final class MediaFilterOptions {

    @Option(names = "--tag", paramLabel = "T", description = "Only items with this tag (repeat: all of them).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--category", paramLabel = "C", description = "Only items in this category.")
    String category;

    @Option(names = "--text", paramLabel = "Q",
            description = "Words in title, description, tags, categories, file or folder name (list: best matches first).")
    String text;

    @Option(names = "--unanalysed", description = "Only items no model has described yet.")
    boolean unanalysed;

    @Option(names = "--failed", description = "Only items whose analysis failed.")
    boolean failed;

    @Option(names = "--favourites", description = "Only favourites.")
    boolean favourites;

    @Option(names = "--min-rating", paramLabel = "N", description = "Only items rated N stars or more.")
    Integer minRating;

    @Option(names = "--missing", description = "Only items whose file is missing.")
    boolean missing;

    /** The items these filters select, newest first. */
    MediaQuery toQuery() {
        return MediaQuery.builder().tags(tags).category(category).text(text)
                .analysed(unanalysed ? Boolean.FALSE : null)
                .analysisFailed(failed ? Boolean.TRUE : null)
                .favourite(favourites ? Boolean.TRUE : null)
                .minRating(minRating)
                .availability(missing ? Availability.MISSING : null)
                .build();
    }

    /** True when some filter was given. */
    boolean any() {
        return !tags.isEmpty() || category != null || text != null || unanalysed || failed || favourites
                || minRating != null || missing;
    }
}
