package org.pothos.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pothos.library.LabelNames;

/**
 * Reads the search box's little language. Nothing a person types is an error: an unclosed quote runs to
 * the end, a lone minus is ignored, an unknown {@code word:} is a word.
 *
 * <ul>
 *   <li>{@code sunset beach}: both words (in any field, stemmed: "beaches" finds "beach");</li>
 *   <li>{@code "golden hour"}: the words next to each other;</li>
 *   <li>{@code -people}, {@code -"city centre"}: without these;</li>
 *   <li>{@code tag:dog}, {@code category:"street photography"}, {@code -tag:dog}: label filters (also
 *       {@code 标签:} and {@code 分类:});</li>
 *   <li>the last word also matches as the start of a word, so results follow the typing ("sunse" finds
 *       "sunset"); whole words rank above such prefixes.</li>
 * </ul>
 */
public final class SearchSyntax {

    private static final List<String> TAG_FIELDS = List.of("tag:", "tags:", "标签:");
    private static final List<String> CATEGORY_FIELDS = List.of("category:", "categories:", "分类:", "类别:");

    private SearchSyntax() {
    }

    public static ParsedSearch parse(String input) {
        if (input == null || input.isBlank()) {
            return ParsedSearch.empty();
        }
        String text = normaliseMarks(input);
        List<ParsedSearch.Term> terms = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        List<String> excludedTags = new ArrayList<>();
        List<String> excludedCategories = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            boolean excluded = text.charAt(i) == '-' && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
            if (excluded) {
                i++;
            }
            String field = fieldAt(text, i);
            if (field != null) {
                i += field.length();
                Token value = readValue(text, i);
                i = value.end();
                String name = LabelNames.clean(value.text());
                if (!name.isEmpty()) {
                    boolean tag = TAG_FIELDS.contains(field);
                    (tag ? (excluded ? excludedTags : tags) : (excluded ? excludedCategories : categories)).add(name);
                }
                continue;
            }
            Token value = readValue(text, i);
            i = value.end();
            if (!value.text().isBlank()) {
                terms.add(new ParsedSearch.Term(value.text().strip(), value.quoted(), excluded, false));
            }
        }
        markPrefix(terms);
        return new ParsedSearch(terms, tags, categories, excludedTags, excludedCategories);
    }

    /** The last word may still be being typed: it matches as a prefix too. */
    private static void markPrefix(List<ParsedSearch.Term> terms) {
        if (terms.isEmpty()) {
            return;
        }
        int last = terms.size() - 1;
        ParsedSearch.Term term = terms.get(last);
        if (!term.phrase() && !term.excluded()) {
            terms.set(last, new ParsedSearch.Term(term.text(), false, false, true));
        }
    }

    private record Token(String text, boolean quoted, int end) {
    }

    /** A quoted run (to the closing quote or the end) or a run up to the next white space. */
    private static Token readValue(String text, int start) {
        if (start < text.length() && text.charAt(start) == '"') {
            int close = text.indexOf('"', start + 1);
            int end = close < 0 ? text.length() : close;
            return new Token(text.substring(start + 1, end), true, close < 0 ? end : end + 1);
        }
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return new Token(text.substring(start, end), false, end);
    }

    private static String fieldAt(String text, int i) {
        String rest = text.substring(i).toLowerCase(Locale.ROOT);
        for (List<String> fields : List.of(TAG_FIELDS, CATEGORY_FIELDS)) {
            for (String field : fields) {
                if (rest.startsWith(field) && rest.length() > field.length()
                        && !Character.isWhitespace(rest.charAt(field.length()))) {
                    return field;
                }
            }
        }
        return null;
    }

    /** Typographic and full-width quotes, colons and minus signs, as Chinese and phone keyboards type them. */
    private static String normaliseMarks(String input) {
        return input.replace('“', '"').replace('”', '"').replace('„', '"').replace('「', '"').replace('」', '"')
                .replace('＂', '"').replace('：', ':').replace('－', '-').replace('−', '-').replace('\u3000', ' ');
    }
}
