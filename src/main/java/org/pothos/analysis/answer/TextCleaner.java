package org.pothos.analysis.answer;

import java.util.regex.Pattern;

/** Removes the markdown and punctuation models wrap around a value. */
final class TextCleaner {

    private static final Pattern LIST_MARKER =
            Pattern.compile("^\\s*(?:[-*•·+]\\s+|\\d{1,3}[.)]\\s+|\\d{1,3}、\\s*|\\(\\d{1,3}\\)\\s*)");
    private static final Pattern EMPHASIS = Pattern.compile("^(\\*{1,3}|_{1,3}|`)(.+)\\1$", Pattern.DOTALL);
    /** A heading or quote marker at the start of a line: "## Sunset", "> Sunset". */
    private static final Pattern LINE_MARKUP = Pattern.compile("^\\s*(?:#{1,6}\\s+|>\\s*)+");
    /** Emphasis and code inside a line: "A **red** kite", "the `sky`". */
    private static final Pattern INLINE_EMPHASIS = Pattern.compile("(\\*{1,3}|_{2,3}|`)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final String[][] QUOTES = {
            {"\"", "\""}, {"'", "'"}, {"“", "”"}, {"‘", "’"}, {"「", "」"}, {"『", "』"}, {"«", "»"}, {"《", "》"}};

    private TextCleaner() {
    }

    /** Markdown a model may write even where plain text was asked for: headings, quotes, emphasis, code, links. */
    static String stripMarkup(String line) {
        String text = LINE_MARKUP.matcher(line).replaceFirst("");
        text = LINK.matcher(text).replaceAll("$1");
        String previous;
        do {
            previous = text;
            text = INLINE_EMPHASIS.matcher(text).replaceAll("$2");
        } while (!text.equals(previous));
        return text;
    }

    static String stripListMarker(String line) {
        return LIST_MARKER.matcher(line).replaceFirst("");
    }

    /** Peels emphasis and quote pairs, in any nesting: **"Sunset"** becomes Sunset. */
    static String unwrap(String value) {
        String text = value.strip();
        String previous;
        do {
            previous = text;
            text = EMPHASIS.matcher(text).replaceFirst("$2").strip();
            text = stripQuotePair(text).strip();
        } while (!text.equals(previous));
        return text;
    }

    static String collapseSpaces(String text) {
        return text.replaceAll("[\\h\\s]+", " ").strip();
    }

    private static String stripQuotePair(String text) {
        for (String[] pair : QUOTES) {
            if (text.length() >= pair[0].length() + pair[1].length()
                    && text.startsWith(pair[0]) && text.endsWith(pair[1])) {
                return text.substring(pair[0].length(), text.length() - pair[1].length());
            }
        }
        return text;
    }
}
