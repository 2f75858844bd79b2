package org.pothos.analysis.answer;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.pothos.analysis.AnalysisField;

/**
 * The JSON key each field is asked for, and the other names models use for it. Models that ignore
 * the schema still tend to pick one of a handful of synonyms, in English or in Chinese.
 */
public final class FieldKeys {

    private static final Map<AnalysisField, List<String>> NAMES = new EnumMap<>(Map.of(
            AnalysisField.TITLE, List.of("title", "name", "caption", "headline", "标题", "题目", "名称"),
            AnalysisField.DESCRIPTION, List.of("description", "desc", "summary", "details",
                    "描述", "说明", "简介", "描述内容"),
            AnalysisField.TAGS, List.of("tags", "tag", "keywords", "keyword", "labels", "label",
                    "标签", "关键词", "关键字"),
            AnalysisField.CATEGORIES, List.of("categories", "category", "genres", "genre", "类别", "分类", "类型")));

    private FieldKeys() {
    }

    /** The key the schema and the prompts use. */
    public static String key(AnalysisField field) {
        return NAMES.get(field).get(0);
    }

    /** Which field a key or label written by a model stands for, ignoring case and spaces. */
    public static Optional<AnalysisField> fieldFor(String name) {
        String folded = name.strip().replaceAll("[\\s_-]+", "").toLowerCase(Locale.ROOT);
        for (Map.Entry<AnalysisField, List<String>> entry : NAMES.entrySet()) {
            if (entry.getValue().contains(folded)) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    /** Every name a model may use, for building label patterns. */
    public static List<String> allNames() {
        return NAMES.values().stream().flatMap(List::stream).toList();
    }
}
