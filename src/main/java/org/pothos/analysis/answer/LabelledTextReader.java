package org.pothos.analysis.answer;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.pothos.analysis.AnalysisField;

/**
 * Reads answers written as labelled text instead of JSON: "Title: …", "**Tags:** a, b", "标签：…",
 * a label alone on its line followed by the value or a bulleted list, numbered sections.
 */
final class LabelledTextReader {

    private static final Pattern LABEL_LINE = Pattern.compile(
            "^[\\s>]*(?:#{1,6}\\s*)?(?:[-*•·+]\\s+|\\d{1,2}[.)]\\s+|\\d{1,2}、\\s*)?(?:\\*\\*|__)?\\s*"
                    + "(?:(?:image|photo|picture|suggested|short|brief|main|关键|图片|照片)\\s*)?"
                    + "(" + alternatives() + ")\\s*(?:\\*\\*|__)?\\s*[:：]\\s*(?:\\*\\*|__)?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*•·+]\\s+|\\d{1,3}[.)]\\s+|\\d{1,3}、)");

    private LabelledTextReader() {
    }

    static RawFields read(String text) {
        RawFields raw = new RawFields();
        Section section = null;
        for (String line : text.split("\\R")) {
            String value = line;
            Matcher label = LABEL_LINE.matcher(line);
            if (label.matches()) {
                section = new Section(FieldKeys.fieldFor(label.group(1)).orElseThrow());
                value = label.group(2);
            }
            if (section != null) {
                section.accept(value, raw);
                if (section.closed) {
                    section = null;
                }
            }
        }
        return raw;
    }

    /** Longest names first, so "description" is not read as "desc" followed by garbage. */
    private static String alternatives() {
        return FieldKeys.allNames().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    /** The lines under one label, with rules that keep trailing chatter out of the value. */
    private static final class Section {
        private final AnalysisField field;
        private boolean hasContent;
        private boolean closed;

        Section(AnalysisField field) {
            this.field = field;
        }

        void accept(String line, RawFields raw) {
            if (line.isBlank() || line.strip().startsWith("```")) {
                // a paragraph or a list ends at a blank line once it has begun, and always at a code fence
                closed = hasContent || !line.isBlank();
                return;
            }
            boolean item = LIST_ITEM.matcher(line).find();
            switch (field) {
                case TITLE -> {
                    raw.add(field, line);
                    closed = true;
                }
                case DESCRIPTION -> raw.add(field, line);
                case TAGS, CATEGORIES -> {
                    if (hasContent && !item) {
                        closed = true;
                        return;
                    }
                    raw.add(field, line);
                    // "Tags: a, b" is complete on its line; "Tags:" followed by items is not
                    closed = !item && !hasContent;
                }
            }
            hasContent = true;
        }
    }
}
