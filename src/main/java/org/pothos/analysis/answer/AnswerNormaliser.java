package org.pothos.analysis.answer;

import java.util.List;
import java.util.Set;
import org.pothos.analysis.AnalysisField;
import org.pothos.analysis.AnswerLimits;
import org.pothos.analysis.ModelAnswer;

/** Cleans and clamps the raw field values into a {@link ModelAnswer}, noting what was missing or cut. */
final class AnswerNormaliser {

    private AnswerNormaliser() {
    }

    static ModelAnswer normalise(RawFields raw, Set<AnalysisField> fields, AnswerLimits limits, List<String> problems) {
        String title = fields.contains(AnalysisField.TITLE)
                ? text(AnalysisField.TITLE, title(raw), limits.maxTitleLength(), problems) : null;
        String description = fields.contains(AnalysisField.DESCRIPTION)
                ? text(AnalysisField.DESCRIPTION, description(raw), limits.maxDescriptionLength(), problems) : null;
        List<String> tags = fields.contains(AnalysisField.TAGS)
                ? labels(AnalysisField.TAGS, raw, limits.maxTags(), problems) : List.of();
        List<String> categories = fields.contains(AnalysisField.CATEGORIES)
                ? labels(AnalysisField.CATEGORIES, raw, limits.maxCategories(), problems) : List.of();
        return new ModelAnswer(title, description, tags, categories);
    }

    /**
     * A title is one line of plain text; models like to end it with a full stop, wrap it in quotes or bold, or make
     * it a Markdown heading.
     */
    private static String title(RawFields raw) {
        return raw.get(AnalysisField.TITLE).stream()
                .flatMap(String::lines)
                .map(piece -> TextCleaner.collapseSpaces(TextCleaner.unwrap(TextCleaner.stripMarkup(TextCleaner.stripListMarker(piece)))))
                .map(TextCleaner::unwrap)
                .map(piece -> piece.replaceAll("(?<![.。])[.。]$", ""))
                .filter(piece -> !piece.isBlank())
                .findFirst().orElse("");
    }

    private static String description(RawFields raw) {
        String joined = String.join("\n", raw.get(AnalysisField.DESCRIPTION));
        String text = TextCleaner.unwrap(joined.replaceAll("\\h+", " "));
        return text.replaceAll(" *\\R *", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static String text(AnalysisField field, String value, int max, List<String> problems) {
        if (value.isEmpty()) {
            problems.add("no " + name(field) + " in the answer");
            return null;
        }
        String clamped = TextClamp.clamp(value, max);
        if (!clamped.equals(value)) {
            problems.add(name(field) + " cut to " + max + " characters");
        }
        return clamped;
    }

    private static List<String> labels(AnalysisField field, RawFields raw, int max, List<String> problems) {
        LabelList.Result result = LabelList.normalise(raw.get(field), max);
        if (result.names().isEmpty()) {
            problems.add("no " + name(field) + " in the answer");
        } else if (result.dropped() > 0) {
            problems.add(result.dropped() + " " + name(field) + " over the limit of " + max + " dropped");
        }
        return result.names();
    }

    private static String name(AnalysisField field) {
        return FieldKeys.key(field);
    }
}
