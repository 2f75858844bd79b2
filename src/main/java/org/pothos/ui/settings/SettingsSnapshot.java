package org.pothos.ui.settings;

import java.util.EnumSet;
import java.util.Set;
import org.pothos.analysis.AnalysisField;
import org.pothos.analysis.CustomPromptMode;
import org.pothos.analysis.OutputLanguage;

/**
 * The values the settings dialog edits, as one comparable value: the dialog stages a snapshot,
 * compares it with the saved one to know whether anything changed, and writes it whole on apply.
 *
 * @param uploadEdge   longest edge of uploaded images in pixels, 0 for the original size
 * @param defaultModel the model analysis uses when none is named; empty for "the endpoint's choice"
 */
public record SettingsSnapshot(
        int concurrency,
        int uploadEdge,
        Set<AnalysisField> fields,
        int maxTags,
        int maxCategories,
        OutputLanguage outputLanguage,
        String customPrompt,
        CustomPromptMode promptMode,
        int requestTimeoutSeconds,
        boolean analyseAfterImport,
        Theme theme,
        UiLanguage uiLanguage,
        String defaultModel) {

    public SettingsSnapshot {
        // An EnumSet copy, whatever set came in, so that equals compares contents only.
        fields = fields.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(fields));
        customPrompt = customPrompt == null ? "" : customPrompt;
        defaultModel = defaultModel == null ? "" : defaultModel;
    }
}
