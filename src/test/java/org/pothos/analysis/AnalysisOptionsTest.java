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
        AnalysisOptions same = AnalysisOptions.defaults()
                .withFields(EnumSet.of(AnalysisField.TITLE, AnalysisField.TAGS))
                .withLanguage(OutputLanguage.ZH_CN)
                .withCustomPrompt("Mention the weather.", CustomPromptMode.REPLACE)
                .withMaxEdge(0)
                .withOverwrite(true);
        assertEquals(options.key(), same.key());
        assertNotEquals(options.key(), same.withLanguage(OutputLanguage.EN).key());
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> AnalysisOptions.defaults().withFields(EnumSet.noneOf(AnalysisField.class)));
        assertThrows(IllegalArgumentException.class, () -> AnalysisOptions.defaults().withMaxEdge(-1));
        assertThrows(IllegalArgumentException.class, () -> OutputLanguage.fromTag("fr"));
        assertEquals(OutputLanguage.ZH_CN, OutputLanguage.fromTag("zh-cn"));
    }
}
