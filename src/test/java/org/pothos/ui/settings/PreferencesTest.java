package org.pothos.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pothos.analysis.AnalysisField;
import org.pothos.analysis.AnalysisOptions;
import org.pothos.analysis.AnalysisSettings;
import org.pothos.analysis.AnswerLimits;
import org.pothos.analysis.CustomPromptMode;
import org.pothos.analysis.OutputLanguage;
import org.pothos.testsupport.TestPreferences;

/** The preferences against a real preferences node of their own: defaults, round trips, mapping to the engine. */
class PreferencesTest {

    private final TestPreferences store = new TestPreferences();

    @AfterEach
    void removeNode() throws Exception {
        store.close();
    }

    @Test
    void aFreshNodeGivesTheDefaults() {
        PothosPreferences prefs = new PothosPreferences(store.node, Locale.US);
        assertEquals(2, prefs.concurrencyProperty().get());
        assertEquals(1024, prefs.uploadEdgeProperty().get());
        assertEquals(EnumSet.allOf(AnalysisField.class), prefs.fieldsProperty().get());
        assertEquals(10, prefs.maxTagsProperty().get());
        assertEquals(3, prefs.maxCategoriesProperty().get());
        assertEquals(OutputLanguage.EN, prefs.outputLanguageProperty().get());
        assertEquals("", prefs.customPromptProperty().get());
        assertEquals(CustomPromptMode.EXTEND, prefs.promptModeProperty().get());
        assertEquals(300, prefs.requestTimeoutSecondsProperty().get());
        assertTrue(prefs.analyseAfterImportProperty().get());
        assertEquals(Theme.LIGHT, prefs.themeProperty().get());
        assertEquals(UiLanguage.SYSTEM, prefs.uiLanguageProperty().get());
        assertNull(prefs.windowLayoutProperty().get());
        assertEquals("", prefs.defaultModelProperty().get());
    }

    @Test
    void onAChineseSystemTheModelAnswersInChineseByDefault() {
        assertEquals(OutputLanguage.ZH_CN, new PothosPreferences(store.node, Locale.SIMPLIFIED_CHINESE).outputLanguageProperty().get());
        assertEquals(OutputLanguage.ZH_CN, new PothosPreferences(store.node, Locale.TRADITIONAL_CHINESE).outputLanguageProperty().get());
    }

    @Test
    void everyValueSurvivesARoundTripThroughTheNode() {
        PothosPreferences prefs = new PothosPreferences(store.node, Locale.US);
        prefs.concurrencyProperty().set(6);
        prefs.uploadEdgeProperty().set(0);
        prefs.fieldsProperty().set(Set.of(AnalysisField.TAGS, AnalysisField.TITLE));
        prefs.maxTagsProperty().set(15);
        prefs.maxCategoriesProperty().set(5);
        prefs.outputLanguageProperty().set(OutputLanguage.ZH_CN);
        prefs.customPromptProperty().set("Name the plant species.");
        prefs.promptModeProperty().set(CustomPromptMode.REPLACE);
        prefs.requestTimeoutSecondsProperty().set(120);
        prefs.analyseAfterImportProperty().set(false);
        prefs.themeProperty().set(Theme.DARK);
        prefs.uiLanguageProperty().set(UiLanguage.ZH_CN);
        prefs.defaultModelProperty().set("llava:7b");
        WindowLayout layout = new WindowLayout(10, 20, 1300, 850, true, List.of(0.2, 0.75));
        prefs.windowLayoutProperty().set(layout);

        PothosPreferences again = new PothosPreferences(store.node, Locale.US);
        assertEquals(prefs.snapshot(), again.snapshot());
        assertEquals(6, again.concurrencyProperty().get());
        assertEquals(Set.of(AnalysisField.TAGS, AnalysisField.TITLE), again.fieldsProperty().get());
        assertEquals(OutputLanguage.ZH_CN, again.outputLanguageProperty().get());
        assertEquals(Theme.DARK, again.themeProperty().get());
        assertEquals(layout, again.windowLayoutProperty().get());
        assertEquals("llava:7b", store.node.get(PothosPreferences.DEFAULT_MODEL, null));
    }

    @Test
    void damagedEntriesFallBackToDefaultsOrAreClamped() {
        store.node.putInt(PothosPreferences.CONCURRENCY, 99);
        store.node.put(PothosPreferences.THEME, "NEON");
        store.node.put(PothosPreferences.FIELDS, "COLOUR,,");
        store.node.putInt(PothosPreferences.TIMEOUT, -5);
        store.node.node(PothosPreferences.WINDOW_NODE).putDouble("width", 0);

        PothosPreferences prefs = new PothosPreferences(store.node, Locale.US);
        assertEquals(16, prefs.concurrencyProperty().get());
        assertEquals(Theme.LIGHT, prefs.themeProperty().get());
        assertEquals(EnumSet.allOf(AnalysisField.class), prefs.fieldsProperty().get());
        assertEquals(PothosPreferences.MIN_TIMEOUT_SECONDS, prefs.requestTimeoutSecondsProperty().get());
        assertNull(prefs.windowLayoutProperty().get());
    }

    @Test
    void theEngineGetsOptionsAndSettingsBuiltFromThePreferences() {
        PothosPreferences prefs = new PothosPreferences(store.node, Locale.US);
        assertEquals(AnalysisOptions.defaults(), prefs.analysisOptions());

        prefs.fieldsProperty().set(Set.of(AnalysisField.DESCRIPTION));
        prefs.outputLanguageProperty().set(OutputLanguage.ZH_CN);
        prefs.maxTagsProperty().set(4);
        prefs.maxCategoriesProperty().set(2);
        prefs.uploadEdgeProperty().set(768);
        prefs.customPromptProperty().set("  Mention the weather.  ");
        prefs.promptModeProperty().set(CustomPromptMode.REPLACE);
        AnalysisOptions options = prefs.analysisOptions();
        assertEquals(Set.of(AnalysisField.DESCRIPTION), options.fields());
        assertEquals(OutputLanguage.ZH_CN, options.language());
        assertEquals(new AnswerLimits(AnswerLimits.defaults().maxTitleLength(),
                AnswerLimits.defaults().maxDescriptionLength(), 4, 2), options.limits());
        assertEquals(768, options.maxEdge());
        assertEquals("Mention the weather.", options.customPrompt());
        assertEquals(CustomPromptMode.REPLACE, options.promptMode());
        assertFalse(options.perField());
        assertFalse(options.overwrite());

        prefs.concurrencyProperty().set(5);
        prefs.requestTimeoutSecondsProperty().set(90);
        AnalysisSettings base = AnalysisSettings.defaults().withMaxAttempts(7).withRetryBackoff(Duration.ofMillis(50));
        AnalysisSettings settings = prefs.analysisSettings(base);
        assertEquals(5, settings.concurrency());
        assertEquals(Duration.ofSeconds(90), settings.requestTimeout());
        assertEquals(7, settings.maxAttempts());
        assertEquals(Duration.ofMillis(50), settings.retryBackoff());
    }

    @Test
    void aWindowLayoutIgnoresDamagedDividers() {
        new WindowLayout(1, 2, 800, 600, false, List.of(0.3)).save(store.node);
        store.node.put("dividers", "0.3,x,1.7,0.6");
        assertEquals(List.of(0.3, 0.6), WindowLayout.load(store.node).orElseThrow().dividers());
    }
}
