package org.pothos.analysis.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the pieces a model wrote for tags or categories into clean names: split lists given as one
 * string, trimmed of bullets, hashes, quotes and trailing punctuation, de-duplicated ignoring case.
 */
final class LabelList {

    /** Longer than this is a sentence, not a label. */
    static final int MAX_LABEL_LENGTH = 50;

    private static final Pattern SEPARATORS = Pattern.compile("[,，、;；|\\n\\r]+");
    private static final Pattern HASHTAGS = Pattern.compile("^#\\S+(?:\\s+#\\S+)+$");
    private static final String TRAILING_PUNCTUATION = ".,;:!?。，、；：！？…#*";

    private LabelList() {
    }

    /** The clean names in the order written, and how many were left over beyond {@code max}. */
    record Result(List<String> names, int dropped) {
    }

    static Result normalise(List<String> pieces, int max) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String piece : pieces) {
            for (String part : split(piece)) {
                String name = clean(part);
                if (!name.isEmpty()) {
                    byKey.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
                }
            }
        }
        List<String> names = new ArrayList<>(byKey.values());
        int dropped = Math.max(0, names.size() - max);
        return new Result(List.copyOf(names.subList(0, Math.min(max, names.size()))), dropped);
    }

    private static List<String> split(String piece) {
        String text = piece.strip();
        if (HASHTAGS.matcher(text).matches()) {
            return List.of(text.split("\\s+"));
        }
        return List.of(SEPARATORS.split(text));
    }

    private static String clean(String part) {
        String name = TextCleaner.unwrap(TextCleaner.stripListMarker(part));
        while (name.startsWith("#")) {
            name = name.substring(1);
        }
        name = TextCleaner.collapseSpaces(stripTrailing(TextCleaner.unwrap(name)));
        return TextClamp.clamp(name, MAX_LABEL_LENGTH);
    }

    private static String stripTrailing(String name) {
        int end = name.length();
        while (end > 0 && TRAILING_PUNCTUATION.indexOf(name.charAt(end - 1)) >= 0) {
            end--;
        }
        return name.substring(0, end);
    }
}
