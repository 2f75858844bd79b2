package org.pothos.search;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a person typed in a search box, taken apart: words and quoted phrases (each possibly excluded with a
 * leading minus), and {@code tag:}/{@code category:} filters. The last word also counts as a prefix, as it
 * may still be being typed: "sunse" already finds "sunset".
 */
public record ParsedSearch(List<Term> terms, List<String> tags, List<String> categories, List<String> excludedTags,
                           List<String> excludedCategories) {

    public ParsedSearch {
        terms = List.copyOf(terms);
        tags = List.copyOf(tags);
        categories = List.copyOf(categories);
        excludedTags = List.copyOf(excludedTags);
        excludedCategories = List.copyOf(excludedCategories);
    }

    /** A word or a quoted phrase. */
    public record Term(String text, boolean phrase, boolean excluded, boolean prefix) {
    }

    public static ParsedSearch empty() {
        return new ParsedSearch(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return terms.isEmpty() && tags.isEmpty() && categories.isEmpty() && excludedTags.isEmpty()
                && excludedCategories.isEmpty();
    }

    /** Words or phrases that must be found: only then can a match be ranked by text or by meaning. */
    public boolean hasWanted() {
        return terms.stream().anyMatch(t -> !t.excluded());
    }

    /** The wanted words and phrases as one text, to ask an embedding model for its meaning. */
    public String meaning() {
        return terms.stream().filter(t -> !t.excluded()).map(Term::text).collect(Collectors.joining(" "));
    }
}
