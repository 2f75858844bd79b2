package org.pothos.analysis.answer;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether unlabelled text may be taken as the value of a field. Only a per-field answer is
 * read that way, and an error page or binary junk must not become a title.
 */
final class PlainText {

    private static final Pattern MARKUP = Pattern.compile("(?is)^\\s*<(?:!doctype|html|\\?xml|head|body|div|p)\\b.*|.*</(?:html|body|div)>.*");
    private static final Pattern PREAMBLE = Pattern.compile("^.*[:：]\\s*$|^\\s*$");
    private static final Set<String> NON_ANSWERS = Set.of("null", "none", "undefined", "n/a", "nan", "true", "false",
            "{}", "[]", "\"\"", "无", "没有");

    private PlainText() {
    }

    static boolean isPlausible(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty() || NON_ANSWERS.contains(stripped.toLowerCase(Locale.ROOT))
                || MARKUP.matcher(stripped).matches() || stripped.startsWith("{") || stripped.startsWith("[")
                || stripped.contains("```")) {
            return false;
        }
        return stripped.codePoints().anyMatch(Character::isLetterOrDigit)
                && stripped.codePoints().noneMatch(PlainText::isJunk);
    }

    /** Drops lead-in lines such as "Here is a title for the photo:" that come before the value. */
    static String withoutPreamble(String text) {
        List<String> lines = text.strip().lines().toList();
        int first = 0;
        while (first < lines.size() - 1 && PREAMBLE.matcher(lines.get(first)).matches()) {
            first++;
        }
        return String.join("\n", lines.subList(first, lines.size())).strip();
    }

    private static boolean isJunk(int codePoint) {
        return codePoint == 0xFFFD
                || Character.isISOControl(codePoint) && codePoint != '\n' && codePoint != '\r' && codePoint != '\t'
                || Character.getType(codePoint) == Character.PRIVATE_USE
                || Character.getType(codePoint) == Character.UNASSIGNED;
    }
}
