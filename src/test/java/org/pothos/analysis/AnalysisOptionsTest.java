package org.pothos.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class AnalysisOptionsTest {

    @Test
    void jsonRoundTripsAndEqualOptionsShareAKey() {
        AnalysisOptions options = AnalysisOptions.defaults()
                .withFields(EnumSet.of(AnalysisField.TAGS, AnalysisField.TITLE))
                .withLanguage(OutputLanguage.ZH_CN)
                .withCustomPrompt("Mention the weather.", CustomPromptMode.REPLACE)
                .withMaxEdge(0)
                .withOverwrite(true);
        assertEquals(options, AnalysisOptions.fromJson(options.toJson()));
        AnalysisOptions same = AnalysisOptions.builder()
                .fields(EnumSet.of(AnalysisField.TITLE, AnalysisField.TAGS))
                .language(OutputLanguage.ZH_CN)
                .customPrompt("Mention the weather.", CustomPromptMode.REPLACE)
                .maxEdge(0)
                .overwrite(true)
                .build();
        assertEquals(options.key(), same.key());
        assertNotEquals(options.key(), same.withLanguage(OutputLanguage.EN).key());
    }

    @Test
    void theBuilderStartsFromTheDefaultsOrFromOptionsToChange() {
        assertEquals(AnalysisOptions.defaults(), AnalysisOptions.builder().build());
        AnalysisOptions perField = AnalysisOptions.defaults().withPerField(true);
        assertEquals(perField, perField.toBuilder().build());
        assertEquals(AnalysisOptions.DEFAULT_MAX_EDGE, perField.maxEdge());
        assertEquals(true, perField.toBuilder().maxEdge(512).build().perField());
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> AnalysisOptions.defaults().withFields(EnumSet.noneOf(AnalysisField.class)));
        assertThrows(IllegalArgumentException.class, () -> AnalysisOptions.defaults().withMaxEdge(-1));
        assertThrows(IllegalArgumentException.class, () -> AnalysisOptions.builder().jpegQuality(1.5f).build());
        assertThrows(IllegalArgumentException.class, () -> OutputLanguage.fromTag("fr"));
        assertEquals(OutputLanguage.ZH_CN, OutputLanguage.fromTag("zh-cn"));
    }
}
